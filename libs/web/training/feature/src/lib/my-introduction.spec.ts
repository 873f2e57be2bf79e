import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Introduction, IntroductionSummary } from '@kl/shared/contracts';
import { MyIntroduction } from './my-introduction';

@Component({
  imports: [MyIntroduction],
  template: '<kl-my-introduction staffMemberId="s1" />',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {}

const own: Introduction = {
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
  stepCount: 2,
  doneCount: 0,
  overdueCount: 0,
  active: true,
  asMentor: false,
  version: 1,
  today: '2026-12-04',
  steps: [
    { id: 'st1', kind: 'mentor_meeting', title: 'Mentorsamtal', dueWeek: 6, courseId: null, courseTitle: null, dueOn: '2026-12-14', doneOn: null, doneByName: null, source: null, overdue: false },
    { id: 'st2', kind: 'reading', title: 'Läs rutinerna', dueWeek: 8, courseId: null, courseTitle: null, dueOn: '2026-12-28', doneOn: null, doneByName: null, source: null, overdue: false },
  ],
};
const mentee: IntroductionSummary = { ...own, id: 'i2', staffMemberId: 's9', firstName: 'Olle', lastName: 'Öberg', asMentor: true, doneCount: 1 };

const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();
const wait = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('MyIntroduction', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function render(list: IntroductionSummary[], detail?: Introduction) {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    http.expectOne('/api/introductions').flush(list);
    await wait();
    if (detail) http.expectOne(`/api/introductions/${detail.id}`).flush(detail);
    await wait();
    fixture.detectChanges();
    await fixture.whenStable();
    return fixture;
  }

  it('shows nothing to someone with no introduction and no mentees', async () => {
    const fixture = await render([]);
    expect(fixture.nativeElement.querySelector('section')).toBeNull();
  });

  it('shows the new hire their steps, marks their reading, and lists their mentees', async () => {
    const fixture = await render([own, mentee], own);
    const root = fixture.nativeElement as HTMLElement;
    expect(text(root.querySelector('h2'))).toBe('Min introduktion');
    expect(Array.from(root.querySelectorAll('kl-introduction-steps tbody button')).map((b) => b.getAttribute('aria-label'))).toEqual([
      'Markera som klar: Läs rutinerna',
    ]);
    const row = root.querySelector('table[aria-labelledby="my-mentees-heading"] tbody tr') as HTMLElement;
    expect(Array.from(row.querySelectorAll('th, td')).map(text)).toEqual(['Öberg, Olle', 'Mottagning', '2026-11-02', '1 av 2 steg klara']);
    (root.querySelector('kl-introduction-steps tbody button') as HTMLButtonElement).click();
    const put = http.expectOne({ method: 'PUT', url: '/api/introductions/i1/steps/st2' });
    expect(put.request.body).toEqual({ version: 1, done: true });
    put.flush({ ...own, version: 2, doneCount: 1, steps: [own.steps[0], { ...own.steps[1], doneOn: '2026-12-04', source: 'marked' }] });
    await wait();
    fixture.detectChanges();
    expect(text(root.querySelector('.progress span'))).toBe('1 av 2 steg klara (50 %)');
    expect(text(root.querySelector('.done'))).toBe('Steget är sparat.');
  });
});
