import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { CourseSession, DevelopmentPlan, Participation } from '@kl/shared/contracts';
import { todayInSweden } from '@kl/shared/util';
import { MyTraining } from './my-training';

@Component({
  imports: [MyTraining],
  template: '<kl-my-training staffMemberId="s1" />',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {}

const booked = {
  id: 'p1',
  sessionId: 'x1',
  courseTitle: 'Evidensbaserad praktik i socialtjänsten',
  startsOn: '2026-11-10',
  endsOn: '2026-11-11',
  status: 'booked',
  cancellationReason: null,
  fundingSource: 'grant',
  grantName: 'Stärkt kompetens',
} as Participation;
const cancelled = {
  ...booked,
  id: 'p2',
  sessionId: 'x0',
  courseTitle: 'Barnrätt',
  startsOn: '2026-09-01',
  endsOn: '2026-09-01',
  status: 'cancelled',
  cancellationReason: 'no_substitute',
  fundingSource: 'ordinary_budget',
  grantName: null,
} as Participation;
const session = (over: Partial<CourseSession>) =>
  ({
    id: 'x2',
    courseTitle: 'Utredningsmetodik med BBIC',
    startsOn: '2027-02-01',
    endsOn: '2027-02-01',
    place: 'Stadshuset',
    online: false,
    ourSeats: 4,
    ourTaken: 1,
    ...over,
  }) as CourseSession;

const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();

describe('MyTraining', () => {
  let http: HttpTestingController;
  const year = new Date().getFullYear();

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function render(fixture: { detectChanges(): void; whenStable(): Promise<unknown> }) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    fixture.detectChanges();
    await fixture.whenStable();
  }

  function flushLoad(sessions: CourseSession[], participations = [booked, cancelled]) {
    http.expectOne('/api/staff/s1/participations').flush(participations);
    http.expectOne(`/api/plans?year=${year}`).flush([
      { id: 'k', kind: 'overall', staffMemberId: null, goals: [] },
      {
        id: 'i',
        kind: 'individual',
        staffMemberId: 's1',
        status: 'active',
        goals: [
          { topicCode: 'EP01', level: 'basic', gapFte: null, dueOn: null, progress: null },
          {
            topicCode: 'SA05',
            level: 'advanced',
            gapFte: null,
            dueOn: '2027-06-30',
            progress: {
              personTarget: 'advanced',
              personStanding: 'below',
              belowPersonTarget: false,
            },
          },
        ],
      },
    ] as unknown as DevelopmentPlan[]);
    http.expectOne(`/api/sessions?from=${todayInSweden()}`).flush(sessions);
  }

  it("lists the person's bookings and plan goals, and asks for a seat on an upcoming session", async () => {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    const root = fixture.nativeElement as HTMLElement;
    flushLoad([
      session({}),
      // Full for the kommun, and one the person is already on: neither is offered.
      session({ id: 'x3', courseTitle: 'Full kurs', ourSeats: 2, ourTaken: 2 }),
      session({ id: 'x1', courseTitle: booked.courseTitle }),
    ]);
    await render(fixture);

    expect(
      Array.from(root.querySelectorAll('tbody tr')).map((r) =>
        Array.from(r.children).map((c) => text(c)),
      ),
    ).toEqual([
      [
        'Evidensbaserad praktik i socialtjänsten',
        '2026-11-10 – 2026-11-11',
        'Bokad',
        'Statsbidrag: Stärkt kompetens',
      ],
      ['Barnrätt', '2026-09-01', 'Inställd: Vikarie saknas', 'Ordinarie budget'],
    ]);
    expect(Array.from(root.querySelectorAll('ul li')).map((li) => text(li))).toEqual([
      'EP01: nå grundläggande nivå',
      'SA05: nå fördjupad nivå senast 2027-06-30. Nu under målnivå (målnivå fördjupad)',
    ]);
    const select = root.querySelector('#ask-session') as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => text(o))).toEqual([
      'Välj kurstillfälle',
      'Utredningsmetodik med BBIC, 2027-02-01, Stadshuset',
    ]);

    select.value = 'x2';
    select.dispatchEvent(new Event('change'));
    await render(fixture);
    (root.querySelector('form button[type=submit]') as HTMLButtonElement).click();
    const ask = http.expectOne('/api/sessions/x2/participations');
    expect(ask.request.body).toEqual({
      staffMemberIds: ['s1'],
      status: 'planned',
      fundingSource: 'ordinary_budget',
    });
    ask.flush([{ id: 'p3' }]);
    await render(fixture);
    flushLoad(
      [session({})],
      [booked, cancelled, { ...booked, id: 'p3', sessionId: 'x2', status: 'planned' }],
    );
    await render(fixture);
    expect(text(root.querySelector('.done'))).toBe(
      'Du har bett om en plats på Utredningsmetodik med BBIC 2027-02-01. Din arbetsledare bokar den.',
    );
    expect(root.querySelector('#ask-session')).toBeNull();
    expect(text(root.querySelector('tbody tr:last-child td:nth-child(3)'))).toBe(
      'Önskad, inte bokad',
    );
  });

  it('says so when there is nothing booked, no plan and nothing to ask for', async () => {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    http.expectOne('/api/staff/s1/participations').flush([]);
    http.expectOne(`/api/plans?year=${year}`).flush([]);
    http.expectOne(`/api/sessions?from=${todayInSweden()}`).flush([]);
    await render(fixture);
    const paragraphs = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('p')).map(
      (p) => text(p),
    );
    expect(paragraphs).toEqual([
      'Du har inga bokade eller önskade kurser.',
      `Du har ingen individuell utvecklingsplan för ${year}.`,
      'Det finns inget kommande kurstillfälle med lediga platser just nu.',
      '',
    ]);
  });
});
