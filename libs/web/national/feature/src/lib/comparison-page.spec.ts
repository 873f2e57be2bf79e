import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ComparisonRound, ComparisonTrend, TableComparison } from '@kl/shared/contracts';
import { ComparisonPage } from './comparison-page';

const RENDER_TIMEOUT_MS = 20_000;
const text = (element: Element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const rounds: ComparisonRound[] = [
  { code: '2016', referenceDate: '2016-11-01', publishedAt: '2026-12-01T10:00:00.000Z', sequence: 1, policy: { version: '2026.1' }, included: true },
];
const areaRow = (g: string | null, s: string | null, suppressed: string[] = []) => ({
  area: 'SA',
  meanOfTopicShares: { G: g, F: '0.3', S: s },
  pooledShare: { G: g, F: '0.3', S: s },
  fte: { G: '3.0', F: '1.5', S: s === null ? null : '0.5' },
  n: 1,
  suppressed,
});
const published = (filters: object, row: object) => ({ round: '2016', table: 'areas', filters, policy: { version: '2026.1' }, rows: [row] });
const comparison = {
  round: '2016',
  frameworkId: 'f1',
  table: 'areas',
  publishedAt: '2026-12-01T10:00:00.000Z',
  policy: { version: '2026.1' },
  kommun: { code: '0182', name: 'Nacka' },
  county: { code: '01', name: 'Stockholms län' },
  group: { code: 'A2', name: 'Pendlingskommun nära storstad' },
  own: { round: '2016', table: 'areas', filters: {}, policy: null, rows: [areaRow('0.6', '0.1')] },
  national: published({}, areaRow('0.55', '0.15')),
  lan: published({ lan: '01' }, areaRow('0.5', null, ['fte.S', 'pooledShare.S', 'meanOfTopicShares.S'])),
  kommungrupp: published({ kommungrupp: 'A2' }, areaRow('0.52', '0.12')),
} as unknown as TableComparison;
const trend: ComparisonTrend = {
  round: '2016',
  frameworkId: 'f1',
  rounds: [{ code: '2016', referenceDate: '2016-11-01', publishedAt: '2026-12-01T10:00:00.000Z' }],
  areas: [{ area: 'SA', points: [{ round: '2016', own: { G: '0.6', F: '0.3', S: '0.1' }, national: { G: '0.55', F: '0.3', S: '0.15' } }] }],
  topics: [],
};

describe('ComparisonPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideNoopAnimations(), provideRouter([{ path: 'nationell-jamforelse', component: ComparisonPage }])],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it("shows the kommun's own column beside the published ones, with .. for a suppressed value, and the trend as a table", async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/nationell-jamforelse');
    const page = harness.routeNativeElement as HTMLElement;
    const render = async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      harness.detectChanges();
      await harness.fixture.whenStable();
    };
    http.expectOne('/api/national/own/comparisons').flush(rounds);
    await render();
    http.expectOne('/api/national/own/comparisons/2016/tables/areas').flush(comparison);
    http.expectOne('/api/national/own/comparisons/2016/trend').flush(trend);
    await render();
    http.expectOne('/api/frameworks/f1').flush({ id: 'f1', areas: [{ id: 'a', code: 'SA', name: 'Socialt arbete', position: 1, topics: [] }] });
    await render();

    const [table, trendTable] = Array.from(page.querySelectorAll('table'));
    expect(text(table.querySelector('caption') as Element)).toContain('Kompetensområden, andel Saknar tillräcklig (S), omgång 2016');
    expect(Array.from(table.querySelectorAll('thead th')).map(text)).toEqual([
      'Mått',
      'Egen kommun (Nacka)',
      'Riket',
      'Stockholms län',
      'Kommungrupp A2 Pendlingskommun nära storstad',
    ]);
    expect(Array.from(table.querySelectorAll('tbody tr')[0].children).map(text)).toEqual(['Socialt arbete', '10,0 %', '15,0 %', '..', '12,0 %']);
    expect(Array.from(trendTable.querySelectorAll('tbody td')).map(text)).toEqual(['10,0 %', '15,0 %']);
    expect(page.querySelector('[role="img"]')?.getAttribute('aria-label')).toBeTruthy();
    expect(Array.from(page.querySelectorAll('button')).map(text)).toContain('Ladda ned jämförelsen som Excel (XLSX)');

    // Another level re-reads the same answer.
    const level = page.querySelector('#comparison-level') as HTMLSelectElement;
    level.value = 'G';
    level.dispatchEvent(new Event('change'));
    await render();
    expect(Array.from(page.querySelectorAll('table')[0].querySelectorAll('tbody td')).map(text)).toEqual(['60,0 %', '55,0 %', '50,0 %', '52,0 %']);
  }, RENDER_TIMEOUT_MS);

  it('says so when no round is published', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/nationell-jamforelse');
    http.expectOne('/api/national/own/comparisons').flush([]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    harness.detectChanges();
    expect(text(harness.routeNativeElement as HTMLElement)).toContain('Ingen nationell omgång är publicerad ännu.');
  });
});
