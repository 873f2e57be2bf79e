import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Introduction, Role } from '@kl/shared/contracts';
import { AuthStore } from '@kl/web/auth/data-access';
import { IntroductionDetailPage } from './introduction-detail-page';

const introduction: Introduction = {
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
  stepCount: 3,
  doneCount: 1,
  overdueCount: 1,
  active: true,
  asMentor: false,
  version: 3,
  today: '2026-12-04',
  steps: [
    {
      id: 'st1', kind: 'course', title: 'Grundkurs', dueWeek: 4, courseId: 'c1', courseTitle: 'Grundkurs BBIC',
      dueOn: '2026-11-30', doneOn: '2026-11-20', doneByName: null, source: 'participation', overdue: false,
    },
    {
      id: 'st2', kind: 'supervision', title: 'Ärendehandledning', dueWeek: 2, courseId: null, courseTitle: null,
      dueOn: '2026-11-16', doneOn: null, doneByName: null, source: null, overdue: true,
    },
    {
      id: 'st3', kind: 'reading', title: 'Läs rutinerna', dueWeek: 8, courseId: null, courseTitle: null,
      dueOn: '2026-12-28', doneOn: null, doneByName: null, source: null, overdue: false,
    },
  ],
};

const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();
const cells = (row: Element) => Array.from(row.querySelectorAll('th, td')).map(text).join(' | ');
const wait = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('IntroductionDetailPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'introduktion/:id', component: IntroductionDetailPage }], withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function open(role: Role, staffMemberId: string | null, shown: Introduction = introduction) {
    const session = TestBed.inject(AuthStore).load();
    http.expectOne('/api/auth/session').flush({ userId: 'me', displayName: 'Lena', email: 'l@k.se', role, unitIds: [], staffMemberId });
    await session;
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/introduktion/i1');
    const page = harness.routeNativeElement as HTMLElement;
    const render = async () => {
      await wait();
      harness.detectChanges();
      await harness.fixture.whenStable();
      await wait();
      harness.detectChanges();
    };
    http.expectOne('/api/introductions/i1').flush(shown);
    await render();
    return { page, render };
  }

  it('shows the team leader the progress and steps, and marks a step on the version read', async () => {
    const { page, render } = await open('team_leader', 'lead');
    expect(text(page.querySelector('h1'))).toBe('Introduktion: Nora Nyström');
    expect(page.querySelector('progress')?.getAttribute('aria-label')).toBe('Introduktionen: 1 av 3 steg klara, 1 försenat');
    expect(Array.from(page.querySelectorAll('tbody tr')).map(cells)).toEqual([
      '4 | Grundkurs – kurs: Grundkurs BBIC | Kurs | Klar 2026-11-20 (kursen genomförd) | ',
      '2 | Ärendehandledning | Handledning | Försenad, skulle vara klar 2026-11-16 | Markera som klar',
      '8 | Läs rutinerna | Läsning | Ska vara klar 2026-12-28 | Markera som klar',
    ]);
    const button = page.querySelector('button[aria-label="Markera som klar: Ärendehandledning"]') as HTMLButtonElement;
    button.click();
    const put = http.expectOne({ method: 'PUT', url: '/api/introductions/i1/steps/st2' });
    expect(put.request.body).toEqual({ version: 3, done: true });
    put.flush({
      ...introduction,
      version: 4,
      doneCount: 2,
      overdueCount: 0,
      steps: introduction.steps.map((s) => (s.id === 'st2' ? { ...s, doneOn: '2026-12-04', doneByName: 'Lena Lund', source: 'marked', overdue: false } : s)),
    });
    await render();
    expect(cells(page.querySelectorAll('tbody tr')[1])).toBe('2 | Ärendehandledning | Handledning | Klar 2026-12-04 (Lena Lund) | Ångra');
    expect(text(page.querySelector('#introduction-detail-status'))).toBe('Steget är sparat.');
  });

  it('reloads when someone else changed the introduction first', async () => {
    const { page, render } = await open('municipality_admin', null);
    (page.querySelector('button[aria-label="Markera som klar: Läs rutinerna"]') as HTMLButtonElement).click();
    http
      .expectOne('/api/introductions/i1/steps/st3')
      .flush({ statusCode: 409, code: 'STALE_VERSION', message: 'x', current: { version: 4 } }, { status: 409, statusText: 'Conflict' });
    await render();
    http.expectOne('/api/introductions/i1').flush({ ...introduction, version: 4 });
    await render();
    expect(text(page.querySelector('#introduction-detail-status'))).toContain('Någon annan hann ändra introduktionen först');
  });

  it('changes the mentor on the version read', async () => {
    const { page, render } = await open('team_leader', 'lead');
    (page.querySelector('#introduction-change') as HTMLButtonElement).click();
    http.expectOne('/api/introduction-programmes').flush([{ id: 'p1', name: 'Introduktion handläggare', targetRole: null, steps: [], introductionCount: 1, version: 1 }]);
    http.expectOne((r) => r.url === '/api/staff').flush({
      items: [
        { id: 'm1', firstName: 'Hanna', lastName: 'Berg', unitName: 'Mottagning' },
        { id: 'm2', firstName: 'Gustav', lastName: 'Gran', unitName: 'Mottagning' },
      ],
      total: 2,
      page: 1,
      pageSize: 200,
    });
    await render();
    expect((page.querySelector('#introduction-mentor') as HTMLSelectElement).value).toBe('m1');
    const mentor = page.querySelector('#introduction-mentor') as HTMLSelectElement;
    mentor.value = 'm2';
    mentor.dispatchEvent(new Event('change'));
    (page.querySelector('kl-introduction-form form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    const put = http.expectOne({ method: 'PUT', url: '/api/introductions/i1' });
    expect(put.request.body).toEqual({ programmeId: 'p1', mentorStaffMemberId: 'm2', startDate: '2026-11-02', version: 3 });
    put.flush({ ...introduction, mentorStaffMemberId: 'm2', mentorName: 'Gustav Gran', version: 4 });
    await render();
    expect(text(page.querySelector('dl'))).toContain('Gustav Gran');
    expect(text(page.querySelector('#introduction-detail-status'))).toBe('Introduktionen är ändrad.');
  });

  it('lets a mentor read only', async () => {
    const mentor = await open('caseworker', 'm1', { ...introduction, asMentor: true });
    expect(mentor.page.querySelectorAll('tbody button')).toHaveLength(0);
    expect(mentor.page.querySelector('#introduction-change')).toBeNull();
    expect(text(mentor.page)).toContain('Du är mentor för Nora.');
  });

  it('lets the new hire mark their reading only', async () => {
    const { page } = await open('caseworker', 's1');
    expect(Array.from(page.querySelectorAll('tbody button')).map((b) => b.getAttribute('aria-label'))).toEqual([
      'Markera som klar: Läs rutinerna',
    ]);
    expect(page.querySelector('#introduction-change')).toBeNull();
  });
});
