import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CompetenceFrameworkSummary, OrgUnitTreeNode, TargetSet } from '@kl/shared/contracts';
import { TargetsPage } from './targets-page';

const framework = (
  id: string,
  version: number,
  status: 'published' | 'draft',
): CompetenceFrameworkSummary => ({
  id,
  code: 'BOU-2016',
  version,
  name: 'Barn och unga',
  serviceAreaCode: 'barn-och-unga',
  status,
  municipalityId: null,
  basedOnId: null,
  publishedAt: null,
  rowVersion: 1,
});

const unit = (id: string, name: string, children: OrgUnitTreeNode[] = []): OrgUnitTreeNode => ({
  id,
  parentId: null,
  kind: 'unit',
  name,
  serviceAreaCode: 'barn-och-unga',
  closedAt: null,
  activeStaffCount: 0,
  version: 1,
  children,
});

const kommunSet: TargetSet = {
  id: 'k1',
  unitId: null,
  unitName: null,
  frameworkId: 'f1',
  role: 'caseworker',
  version: 2,
  updatedAt: '2026-11-20T08:00:00Z',
  areas: [
    {
      code: 'SA',
      name: 'Socialt arbete',
      topics: [
        { code: 'SA01', name: 'Barn och ungas utveckling', own: 'basic', inherited: null },
        { code: 'SA07', name: 'Utredningsmetodik', own: 'advanced', inherited: null },
      ],
    },
    {
      code: 'JU',
      name: 'Juridik',
      topics: [{ code: 'JU02', name: 'Familjerätt', own: null, inherited: null }],
    },
  ],
};

const unitSet: TargetSet = {
  ...kommunSet,
  id: null,
  unitId: 'u2',
  unitName: 'Mottagning',
  version: 0,
  updatedAt: null,
  areas: [
    {
      code: 'SA',
      name: 'Socialt arbete',
      topics: [
        {
          code: 'SA01',
          name: 'Barn och ungas utveckling',
          own: null,
          inherited: { choice: 'basic', origin: { unitId: null, unitName: null } },
        },
        {
          code: 'SA07',
          name: 'Utredningsmetodik',
          own: null,
          inherited: {
            choice: 'advanced',
            origin: { unitId: 'u1', unitName: 'Socialförvaltningen' },
          },
        },
      ],
    },
    {
      code: 'JU',
      name: 'Juridik',
      topics: [{ code: 'JU02', name: 'Familjerätt', own: null, inherited: null }],
    },
  ],
};

/** An element's text as read, without the template's line breaks and indentation. */
const text = (element: Element) => element.textContent?.replace(/\s+/g, ' ').trim();

describe('TargetsPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'malnivaer', component: TargetsPage }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function open() {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/malnivaer');
    const page = harness.routeNativeElement as HTMLElement;
    const render = async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      harness.detectChanges();
      await harness.fixture.whenStable();
    };
    http
      .expectOne('/api/units?view=tree')
      .flush([unit('u1', 'Socialförvaltningen', [unit('u2', 'Mottagning')])]);
    http
      .expectOne('/api/frameworks')
      .flush([framework('f2', 2, 'draft'), framework('f1', 1, 'published')]);
    await render();
    http.expectOne('/api/targets?frameworkId=f1&role=caseworker').flush(kommunSet);
    await render();
    const select = (id: string) =>
      page.querySelector<HTMLSelectElement>(`#${id}`) as HTMLSelectElement;
    const choose = async (id: string, value: string) => {
      select(id).value = value;
      select(id).dispatchEvent(new Event('change'));
      await render();
    };
    const status = () => page.querySelector('p.status')?.textContent?.trim();
    const applies = () =>
      Array.from(page.querySelectorAll('table.targets tbody tr')).map((row) =>
        row.querySelectorAll('td')[1].textContent?.trim(),
      );
    return { page, render, select, choose, status, applies };
  }

  it('shows the kommun-wide set of the published framework, per area, with a select per topic', async () => {
    const { page, select, status, applies } = await open();
    expect(Array.from(select('targets-framework').options).map(text)).toEqual([
      'Barn och unga, version 1',
    ]);
    expect(Array.from(select('targets-unit').options).map(text)).toEqual([
      'Hela kommunen',
      'Socialförvaltningen',
      'Socialförvaltningen › Mottagning',
    ]);
    expect(page.querySelector('h2')?.textContent?.trim()).toBe(
      'Målnivåer för handläggare, hela kommunen',
    );
    expect(Array.from(page.querySelectorAll('table.targets caption')).map(text)).toEqual([
      'Socialt arbete',
      'Juridik',
    ]);
    expect(Array.from(select('target-SA01').options).map(text)).toEqual([
      'Ingen målnivå',
      'Grundläggande',
      'Fördjupad',
    ]);
    expect([
      select('target-SA01').value,
      select('target-SA07').value,
      select('target-JU02').value,
    ]).toEqual(['basic', 'advanced', '']);
    expect(page.querySelector('label[for=target-SA07]')?.textContent?.trim()).toBe(
      'SA07 Utredningsmetodik',
    );
    expect(applies()).toEqual(['Grundläggande, satt här', 'Fördjupad, satt här', 'Ingen målnivå']);
    expect(status()).toBe('Alla ändringar är sparade');
  });

  it('shows what a unit inherits and from where', async () => {
    const { choose, select, applies, status, render } = await open();
    await choose('targets-unit', 'u2');
    http.expectOne('/api/targets?frameworkId=f1&role=caseworker&unitId=u2').flush(unitSet);
    await render();
    expect(Array.from(select('target-SA07').options).map(text)).toEqual([
      'Ärv (Socialförvaltningen: Fördjupad)',
      'Ingen målnivå',
      'Grundläggande',
      'Fördjupad',
    ]);
    expect(applies()).toEqual([
      'Ärvs från hela kommunen: Grundläggande',
      'Ärvs från Socialförvaltningen: Fördjupad',
      'Ingen målnivå',
    ]);
    expect(status()).toBe('Inga egna målnivåer är sparade för valet ännu.');
  });

  it('saves the whole set with the version it read, and says so', async () => {
    const { choose, status, applies, page, render } = await open();
    await choose('target-JU02', 'basic');
    await choose('target-SA01', '');
    expect(status()).toBe('2 inriktningar har osparade ändringar');
    expect(applies()[2]).toBe('Grundläggande, satt här Ändrad');
    page.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await render();
    const put = http.expectOne({ method: 'PUT', url: '/api/targets' });
    expect(put.request.body).toEqual({
      unitId: null,
      frameworkId: 'f1',
      role: 'caseworker',
      version: 2,
      targets: [
        { topicCode: 'SA07', choice: 'advanced' },
        { topicCode: 'JU02', choice: 'basic' },
      ],
    });
    const saved: TargetSet = {
      ...kommunSet,
      version: 3,
      areas: [
        {
          ...kommunSet.areas[0],
          topics: [{ ...kommunSet.areas[0].topics[0], own: null }, kommunSet.areas[0].topics[1]],
        },
        { ...kommunSet.areas[1], topics: [{ ...kommunSet.areas[1].topics[0], own: 'basic' }] },
      ],
    };
    put.flush(saved);
    await render();
    expect(status()).toMatch(/^Alla ändringar är sparade \(\d\d:\d\d\)$/);
  });

  it('on 409 shows their settings beside mine, and overwrites onto the new version when asked', async () => {
    const { choose, page, render } = await open();
    await choose('target-SA01', 'advanced');
    page.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await render();
    const theirs: TargetSet = {
      ...kommunSet,
      version: 5,
      areas: [
        {
          ...kommunSet.areas[0],
          topics: [{ ...kommunSet.areas[0].topics[0], own: null }, kommunSet.areas[0].topics[1]],
        },
        kommunSet.areas[1],
      ],
    };
    http
      .expectOne({ method: 'PUT', url: '/api/targets' })
      .flush(
        { statusCode: 409, code: 'STALE_VERSION', message: 'x', current: theirs },
        { status: 409, statusText: 'Conflict' },
      );
    await render();
    const panel = page.querySelector('kl-conflict-panel') as HTMLElement;
    expect(
      Array.from(panel.querySelectorAll('tbody tr')).map((row) =>
        Array.from(row.children).map(text),
      ),
    ).toEqual([['SA01 Barn och ungas utveckling', 'Ingen målnivå', 'Fördjupad']]);
    expect(document.activeElement?.id).toBe('target-conflict-heading');
    Array.from(panel.querySelectorAll('button'))
      .find((button) => text(button) === 'Skriv över med mina ändringar')
      ?.click();
    await render();
    const again = http.expectOne({ method: 'PUT', url: '/api/targets' });
    expect(again.request.body).toMatchObject({
      version: 5,
      targets: [
        { topicCode: 'SA01', choice: 'advanced' },
        { topicCode: 'SA07', choice: 'advanced' },
      ],
    });
    again.flush({ ...theirs, version: 6 });
    await render();
    expect(page.querySelector('kl-conflict-panel')).toBeNull();
  });
});
