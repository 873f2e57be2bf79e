import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type {
  Role,
  TrainingDeliveryReport,
  TrainingEffectReport,
  TrainingReachReport,
} from '@kl/shared/contracts';
import { AuthStore } from '@kl/web/auth/data-access';
import { TrainingReportsPage } from './training-reports-page';

const effect: TrainingEffectReport = {
  year: null,
  minPeople: 5,
  effects: [
    {
      courseId: 'c1',
      courseTitle: 'Evidensbaserad praktik',
      topicCode: 'EP01',
      topicName: 'Evidensbaserad praktik',
      participants: { people: 7, meanChange: '0.86', raisedShare: '85.7' },
      comparison: { people: 6, meanChange: '0.33', raisedShare: '33.3' },
      unmatched: 0,
      difference: '0.52',
      suppressed: [],
    },
    {
      courseId: 'c2',
      courseTitle: 'Samtal',
      topicCode: 'SA11',
      topicName: 'Samtal med barn och unga',
      participants: { people: 3, meanChange: null, raisedShare: null },
      comparison: { people: 6, meanChange: '0.17', raisedShare: '16.7' },
      unmatched: 1,
      difference: null,
      suppressed: ['participants'],
    },
  ],
};
const counts = { participations: 4, open: 1, completed: 2, cancelled: 1, noShow: 0 };
const delivery: TrainingDeliveryReport = {
  year: 2025,
  total: counts,
  byUnit: [{ unitId: 'u1', unitName: 'Mottagning', ...counts }],
  byCourseType: [{ courseType: 'two_day_course', ...counts }],
  byReason: [
    { reason: 'workload', cancelled: 1 },
    { reason: 'no_substitute', cancelled: 0 },
    { reason: 'illness', cancelled: 0 },
    { reason: 'course_cancelled', cancelled: 0 },
    { reason: 'other', cancelled: 0 },
  ],
};
const reach: TrainingReachReport = {
  year: 2025,
  bandDate: '2025-12-31',
  staffRole: 'caseworker',
  rows: [{ experienceBand: '>4', socionomexamen: true, staff: 4, trainedStaff: 1, completed: 2 }],
};

const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();
const cells = (row: Element) => Array.from(row.querySelectorAll('th, td')).map(text).join(' | ');
const wait = () => new Promise((resolve) => setTimeout(resolve, 0));
const LAST_YEAR = new Date().getFullYear() - 1;

describe('TrainingReportsPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNoopAnimations(),
        provideRouter([{ path: 'utbildningsuppfoljning', component: TrainingReportsPage }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function open(role: Role) {
    const load = TestBed.inject(AuthStore).load();
    http.expectOne('/api/auth/session').flush({
      userId: 'me',
      displayName: 'Arvid',
      email: 'a@k.se',
      role,
      unitIds: [],
      staffMemberId: null,
    });
    await load;
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/utbildningsuppfoljning');
    const page = harness.routeNativeElement as HTMLElement;
    const render = async () => {
      await wait();
      harness.detectChanges();
      await harness.fixture.whenStable();
      await wait();
      harness.detectChanges();
    };
    return { page, render };
  }

  const answer = (year: number, effectQuery = '', staffRole = 'caseworker') => {
    http.expectOne(`/api/training/reports/effect${effectQuery}`).flush(effect);
    http.expectOne(`/api/training/reports/delivery?year=${year}`).flush({ ...delivery, year });
    http.expectOne(`/api/training/reports/reach?year=${year}&staffRole=${staffRole}`).flush({ ...reach, year, staffRole });
  };
  const table = (page: HTMLElement, caption: string) =>
    Array.from(page.querySelectorAll('table')).find((t) => text(t.querySelector('caption')) === caption) as HTMLTableElement;

  it('shows HR the effect beside the comparison, suppressed figures as .., with downloads and links', async () => {
    const { page, render } = await open('municipality_admin');
    answer(LAST_YEAR);
    await render();
    const rows = Array.from(table(page, 'Effekt av utbildning per kurs och inriktning').querySelectorAll('tbody tr')).map(cells);
    expect(rows).toEqual([
      'Evidensbaserad praktik | EP01 Evidensbaserad praktik | 7 | 0,86 | 85,7 % | 6 | 0,33 | 33,3 % | 0,52 | 0',
      'Samtal | SA11 Samtal med barn och unga | 3 | .. | .. | 6 | 0,17 | 16,7 % | .. | 1',
    ]);
    expect(text(page)).toContain('1 rader har siffror som bygger på färre än 5 personer');
    // The chart shows only the course with both sides shown; its legend names the bars in order.
    expect(Array.from(page.querySelectorAll('.legend li')).map(text)).toEqual([
      '1. Deltagare som höjt sin nivå',
      '2. Jämförbara som höjt sin nivå',
    ]);
    expect(page.querySelector('[role="img"]')?.getAttribute('aria-label')).toContain('Evidensbaserad praktik, EP01');
    expect(Array.from(table(page, 'Per enhet').querySelectorAll('tbody tr')).map(cells)).toEqual([
      'Mottagning | 4 | 2 | 1 | 0 | 1',
      'Totalt | 4 | 2 | 1 | 0 | 1',
    ]);
    expect(cells(table(page, 'Avbokningar per orsak').querySelector('tbody tr') as Element)).toBe('Arbetsbelastning | 1');
    expect(Array.from(table(page, 'Medarbetare och genomförda kurser per yrkeserfarenhet och examen').querySelectorAll('tbody tr')).map(cells)).toEqual([
      'Mer än 4 år | Socionomexamen | 4 | 1 | 25,0 % | 2',
    ]);
    // Every table downloads as XLSX and CSV.
    expect(page.querySelectorAll('table').length).toBe(5);
    expect(Array.from(page.querySelectorAll('button')).filter((b) => b.getAttribute('aria-label')?.startsWith('Ladda ner')).length).toBe(10);
    expect(page.querySelector('button[aria-label="Ladda ner CSV: Per enhet"]')).not.toBeNull();
    const links = Array.from(page.querySelectorAll('nav a')).map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/kompetensglapp', '/utbildningsbudget', '/uppfoljningar']);
  });

  it('reloads for another year, the effect for that year only, and the team leaders’ figures', async () => {
    const { page, render } = await open('team_leader');
    answer(LAST_YEAR);
    await render();
    expect(Array.from(page.querySelectorAll('nav a')).map((a) => a.getAttribute('href'))).not.toContain('/utbildningsbudget');
    const effectYears = page.querySelector('#effect-years') as HTMLSelectElement;
    effectYears.value = 'year';
    effectYears.dispatchEvent(new Event('change'));
    answer(LAST_YEAR, `?year=${LAST_YEAR}`);
    await render();
    const role = page.querySelector('#reach-role') as HTMLSelectElement;
    role.value = 'team_leader';
    role.dispatchEvent(new Event('change'));
    answer(LAST_YEAR, `?year=${LAST_YEAR}`, 'team_leader');
    await render();
    expect(text(page.querySelector('#reach-heading'))).toBe(`Vem fick utbildning ${LAST_YEAR}`);
  });
});
