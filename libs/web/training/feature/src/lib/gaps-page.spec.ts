import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type {
  CourseSession,
  CourseSuggestion,
  RoundGaps,
  RoundTraining,
  StateGrant,
} from '@kl/shared/contracts';
import { GapsPage } from './gaps-page';

const gaps = {
  round: {
    id: 'r1',
    name: 'Höst 2026',
    status: 'open',
    referenceDate: '2026-10-01',
    acceptsAssessments: true,
  },
  staffRole: 'caseworker',
  unitId: null,
  staffWithTargets: 3,
  topics: [
    {
      topicCode: 'EB01',
      topicName: 'Evidensbaserad praktik',
      areaCode: 'EB',
      areaName: 'Evidens',
      rank: 1,
      targetLevels: ['basic'],
      requiredShare: '80.0',
      assessedFte: '3.00',
      belowFte: '2.00',
      belowShare: '66.7',
      gapFte: '1.40',
      notAssessedStaff: 0,
      belowStaff: 2,
      people: [
        {
          staffMemberId: 'p1',
          firstName: 'Anna',
          lastName: 'Ahl',
          unitId: 'u',
          unitName: 'Mottagning',
          fte: '1.00',
          value: 'insufficient',
          target: 'basic',
          steps: 1,
        },
        {
          staffMemberId: 'p2',
          firstName: 'Bo',
          lastName: 'Berg',
          unitId: 'u',
          unitName: 'Mottagning',
          fte: '1.00',
          value: 'insufficient',
          target: 'basic',
          steps: 1,
        },
      ],
    },
    {
      topicCode: 'JU01',
      topicName: 'Socialrätt',
      areaCode: 'JU',
      areaName: 'Juridik',
      rank: 2,
      targetLevels: ['basic'],
      requiredShare: '100.0',
      assessedFte: '3.00',
      belowFte: '0.00',
      belowShare: '0.0',
      gapFte: '0.00',
      notAssessedStaff: 0,
      belowStaff: 0,
      people: [],
    },
  ],
} as RoundGaps;

const suggestion: CourseSuggestion = {
  rank: 1,
  courseId: 'c1',
  courseTitle: 'EBP i praktiken',
  sessionId: 's1',
  reasons: [
    { kind: 'topic_level', courseLevel: 'basic', needed: 'basic', fit: 'exact' },
    { kind: 'target_group', role: null, fits: true },
    { kind: 'session', startsOn: '2027-03-10', seatsLeft: 5, enoughSeats: true },
    { kind: 'cost', perParticipant: '4000.00', total: '8000.00' },
  ],
};

const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();

describe('GapsPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNoopAnimations(),
        provideRouter([{ path: 'kompetensglapp', component: GapsPage }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('goes from the largest gap to its suggestions and books the people on a grant', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/kompetensglapp');
    const page = harness.routeNativeElement as HTMLElement;
    const render = async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      harness.detectChanges();
      await harness.fixture.whenStable();
    };
    http.expectOne('/api/rounds').flush([{ id: 'r1', name: 'Höst 2026', status: 'open', population: { caseworkers: 2, teamLeaders: 0, inReach: 2, frozenAt: null } }]);
    await render();
    // The kommun's list comes without names; they come with the topic chosen.
    http
      .expectOne('/api/rounds/r1/gaps')
      .flush({ ...gaps, topics: gaps.topics.map((t) => ({ ...t, people: [] })) });
    http.expectOne('/api/rounds/r1/gaps/training').flush({
      round: gaps.round,
      staffRole: 'caseworker',
      unitId: null,
      from: '2026-10-01',
      until: '2027-10-01',
      topics: [
        {
          topicCode: 'EB01',
          plannedStaff: 1,
          plannedFte: '0.75',
          completedStaff: 1,
          completedFte: '1.00',
        },
      ],
    } as RoundTraining);
    await render();

    // The chart of the gaps beside the training planned, with its values in words for a screen reader.
    expect(page.querySelector('kl-grouped-bar-chart [role=img]')?.getAttribute('aria-label')).toBe(
      'Grupperat stapeldiagram med 1 grupper: EB01 Evidensbaserad praktik: Under målnivå 2 åa, Planerad eller bokad utbildning 0,75 åa.',
    );
    expect(Array.from(page.querySelectorAll('kl-grouped-bar-chart .legend li')).map(text)).toEqual([
      '1. Under målnivå',
      '2. Planerad eller bokad utbildning',
    ]);

    // Only topics with a gap are listed, with the share target in words.
    const rows = Array.from(page.querySelectorAll('tbody tr')).map((row) =>
      Array.from(row.children).map((cell) => text(cell)),
    );
    expect(rows).toEqual([
      [
        '1',
        'EB01 Evidensbaserad praktik',
        'grundläggande, minst 80,0 %',
        '2,00',
        '66,7 %',
        '1,40',
        '2',
        '0,75',
        '1,00',
        'Visa kursförslag för Evidensbaserad praktik',
      ],
    ]);

    (page.querySelector('tbody button') as HTMLButtonElement).click();
    http.expectOne('/api/rounds/r1/gaps?topicCode=EB01').flush(gaps);
    http
      .expectOne('/api/suggestions?topicCode=EB01&level=basic&people=2&staffRole=caseworker')
      .flush([suggestion]);
    await render();
    expect(Array.from(page.querySelectorAll('.suggestions li li')).map((li) => text(li))).toEqual([
      'Ger grundläggande nivå, som behövs',
      'Passar målgruppen',
      'Nästa tillfälle 2027-03-10, 5 platser kvar',
      '4 000 kr per deltagare, 8 000 kr för alla',
    ]);

    (page.querySelector('.suggestions button') as HTMLButtonElement).click();
    http
      .expectOne('/api/sessions/s1')
      .flush({ id: 's1', startsOn: '2027-03-10', ourSeats: 5, ourTaken: 0 } as CourseSession);
    http.expectOne('/api/grants').flush([
      { id: 'g26', name: 'Äldre bidrag', year: 2026 },
      { id: 'g27', name: 'Stärkt kompetens', year: 2027 },
    ] as StateGrant[]);
    await render();
    const funding = page.querySelector('#funding') as HTMLSelectElement;
    funding.value = 'grant';
    funding.dispatchEvent(new Event('change'));
    await render();
    const grant = page.querySelector('#grant') as HTMLSelectElement;
    // Only the grants of the session's year are offered.
    expect(Array.from(grant.options).map((o) => o.textContent)).toEqual([
      'Välj statsbidrag',
      'Stärkt kompetens 2027',
    ]);
    grant.value = 'g27';
    grant.dispatchEvent(new Event('change'));
    await render();
    (page.querySelector('form button[type=submit]') as HTMLButtonElement).click();
    const request = http.expectOne('/api/sessions/s1/participations');
    expect(request.request.body).toEqual({
      staffMemberIds: ['p1', 'p2'],
      status: 'booked',
      fundingSource: 'grant',
      grantId: 'g27',
    });
    request.flush([{ id: 'x1' }, { id: 'x2' }]);
    await render();
    expect(text(page.querySelector('.done'))).toBe(
      '2 personer bokade på EBP i praktiken 2027-03-10.',
    );
  });
});
