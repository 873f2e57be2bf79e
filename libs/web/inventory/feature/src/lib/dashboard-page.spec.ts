import { type HttpRequest, provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
  type TestRequest,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type {
  InventoryRound,
  RoundDashboard,
  RoundGaps,
  RoundTrend,
  ServiceAreaHeadline,
  UnitGaps,
} from '@kl/shared/contracts';
import { AuthStore } from '@kl/web/auth/data-access';
import { strFromU8, unzipSync } from 'fflate';
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
  serviceAreaCode: 'barn-och-unga', population: { caseworkers: 0, teamLeaders: 0, inReach: 0, frozenAt: null }, acceptsAssessments: true,
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
  round: { id: 'r2', name: 'Höst 2026', status: 'open', referenceDate: '2026-10-31', acceptsAssessments: true },
  staffRole: 'caseworker',
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

const trend: RoundTrend = {
  staffRole: 'caseworker',
  notes: [],
  rounds: [
    {
      round: { id: 'r1', name: 'Vår 2026', status: 'closed', referenceDate: '2026-04-30' },
      frameworkVersion: 1,
      unmeasuredTopicCodes: [],
      areas: [
        {
          ...dashboard.areas[0],
          fte: { insufficient: '1.50', basic: '0.75', advanced: '0' },
          assessedFte: '2.25',
          shares: { insufficient: '66.7', basic: '33.3', advanced: '0.0' },
        },
      ],
    },
    { round: dashboard.round, frameworkVersion: 1, unmeasuredTopicCodes: [], areas: dashboard.areas },
  ],
};

const roundRef = dashboard.round;
const gapTopic = (code: string, name: string, rank: number, figures: object) => ({
  topicCode: code,
  topicName: name,
  areaCode: 'JU',
  areaName: 'Juridik',
  rank,
  targetLevels: ['basic'],
  requiredShare: '100.0',
  assessedFte: '2.25',
  belowFte: '0.00',
  belowShare: '0.0',
  gapFte: '0.00',
  notAssessedStaff: 0,
  belowStaff: 0,
  people: [],
  ...figures,
});
const gaps: RoundGaps = {
  round: roundRef,
  staffRole: 'caseworker',
  unitId: null,
  staffWithTargets: 3,
  topics: [
    gapTopic('JU01', 'Socialrätt', 1, {
      requiredShare: '80.0',
      belowFte: '1.50',
      belowShare: '66.7',
      gapFte: '1.05',
      belowStaff: 2,
    }),
    gapTopic('JU02', 'Förvaltningsrätt', 2, {}),
  ],
} as RoundGaps;
const unitGaps: UnitGaps = {
  round: roundRef,
  staffRole: 'caseworker',
  unitId: null,
  units: [
    {
      unitId: 'u1',
      unitName: 'Barn och unga',
      topics: [
        {
          topicCode: 'JU01',
          requiredShare: '80.0',
          assessedFte: '2.25',
          belowFte: '1.50',
          belowShare: '66.7',
          gapFte: '1.05',
        },
      ],
    },
  ],
};

/** A Blob's bytes, through FileReader as jsdom offers it. */
function bytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

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
  afterEach(() => {
    // The service areas' headlines load beside everything else, again on every change of group or unit.
    for (const request of http.match((r) => r.url === '/api/overview/service-areas')) request.flush({ staffRole: 'caseworker', serviceAreas: [] });
    http.verify();
  });

  /** The request matching, once the page has sent it (the page awaits earlier answers first). */
  async function next(match: (request: HttpRequest<unknown>) => boolean): Promise<TestRequest> {
    for (let attempt = 0; attempt < 50; attempt++) {
      const [found] = http.match(match);
      if (found) return found;
      await wait();
    }
    throw new Error('The request was never sent');
  }

  /** The API's gap list and gaps per unit, which the overview loads beside the dashboard. */
  async function flushGaps(answer: { gaps: RoundGaps; unitGaps: UnitGaps } = { gaps, unitGaps }) {
    const list = await next((request) => request.url === '/api/rounds/r2/gaps');
    const units = await next((request) => request.url === '/api/rounds/r2/gaps/units');
    list.flush({ ...answer.gaps, staffRole: list.request.params.get('staffRole') ?? 'caseworker' });
    units.flush(answer.unitGaps);
    return { list, units };
  }

  async function open(
    role: 'team_leader' | 'municipality_admin',
    answer: { trend: RoundTrend; serviceAreas?: ServiceAreaHeadline[] } = { trend },
  ) {
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
    // The introductions in reach say which new staff lack a programme or a mentor (none here: Al lacks both).
    http.expectOne('/api/introductions').flush([]);
    http
      .expectOne('/api/rounds')
      .flush([round('r1', 'Vår 2026', 'closed'), round('r2', 'Höst 2026', 'open')]);
    if (role === 'municipality_admin') {
      http
        .expectOne('/api/units?view=tree')
        .flush([{ id: 'u1', name: 'Barn och unga', closedAt: null, children: [] }]);
    }
    (await next((request) => request.url === '/api/rounds/r2/trend')).flush(answer.trend);
    (await next((request) => request.url === '/api/rounds/r2/dashboard')).flush(dashboard);
    await flushGaps();
    (await next((request) => request.url === '/api/overview/service-areas')).flush({
      staffRole: 'caseworker',
      serviceAreas: answer.serviceAreas ?? [],
    });
    await render();
    /** A button by its accessible name: the aria-label where it has one, else its text. */
    const button = (name: RegExp) =>
      Array.from(root.querySelectorAll<HTMLButtonElement>('button')).find((b) =>
        name.test(b.getAttribute('aria-label') ?? b.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
      ) as HTMLButtonElement;
    return { root, render, button };
  }

  it('shows caseworkers first and team leaders as a group of their own', async () => {
    const { root, render } = await open('team_leader');
    const radio = (label: string) =>
      Array.from(root.querySelectorAll<HTMLLabelElement>('fieldset.group-switch label'))
        .find((l) => l.textContent?.trim() === label)
        ?.querySelector('input') as HTMLInputElement;
    expect(radio('Handläggare').checked).toBe(true);
    radio('Arbetsledare').click();
    const trendRequest = await next((request) => request.url === '/api/rounds/r2/trend');
    const dashboardRequest = await next((request) => request.url === '/api/rounds/r2/dashboard');
    expect(trendRequest.request.params.get('staffRole')).toBe('team_leader');
    expect(dashboardRequest.request.params.get('staffRole')).toBe('team_leader');
    trendRequest.flush({ ...trend, staffRole: 'team_leader' });
    dashboardRequest.flush({ ...dashboard, staffRole: 'team_leader' });
    await flushGaps();
    await render();
    expect(root.querySelector('.coverage + .hint')?.textContent).toContain('arbetsledarna');
  });

  it('shows each service area’s headline side by side, and opens another area’s round from it', async () => {
    const headline = (roundId: string, name: string, serviceAreaCode: ServiceAreaHeadline['serviceAreaCode']): ServiceAreaHeadline => ({
      serviceAreaCode,
      round: { id: roundId, name, status: 'open', referenceDate: '2026-10-31', acceptsAssessments: true },
      frameworkCode: serviceAreaCode === 'barn-och-unga' ? 'BOU-2016' : 'EB-OREBRO',
      frameworkVersion: 1,
      topicCount: 16,
      coverage: { staff: 7, assessedStaff: 6, share: '85.7' },
      overall: { ...dashboard.areas[0], shares: { insufficient: '12.5', basic: '62.5', advanced: '25.0' } },
      weakestTopic: { code: 'HA02', name: 'Löpande försörjningsstöd', insufficientShare: '40.0' },
    });
    const { root, button } = await open('municipality_admin', {
      trend,
      serviceAreas: [headline('r2', 'Höst 2026', 'barn-och-unga'), headline('r1', 'Ekonomiskt bistånd 2026', 'ekonomiskt-bistand')],
    });
    const table = root.querySelector('[aria-labelledby="service-areas-heading"] table') as HTMLTableElement;
    const rows = Array.from(table.querySelectorAll('tbody tr')).map((row) =>
      Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
    );
    expect(rows[0][0]).toBe('Barn och unga');
    expect(rows[0].at(-1)).toBe('Visas nedan');
    expect(rows[1]).toEqual([
      'Ekonomiskt bistånd',
      'Ekonomiskt bistånd 2026 EB-OREBRO, version 1 (16 inriktningar)',
      '6 av 7 medarbetare bedömda (85,7 %)',
      '12,5 %',
      '62,5 %',
      '25,0 %',
      'Löpande försörjningsstöd (40,0 % saknar tillräcklig)',
      'Visa',
    ]);
    button(/^Visa översikten för Ekonomiskt bistånd$/).click();
    (await next((request) => request.url === '/api/rounds/r1/trend')).flush(trend);
    (await next((request) => request.url === '/api/rounds/r1/dashboard')).flush(dashboard);
    (await next((request) => request.url === '/api/rounds/r1/gaps')).flush(gaps);
    (await next((request) => request.url === '/api/rounds/r1/gaps/units')).flush(unitGaps);
  });

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
      ['Al, Eva', 'Barn och unga', '2026-09-01', 'Saknar program och mentor'],
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
      '0,75',
      '1,00',
      '0,50',
      '2,25',
      '33,3 %',
      '44,4 %',
      '22,2 %',
      '0,00',
      '3',
      '1',
    ]);
    expect(rows[0].classList).toContain('area');
  });

  it('shows the heatmap as a table with the value in every cell', async () => {
    const { root } = await open('team_leader');
    const cell = root.querySelector('table.heatmap tbody td') as HTMLElement;
    expect(cell.textContent?.replace(/\s+/g, ' ').trim()).toBe('▼ 33,3 % , under målnivå');
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
    const trendRequest = await next((r) => r.url === '/api/rounds/r2/trend');
    expect(trendRequest.request.params.get('unitId')).toBe('u1');
    request.flush(dashboard);
    trendRequest.flush(trend);
    const { list, units } = await flushGaps({ gaps: { ...gaps, unitId: 'u1' }, unitGaps });
    expect(list.request.params.get('unitId')).toBe('u1');
    expect(units.request.params.get('unitId')).toBe('u1');
    await render();
    const xlsx = Array.from(root.querySelectorAll<HTMLAnchorElement>('a[download]')).find((a) =>
      a.textContent?.includes('Excel'),
    );
    expect(xlsx?.getAttribute('href')).toBe(
      '/api/rounds/r2/gaps/export?format=xlsx&unitId=u1&staffRole=caseworker',
    );
  });

  it('shows the API’s gaps against the målnivåer, largest first, with a link to Kompetensglapp', async () => {
    const { root } = await open('team_leader');
    const section = root.querySelector('section[aria-labelledby="gaps-heading"]') as HTMLElement;
    const rows = Array.from(section.querySelectorAll('table.gaps tbody tr')).map((row) =>
      Array.from(row.querySelectorAll('td, th')).map((cell) => cell.textContent?.trim()),
    );
    // Only topics with a gap: JU02 has none.
    expect(rows).toEqual([
      ['1', 'JU01 Socialrätt', 'grundläggande, minst 80,0 %', '1,50', '66,7 %', '1,05'],
    ]);
    expect(section.querySelector('a[href="/kompetensglapp"]')?.textContent).toBe('Kompetensglapp');
    const csv = Array.from(section.querySelectorAll<HTMLAnchorElement>('a[download]')).find((a) =>
      a.textContent?.includes('CSV'),
    );
    expect(csv?.getAttribute('href')).toBe('/api/rounds/r2/gaps/export?format=csv&staffRole=caseworker');
  });

  it('marks the heatmap’s cells below target with a shape and words, and explains the mark', async () => {
    const { root } = await open('team_leader');
    const cell = root.querySelector('table.heatmap tbody td') as HTMLElement;
    expect(cell.classList).toContain('below-target');
    expect(cell.querySelector('.gap-mark')?.textContent).toBe('▼');
    expect(cell.querySelector('.visually-hidden')?.textContent).toBe(', under målnivå');
    expect(root.querySelector('.legend')?.textContent).toContain('under sin målnivå');
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
    const distribution = root.querySelector('section[aria-labelledby="distribution-heading"]');
    expect(distribution?.querySelectorAll('kl-stacked-bar-chart')).toHaveLength(2);
  });

  it('shows the trend per area across rounds as charts, and as a table with the shares', async () => {
    const { root, render } = await open('team_leader');
    const section = root.querySelector('section[aria-labelledby="trend-heading"]') as HTMLElement;
    expect(section.querySelectorAll('kl-stacked-bar-chart')).toHaveLength(1);
    expect(section.querySelector('h3')?.textContent).toBe('Juridik');
    expect(section.querySelector('[role=img]')?.getAttribute('aria-label')).toBe(
      'Staplat stapeldiagram med 2 staplar: Vår 2026, Höst 2026.',
    );
    const toggle = section.querySelector('[role=group][aria-label="Visa trenden som"]') as HTMLElement;
    const tableButton = Array.from(toggle.querySelectorAll('button')).find((b) => b.textContent === 'Tabell');
    tableButton?.click();
    await render();
    expect(tableButton?.getAttribute('aria-pressed')).toBe('true');
    expect(section.querySelector('kl-stacked-bar-chart')).toBeNull();
    const rows = Array.from(section.querySelectorAll('table.trend tbody tr')).map((row) =>
      Array.from(row.children).map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
    );
    expect(rows).toEqual([
      ['Juridik'],
      ['Juridik, Vår 2026', '2026-04-30', '66,7 %', '33,3 %', '0,0 %', '2,25'],
      ['Juridik, Höst 2026', '2026-10-31', '33,3 %', '44,4 %', '22,2 %', '2,25'],
    ]);
  });

  it('says that a trend needs two rounds when there is only one, and still shows its table', async () => {
    const { root } = await open('team_leader', { trend: { staffRole: 'caseworker', rounds: trend.rounds.slice(1), notes: [] } });
    const section = root.querySelector('section[aria-labelledby="trend-heading"]') as HTMLElement;
    expect(section.textContent).toContain('En trend kräver minst två inventeringsomgångar.');
    expect(section.querySelector('kl-stacked-bar-chart')).toBeNull();
    expect(section.querySelectorAll('table.trend tbody tr')).toHaveLength(2);
  });

  describe('downloads', () => {
    let files: { name: string; blob: Blob }[];
    let objectUrls: Map<string, Blob>;

    beforeEach(() => {
      files = [];
      objectUrls = new Map();
      // jsdom has neither object URLs nor downloads: keep the blob and the name the link offered.
      URL.createObjectURL = (blob: Blob) => {
        const url = `blob:test/${objectUrls.size}`;
        objectUrls.set(url, blob);
        return url;
      };
      URL.revokeObjectURL = () => undefined;
      jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
        files.push({ name: this.download, blob: objectUrls.get(this.href) as Blob });
      });
    });
    afterEach(() => jest.restoreAllMocks());

    async function downloaded(): Promise<{ name: string; blob: Blob }> {
      for (let attempt = 0; attempt < 100 && files.length === 0; attempt++) await wait();
      expect(files).toHaveLength(1);
      return files[0];
    }

    it('downloads the distribution as XLSX with numbers kept as numbers', async () => {
      const { button } = await open('team_leader');
      button(/^Ladda ned som Excel \(XLSX\): nivåfördelningen$/).click();
      const file = await downloaded();
      expect(file.name).toBe('nivafordelning-höst-2026.xlsx');
      const zip = unzipSync(await bytes(file.blob));
      const sheet = strFromU8(zip['xl/worksheets/sheet1.xml']);
      expect(strFromU8(zip['xl/workbook.xml'])).toContain('name="Nivåfördelning"');
      // Row 3 is the topic JU01: FTE 0.75 at S in D3 and the share 0.75 ÷ 2.25 = 1/3 in H3.
      expect(sheet).toMatch(/<c r="D3"[^>]*><v>0\.75<\/v>/);
      expect(sheet).toMatch(/<c r="H3"[^>]*><v>0\.3333333333333333<\/v>/);
      expect(sheet.match(/<row /g)).toHaveLength(3);
    });

    it('downloads the trend as CSV in the Swedish form', async () => {
      const { button } = await open('team_leader');
      button(/^Ladda ned som CSV: trenden per område$/).click();
      const file = await downloaded();
      expect(file.name).toBe('trend-per-omrade-höst-2026.csv');
      // ignoreBOM keeps the byte order mark in the text, so that the test sees it.
      const lines = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await bytes(file.blob)).split('\r\n');
      expect(lines).toHaveLength(4);
      expect(lines[0]).toMatch(/^\uFEFFOmrådeskod;Område;Omgång;Referensdatum;/);
      expect(lines[1]).toBe('JU;Juridik;Vår 2026;2026-04-30;1,50;0,75;0,00;2,25;66,7 %;33,3 %;0,0 %;3;');
    });
  });
});
