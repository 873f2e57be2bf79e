import { type HttpRequest, provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
  type TestRequest,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { InventoryRound, RoundDashboard } from '@kl/shared/contracts';
import { AuthStore } from '@kl/web/auth/data-access';
import { inventoryRoutes } from './inventory.routes';

const wait = () => new Promise((resolve) => setTimeout(resolve, 0));

const round = (id: string, name: string, status: InventoryRound['status']): InventoryRound => ({
  id,
  name,
  nationalRoundId: null,
  frameworkId: 'f',
  frameworkCode: 'BOU-2016',
  frameworkVersion: 1,
  referenceDate: '2026-10-31',
  opensOn: '2026-10-01',
  closesOn: '2026-12-15',
  unitIds: [],
  status,
  version: 1,
  createdAt: '2026-09-01T00:00:00Z',
  updatedAt: '2026-09-01T00:00:00Z',
});

const distribution = {
  fte: { insufficient: '0.75', basic: '1.00', advanced: '0.50' },
  assessedFte: '2.25',
  notApplicableFte: '0.00',
  shares: { insufficient: '33.3', basic: '44.4', advanced: '22.2' },
  assessedStaff: 3,
  notAssessedStaff: 1,
};

const dashboard: RoundDashboard = {
  round: { id: 'r2', name: 'Höst 2026', status: 'open', referenceDate: '2026-10-31' },
  areas: [
    {
      code: 'JU',
      name: 'Juridik',
      ...distribution,
      topics: [{ code: 'JU01', name: 'Förvaltningsrätt', ...distribution }],
    },
  ],
  coverage: { staff: 4, assessedStaff: 3, share: '75.0' },
  staleness: {
    notAssessed: [
      {
        staffMemberId: 's4',
        firstName: 'Dan',
        lastName: 'Ek',
        unitId: 'u1',
        employmentStart: '2020-01-01',
      },
    ],
    newStaff: [
      {
        staffMemberId: 's5',
        firstName: 'Eva',
        lastName: 'Al',
        unitId: 'u1',
        employmentStart: '2026-09-01',
      },
    ],
  },
  heatmap: [
    {
      unitId: 'u1',
      unitName: 'Barn och unga',
      topics: [{ code: 'JU01', assessedFte: '2.25', insufficientShare: '33.3' }],
    },
  ],
};

describe('DashboardPage', () => {
  let http: HttpTestingController;

  // The lazy page brings the charts library: load it once before the timed tests.
  beforeAll(() => import('./dashboard-page'), 30_000);

  // The real routes: the dashboard route itself provides what the charts need.
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter(inventoryRoutes)],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  /** The request matching, once the page has sent it (the page awaits earlier answers first). */
  async function next(match: (request: HttpRequest<unknown>) => boolean): Promise<TestRequest> {
    for (let attempt = 0; attempt < 50; attempt++) {
      const [found] = http.match(match);
      if (found) return found;
      await wait();
    }
    throw new Error('The request was never sent');
  }

  async function open(role: 'team_leader' | 'municipality_admin') {
    const auth = TestBed.inject(AuthStore);
    const load = auth.load();
    http
      .expectOne('/api/auth/session')
      .flush({
        userId: 'me',
        displayName: 'Lena',
        email: 'l@k.se',
        role,
        unitIds: ['u1'],
        staffMemberId: null,
      });
    await load;
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/oversikt');
    const root = harness.routeNativeElement as HTMLElement;
    const render = async () => {
      await wait();
      harness.detectChanges();
      await harness.fixture.whenStable();
    };
    http
      .expectOne('/api/rounds')
      .flush([round('r1', 'Vår 2026', 'closed'), round('r2', 'Höst 2026', 'open')]);
    if (role === 'municipality_admin') {
      http
        .expectOne('/api/units?view=tree')
        .flush([{ id: 'u1', name: 'Barn och unga', closedAt: null, children: [] }]);
    }
    (await next((request) => request.url === '/api/rounds/r2/dashboard')).flush(dashboard);
    await render();
    return { root, render };
  }

  it('opens on the open round with coverage and the lists of people to assess', async () => {
    const { root } = await open('team_leader');
    expect(root.querySelector<HTMLSelectElement>('#round')?.value).toBe('r2');
    expect(root.querySelector('#unit')).toBeNull();
    expect(root.querySelector('.coverage')?.textContent).toBe(
      '3 av 4 medarbetare bedömda (75,0 %) i Höst 2026.',
    );
    const people = Array.from(root.querySelectorAll('table.people tbody tr')).map((row) =>
      Array.from(row.children).map((cell) => cell.textContent?.trim()),
    );
    expect(people).toEqual([
      ['Ek, Dan', 'Barn och unga'],
      ['Al, Eva', 'Barn och unga', '2026-09-01'],
    ]);
  });

  it('shows the FTE-weighted distribution as a table with decimal commas', async () => {
    const { root } = await open('team_leader');
    const rows = Array.from(root.querySelectorAll('table.distribution tbody tr'));
    expect(rows).toHaveLength(2);
    const cells = Array.from(rows[1].querySelectorAll('td')).map((cell) =>
      cell.textContent?.trim(),
    );
    expect(cells).toEqual([
      '0,8',
      '1,0',
      '0,5',
      '2,3',
      '33,3 %',
      '44,4 %',
      '22,2 %',
      '0,0',
      '3',
      '1',
    ]);
    expect(rows[0].classList).toContain('area');
  });

  it('shows the heatmap as a table with the value in every cell', async () => {
    const { root } = await open('team_leader');
    const cell = root.querySelector('table.heatmap tbody td') as HTMLElement;
    expect(cell.textContent?.trim()).toBe('33,3 %');
    expect(cell.classList).toContain('band-2');
    expect(root.querySelector('table.heatmap tbody th')?.textContent).toBe('Barn och unga');
  });

  it('lets an administrator narrow to a unit', async () => {
    const { root, render } = await open('municipality_admin');
    const unit = root.querySelector<HTMLSelectElement>('#unit') as HTMLSelectElement;
    unit.value = 'u1';
    unit.dispatchEvent(new Event('change'));
    await render();
    const request = await next((r) => r.url === '/api/rounds/r2/dashboard');
    expect(request.request.params.get('unitId')).toBe('u1');
    request.flush(dashboard);
  });

  it('switches the distribution between table and chart with pressed buttons', async () => {
    const { root, render } = await open('team_leader');
    const chartButton = Array.from(
      root.querySelectorAll<HTMLButtonElement>('.view-toggle button'),
    ).find((b) => b.textContent === 'Diagram') as HTMLButtonElement;
    expect(chartButton.getAttribute('aria-pressed')).toBe('false');
    chartButton.click();
    await render();
    expect(chartButton.getAttribute('aria-pressed')).toBe('true');
    expect(root.querySelector('table.distribution')).toBeNull();
    expect(root.querySelectorAll('kl-stacked-bar-chart')).toHaveLength(2);
  });
});
