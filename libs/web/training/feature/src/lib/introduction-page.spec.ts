import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type {
  Introduction,
  IntroductionProgramme,
  IntroductionSummary,
  MentorLoad,
  NewStaffIntroduction,
  Role,
} from '@kl/shared/contracts';
import { AuthStore } from '@kl/web/auth/data-access';
import { IntroductionPage } from './introduction-page';

const lacking: NewStaffIntroduction = {
  staffMemberId: 's2',
  firstName: 'Olle',
  lastName: 'Öberg',
  unitId: 'u1',
  unitName: 'Mottagning',
  role: 'caseworker',
  employmentStart: '2026-10-01',
  experienceStart: '2026-10-01',
  introductionId: null,
  programmeName: null,
  mentorName: null,
  noProgramme: true,
  noMentor: true,
};
const complete: NewStaffIntroduction = {
  ...lacking,
  staffMemberId: 's1',
  firstName: 'Nora',
  lastName: 'Nyström',
  introductionId: 'i1',
  programmeName: 'Introduktion handläggare',
  mentorName: 'Hanna Berg',
  noProgramme: false,
  noMentor: false,
};
const summary: IntroductionSummary = {
  id: 'i1',
  staffMemberId: 's1',
  firstName: 'Nora',
  lastName: 'Nyström',
  unitId: 'u1',
  unitName: 'Mottagning',
  programmeId: 'p1',
  programmeName: 'Introduktion handläggare',
  mentorStaffMemberId: 'm1',
  mentorName: 'Hanna Berg',
  startDate: '2026-11-02',
  stepCount: 4,
  doneCount: 1,
  overdueCount: 2,
  active: true,
  asMentor: false,
  version: 3,
};
const programme: IntroductionProgramme = {
  id: 'p1',
  name: 'Introduktion handläggare',
  targetRole: 'caseworker',
  introductionCount: 1,
  version: 2,
  steps: [
    { id: 'st1', kind: 'mentor_meeting', title: 'Första mentorsamtalet', dueWeek: 1, courseId: null, courseTitle: null },
    { id: 'st2', kind: 'course', title: 'Grundkurs', dueWeek: 4, courseId: 'c1', courseTitle: 'Grundkurs BBIC' },
  ],
};
const load: MentorLoad[] = [
  { staffMemberId: 'm1', firstName: 'Hanna', lastName: 'Berg', unitName: 'Mottagning', mentees: 2, activeIntroductions: 1 },
];

const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();
const cells = (row: Element) => Array.from(row.querySelectorAll('th, td')).map(text).join(' | ');
const wait = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('IntroductionPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'introduktion', component: IntroductionPage }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function open(role: Role) {
    const session = TestBed.inject(AuthStore).load();
    http.expectOne('/api/auth/session').flush({ userId: 'me', displayName: 'Ann', email: 'a@k.se', role, unitIds: [], staffMemberId: null });
    await session;
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/introduktion');
    const page = harness.routeNativeElement as HTMLElement;
    const render = async () => {
      await wait();
      harness.detectChanges();
      await harness.fixture.whenStable();
      await wait();
      harness.detectChanges();
    };
    const flushLists = (admin: boolean) => {
      http.expectOne('/api/introductions/new-staff').flush([complete, lacking]);
      http.expectOne('/api/introductions').flush([summary]);
      http.expectOne('/api/introduction-programmes').flush([programme]);
      if (admin) http.expectOne('/api/introductions/mentor-load').flush(load);
    };
    flushLists(role === 'municipality_admin');
    http.expectOne((r) => r.url === '/api/staff').flush({
      items: [
        { id: 'm1', firstName: 'Hanna', lastName: 'Berg', unitName: 'Mottagning' },
        { id: 's2', firstName: 'Olle', lastName: 'Öberg', unitName: 'Mottagning' },
      ],
      total: 2,
      page: 1,
      pageSize: 200,
    });
    if (role === 'municipality_admin') http.expectOne('/api/courses').flush([{ id: 'c1', title: 'Grundkurs BBIC' }]);
    await render();
    return { page, render, flushLists };
  }

  const table = (page: HTMLElement, heading: string) =>
    page.querySelector(`section[aria-labelledby="${heading}"] table`) as HTMLTableElement;

  it('lists the new staff who lack a programme or mentor, and gives one a programme and mentor in place', async () => {
    const { page, render, flushLists } = await open('team_leader');
    expect(Array.from(table(page, 'new-staff-heading').querySelectorAll('tbody tr')).map(cells)).toEqual([
      'Öberg, Olle | Mottagning | 2026-10-01 | – | – | Saknar program och mentor | Ge introduktion',
    ]);
    expect(Array.from(table(page, 'introductions-heading').querySelectorAll('tbody tr')).map(cells)).toEqual([
      'Nyström, Nora | Mottagning | Introduktion handläggare | Hanna Berg | 2026-11-02 | 1 av 4 steg klara, 2 försenade',
    ]);
    // The mentor load is HR's; a team leader does not edit programmes.
    expect(page.querySelector('#mentor-load-heading')).toBeNull();
    expect(page.querySelector('#programme-new')).toBeNull();

    (page.querySelector('#give-s2') as HTMLButtonElement).click();
    await render();
    expect(document.activeElement?.id).toBe('introduction-form-heading');
    // The new hire is not offered as their own mentor.
    expect(Array.from(page.querySelectorAll('#introduction-mentor option')).map(text)).toEqual(['Ingen mentor än', 'Berg, Hanna (Mottagning)']);
    (page.querySelector('kl-introduction-form form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await render();
    expect(text(page.querySelector('#introduction-programme-error'))).toBeTruthy();

    const select = (id: string, value: string) => {
      const element = page.querySelector(id) as HTMLSelectElement;
      element.value = value;
      element.dispatchEvent(new Event('change'));
    };
    select('#introduction-programme', 'p1');
    select('#introduction-mentor', 'm1');
    const start = page.querySelector('#introduction-start') as HTMLInputElement;
    start.value = '2026-10-05';
    start.dispatchEvent(new Event('input'));
    (page.querySelector('kl-introduction-form form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    const post = http.expectOne({ method: 'POST', url: '/api/introductions' });
    expect(post.request.body).toEqual({ programmeId: 'p1', mentorStaffMemberId: 'm1', startDate: '2026-10-05', staffMemberId: 's2' });
    post.flush({ ...summary, id: 'i2', firstName: 'Olle', lastName: 'Öberg' } as Introduction);
    await render();
    flushLists(false);
    await render();
    expect(text(page.querySelector('#introduction-status'))).toBe('Olle Öberg har fått programmet Introduktion handläggare.');
  });

  it("shows HR the mentors' load, downloadable, and writes a programme with the form's checks", async () => {
    const { page, render, flushLists } = await open('municipality_admin');
    expect(Array.from(table(page, 'mentor-load-heading').querySelectorAll('tbody tr')).map(cells)).toEqual([
      'Berg, Hanna | Mottagning | 2 | 1',
    ]);
    expect(page.querySelectorAll('section[aria-labelledby="mentor-load-heading"] kl-export-buttons button')).toHaveLength(2);

    (page.querySelector('#programme-new') as HTMLButtonElement).click();
    await render();
    const input = (id: string, value: string) => {
      const element = page.querySelector(id) as HTMLInputElement;
      element.value = value;
      element.dispatchEvent(new Event('input'));
    };
    input('#programme-name', 'Kort introduktion');
    input('#step-0-title', 'Första samtalet');
    input('#step-0-week', '0');
    (page.querySelector('kl-programme-editor form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await render();
    expect(text(page.querySelector('#step-0-week-error'))).toBeTruthy();
    input('#step-0-week', '2');
    (page.querySelector('#programme-add-step') as HTMLButtonElement).click();
    await render();
    expect(document.activeElement?.id).toBe('step-1-title');
    const kind = page.querySelector('#step-1-kind') as HTMLSelectElement;
    kind.value = 'course';
    kind.dispatchEvent(new Event('change'));
    await render();
    input('#step-1-title', 'Grundkurs');
    const course = page.querySelector('#step-1-course') as HTMLSelectElement;
    course.value = 'c1';
    course.dispatchEvent(new Event('change'));
    (page.querySelector('kl-programme-editor form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    const post = http.expectOne({ method: 'POST', url: '/api/introduction-programmes' });
    expect(post.request.body).toEqual({
      name: 'Kort introduktion',
      targetRole: 'caseworker',
      steps: [
        { kind: 'mentor_meeting', title: 'Första samtalet', dueWeek: 2, courseId: null },
        { kind: 'course', title: 'Grundkurs', dueWeek: 1, courseId: 'c1' },
      ],
    });
    post.flush({ ...programme, id: 'p2', name: 'Kort introduktion' });
    await render();
    flushLists(true);
    await render();
    expect(text(page.querySelector('#introduction-status'))).toBe('Programmet Kort introduktion är sparat.');
  });

  it('shows the API’s field errors at their fields when a programme is changed', async () => {
    const { page, render } = await open('municipality_admin');
    (page.querySelector('#programme-edit-p1') as HTMLButtonElement).click();
    await render();
    expect((page.querySelector('#step-1-course') as HTMLSelectElement).value).toBe('c1');
    (page.querySelector('kl-programme-editor form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    const put = http.expectOne({ method: 'PUT', url: '/api/introduction-programmes/p1' });
    expect(put.request.body).toMatchObject({ version: 2, steps: [{ id: 'st1' }, { id: 'st2', courseId: 'c1' }] });
    put.flush({ statusCode: 400, code: 'VALIDATION_FAILED', message: 'x', errors: { name: 'not_unique' } }, { status: 400, statusText: 'Bad Request' });
    await render();
    expect(text(page.querySelector('#programme-name-error'))).toBeTruthy();
    expect(page.querySelector('#programme-name')?.getAttribute('aria-invalid')).toBe('true');
  });
});
