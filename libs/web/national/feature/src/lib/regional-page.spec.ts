import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { RegionalOverview, RegionalTable } from '@kl/shared/contracts';
import { RegionalPage } from './regional-page';

const text = (element: Element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const overview: RegionalOverview = {
  county: { code: '01', name: 'Stockholms län' },
  rounds: [
    {
      code: '2017',
      referenceDate: '2017-11-01',
      status: 'open',
      publishedAt: null,
      rate: { code: '01', name: 'Stockholms län', submitted: 1, kommuner: 2, rate: '0.5' },
      kommuner: [
        { kommunkod: '0114', name: 'Upplands Väsby', submitted: true },
        { kommunkod: '0115', name: 'Vallentuna', submitted: false },
      ],
    },
    {
      code: '2016',
      referenceDate: '2016-11-01',
      status: 'closed',
      publishedAt: '2026-12-01T10:00:00.000Z',
      rate: { code: '01', name: 'Stockholms län', submitted: 2, kommuner: 2, rate: '1' },
      kommuner: [
        { kommunkod: '0114', name: 'Upplands Väsby', submitted: true },
        { kommunkod: '0115', name: 'Vallentuna', submitted: true },
      ],
    },
  ],
};
const caseworkers = (k: string | null, suppressed: string[]) => ({
  round: '2016',
  table: 'caseworkers',
  filters: {},
  policy: { version: '2026.1' },
  fte: { K: k, M: '10.0', A: '0.0', total: k === null ? null : '30.0' },
  socionomUnder1YearFte: '2.0',
  withoutSocionomFte: { K: '1.0', M: '0.0', A: '0.0', total: '1.0' },
  fortbildning: 7,
  vidareutbildning: 5,
  magister: null,
  n: 2,
  nEducation: 2,
  suppressed,
});

describe('RegionalPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'regionalt', component: RegionalPage }])],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it("shows the län's response rates and its published tables beside the nation's", async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/regionalt');
    const page = harness.routeNativeElement as HTMLElement;
    const render = async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      harness.detectChanges();
      await harness.fixture.whenStable();
    };
    http.expectOne('/api/regional/rounds').flush(overview);
    await render();
    http.expectOne('/api/regional/rounds/2016/tables/areas').flush({
      round: '2016',
      frameworkId: 'f1',
      table: 'areas',
      publishedAt: '2026-12-01T10:00:00.000Z',
      policy: { version: '2026.1' },
      county: { code: '01', name: 'Stockholms län' },
      lan: { round: '2016', table: 'areas', filters: { lan: '01' }, policy: { version: '2026.1' }, rows: [] },
      national: { round: '2016', table: 'areas', filters: {}, policy: { version: '2026.1' }, rows: [] },
    } satisfies RegionalTable);
    await render();
    http.expectOne('/api/frameworks/f1').flush({ id: 'f1', areas: [] });
    await render();

    expect(text(page.querySelector('h1') as Element)).toBe('Stockholms län');
    const [rates] = Array.from(page.querySelectorAll('table'));
    expect(Array.from(rates.querySelectorAll('tbody tr')).map((r) => Array.from(r.children).map(text))).toEqual([
      ['2017', 'Öppen för inlämning', '1 av 2 (50,0 %)', 'Nej'],
      ['2016', 'Stängd', '2 av 2 (100,0 %)', '2026-12-01'],
    ]);
    expect(text(page.querySelector('details') as Element)).toContain('0115 Vallentuna: inte inlämnad');
    expect(page.querySelector('a[href="/utbildningar"]')).not.toBeNull();

    const choice = page.querySelector('#regional-table') as HTMLSelectElement;
    choice.value = 'caseworkers';
    choice.dispatchEvent(new Event('change'));
    await render();
    http.expectOne('/api/regional/rounds/2016/tables/caseworkers').flush({
      round: '2016',
      frameworkId: 'f1',
      table: 'caseworkers',
      publishedAt: '2026-12-01T10:00:00.000Z',
      policy: { version: '2026.1' },
      county: { code: '01', name: 'Stockholms län' },
      lan: caseworkers(null, ['fte.K', 'fte.total', 'magister']),
      national: caseworkers('20.0', ['magister']),
    });
    await render();
    http.expectOne('/api/frameworks/f1').flush({ id: 'f1', areas: [] });
    await render();
    const table = page.querySelectorAll('table')[1];
    expect(Array.from(table.querySelectorAll('thead th')).map(text)).toEqual(['Mått', 'Stockholms län', 'Riket']);
    const rows = Array.from(table.querySelectorAll('tbody tr')).map((r) => Array.from(r.children).map(text));
    expect(rows[0]).toEqual(['Handläggare, kvinnor (årsarbetare)', '..', '20,0']);
    expect(rows[8]).toEqual(['Varav magisterutbildning (antal)', '..', '..']);
  });
});
