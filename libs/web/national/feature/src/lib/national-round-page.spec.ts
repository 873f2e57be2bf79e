import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { NationalRound, SubmissionStatus } from '@kl/shared/contracts';
import { NationalRoundPage } from './national-round-page';

const round: NationalRound = {
  id: 'n1',
  code: '2016',
  frameworkId: 'f1',
  frameworkCode: 'BOU-2016',
  frameworkVersion: 1,
  classificationCode: 'SKR-2023',
  referenceDate: '2016-11-01',
  opensOn: '2016-11-01',
  closesOn: '2016-12-15',
  status: 'closed',
  submitted: 2,
  createdAt: '2016-10-01T00:00:00.000Z',
};
const status: SubmissionStatus = {
  round: '2016',
  kommuner: [
    { kommunkod: '0180', name: 'Stockholm', countyCode: '01', groupCode: 'A1', submittedAt: '2016-11-20T00:00:00.000Z', source: 'national_file' },
    { kommunkod: '0114', name: 'Upplands Väsby', countyCode: '01', groupCode: 'A2', submittedAt: null, source: null },
  ],
  byCounty: [{ code: '01', name: 'Stockholms län', submitted: 1, kommuner: 2, rate: '0.5' }],
  byGroup: [{ code: 'A1', name: 'Storstäder', submitted: 1, kommuner: 1, rate: '1' }],
  total: { code: 'all', name: 'Hela landet', submitted: 1, kommuner: 2, rate: '0.5' },
};
const base = { round: '2016', filters: {}, policy: null };
const share = { G: '0.652380952380952381', F: '0.228571428571428571', S: '0.119047619047619048' };

/** ngx-charts drawing in jsdom takes seconds when the machine is busy. */
const RENDER_TIMEOUT_MS = 20_000;

const text = (element: Element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('NationalRoundPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNoopAnimations(),
        provideRouter([{ path: 'nationellt/:code', component: NationalRoundPage }], withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  /** Opens the page and answers its requests: the round, its status, the framework and every table. */
  const openRound = async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/nationellt/2016');
    const page = harness.routeNativeElement as HTMLElement;
    const render = async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      harness.detectChanges();
      await harness.fixture.whenStable();
    };
    http.expectOne('/api/national/rounds/2016').flush(round);
    http.expectOne('/api/national/rounds/2016/status').flush(status);
    http.expectOne('/api/national/rounds').flush([round]);
    await render();
    http.expectOne('/api/frameworks/f1').flush({
      id: 'f1',
      areas: [{ id: 'a', code: 'SA', name: 'Socialt arbete', position: 1, topics: [{ id: 't', code: 'SA01', name: 'Barn och ungas utveckling', position: 1 }] }],
    });
    await render();
    const topicRow = { topic: 'SA01', area: 'SA', fte: { G: '13.7', F: '4.8', S: '2.5' }, total: '21.0', share, n: 3 };
    http.expectOne('/api/national/rounds/2016/trend').flush({
      ...base,
      rounds: [{ code: '2016', referenceDate: '2016-11-01', frameworkVersion: 1 }],
      topics: [{ topic: 'SA01', area: 'SA', points: [{ round: '2016', kind: 'same', fte: topicRow.fte, total: '21.0', share, n: 3 }] }],
    });
    http.expectOne('/api/national/rounds/2016/tables/topics').flush({ ...base, table: 'topics', rows: [topicRow] });
    http.expectOne('/api/national/rounds/2016/tables/areas').flush({
      ...base,
      table: 'areas',
      rows: [{ area: 'SA', meanOfTopicShares: share, pooledShare: share, fte: topicRow.fte, n: 3 }],
    });
    http.expectOne('/api/national/rounds/2016/tables/caseworkers').flush({
      ...base,
      table: 'caseworkers',
      fte: { K: '31.5', M: '5.0', A: '0.5', total: '37.0' },
      socionomUnder1YearFte: '2.5',
      withoutSocionomFte: { K: '1.5', M: '0.0', A: '0.0', total: '1.5' },
      fortbildning: 12,
      vidareutbildning: 4,
      magister: 1,
      n: 3,
      nEducation: 1,
    });
    http.expectOne('/api/national/rounds/2016/tables/team-leaders').flush({
      ...base,
      table: 'team-leaders',
      count: { K: 3, M: 1, A: 0, total: 4 },
      firstManagerialJob: 2,
      needOfDevelopment: 1,
      under3Years: 0,
      fortbildning: 2,
      vidareutbildning: 1,
      magister: 0,
      n: 1,
    });
    http.expectOne('/api/national/rounds/2016/tables/indicators').flush({
      ...base,
      table: 'indicators',
      rows: [{ measure: 'ind_forvaltat', ja: 2, delvis: 0, nej: 1, n: 3 }],
    });
    const byType = { university_course: 2, one_day_course: 5, two_day_course: 0, supervision: 3, introduction_programme: 1, commissioned_training: 0, network_conference: 1, e_learning: 0, other: 0 };
    http.expectOne('/api/national/rounds/2016/tables/training').flush({
      ...base,
      table: 'training',
      activities: { byType, total: 12, withCredits: 2, joint: 3, creditsShare: '0.1666666666', jointShare: '0.25' },
      participants: {
        total: 40,
        byRole: { caseworker: 34, team_leader: 6 },
        byDegreeAndBand: { socionom: { under1Year: 10, from1To3Years: 8, from3Years: 12 }, withoutSocionom: { under1Year: 4, from1To3Years: 2, from3Years: 4 } },
      },
      topics: [{ topic: 'SA01', area: 'SA', participants: 25, activities: 4 }],
      introduction: { programmes: 2, kommunerInUse: 2, n: 3 },
      grants: { requisitioned: '1250000.00', used: '987654.50', n: 3 },
      n: 3,
    });
    http.expectOne('/api/national/rounds/2016/tables/staffing').flush({
      ...base,
      table: 'staffing',
      roles: {
        caseworker: { averageHeadcount: '40.0', leavers: 8, turnover: '0.2', employeeFte: '36.5', consultantFte: '3.5', totalFte: '40.0', consultantShare: '0.0875' },
        team_leader: { averageHeadcount: '5.0', leavers: 1, turnover: '0.2', employeeFte: '5.0', consultantFte: '0.0', totalFte: '5.0', consultantShare: '0' },
      },
      total: { averageHeadcount: '45.0', leavers: 9, turnover: '0.2', employeeFte: '41.5', consultantFte: '3.5', totalFte: '45.0', consultantShare: '0.0777777777' },
      leaversByReason: { other_kommun_social_services: 4, other_employer: 2, left_profession: 1, retirement: 1, other: 0, unknown: 1 },
      vacancies: { open: 3, openFte: '3.0', byDifficulty: { easy: 0, hard: 2, very_hard: 1 }, coveredByConsultant: 2, filled: 4, daysToFill: 250, meanDaysToFill: '62.5', n: 3 },
      n: 3,
      nFte: 3,
    });
    await render();
    return { page, render, topicRow };
  };

  it('shows the response rates, the reminder list and the tables with shares rounded once', async () => {
    const { page } = await openRound();
    const all = text(page);
    expect(all).toContain('Hela landet: 1 av 2 (50,0 %).');
    expect(all).toContain('1 kommuner har inte lämnat in');
    expect(all).toContain('0114 Upplands Väsby');
    const rows = Array.from(page.querySelectorAll('tr')).map((tr) => Array.from(tr.children).map(text).join(' | '));
    expect(rows).toContain('SA01 Barn och ungas utveckling | 13,7 | 65,2 % | 4,8 | 22,9 % | 2,5 | 11,9 % | 21,0 | 3');
    expect(rows).toContain('Socialt arbete | 65,2 % | 22,9 % | 11,9 % | 65,2 % | 22,9 % | 11,9 % | 3');
    expect(rows).toContain('Handläggare, totalt (årsarbetare) | 37,0 | 3');
    expect(rows).toContain('Genomförd utbildning förvaltad i praktiken | 2 | 0 | 1 | 3');
    expect(rows).toContain('SA01 Barn och ungas utveckling | 11,9 % / 22,9 %');
    // The exact training table: nothing left out, shares rounded once, kronor whole.
    expect(rows).toContain('Högskolekurs | 2');
    expect(rows).toContain('Varav ger högskolepoäng | 2 (16,7 %)');
    expect(rows).toContain('Med socionomexamen | 10 | 8 | 12');
    expect(rows).toContain('SA01 Barn och ungas utveckling | 25 | 4');
    expect(rows).toContain('Statsbidrag använt | 987 655 kr | 3');
    expect(rows).toContain('Handläggare | 40,0 | 8 | 20,0 % | 36,5 | 3,5 | 8,8 %');
    expect(rows).toContain('Annan kommuns socialtjänst | 4');
    expect(rows).toContain('Dagar till tillsättning, medel | 62,5');
    expect(Array.from(page.querySelectorAll('td')).map(text)).not.toContain('..');
    // The comparison by kommungrupp loads after the tables (the next spec reads it).
    http.expectOne((r) => r.urlWithParams === '/api/national/rounds/2016/tables/areas?kommungrupp=A1').flush({ ...base, table: 'areas', rows: [] });
  }, RENDER_TIMEOUT_MS);

  it('draws the trend lines at the chosen level and compares the kommungrupper, then the län', async () => {
    const { page, render, topicRow } = await openRound();

    // The trend chart: a line per topic of the area, at S until another level is chosen.
    const legend = () => Array.from(page.querySelectorAll('kl-line-chart .legend li')).map(text);
    expect(legend()).toEqual(['SA01 Barn och ungas utveckling: 11,9 %']);
    const level = page.querySelector('#trend-level') as HTMLSelectElement;
    level.value = 'F';
    level.dispatchEvent(new Event('change'));
    await render();
    expect(legend()).toEqual(['SA01 Barn och ungas utveckling: 22,9 %']);

    // The comparison: one areas table per kommungrupp, then per län when chosen.
    const areasOf = (query: string) => http.expectOne((r) => r.urlWithParams === `/api/national/rounds/2016/tables/areas?${query}`);
    areasOf('kommungrupp=A1').flush({
      ...base,
      filters: { kommungrupp: 'A1' },
      table: 'areas',
      rows: [{ area: 'SA', meanOfTopicShares: share, pooledShare: share, fte: topicRow.fte, n: 1 }],
    });
    await render();
    const breakdownRows = () =>
      Array.from(page.querySelectorAll('table.breakdown tr')).map((tr) => Array.from(tr.children).map(text).join(' | '));
    expect(text(page.querySelector('table.breakdown caption') as Element)).toBe('Socialt arbete per kommungrupp');
    expect(breakdownRows()).toContain('A1 Storstäder | 65,2 % | 22,9 % | 11,9 % | 1');
    expect(page.querySelectorAll('kl-stacked-bar-chart')).toHaveLength(3);
    const by = page.querySelector('#breakdown-by') as HTMLSelectElement;
    by.value = 'lan';
    by.dispatchEvent(new Event('change'));
    await render();
    expect(text(page)).toContain('Hämtar tabellerna: 0 av 1 …');
    areasOf('lan=01').flush({ ...base, filters: { lan: '01' }, table: 'areas', rows: [] });
    await render();
    expect(breakdownRows()).toContain('Stockholms län | – | – | – | 0');
  }, RENDER_TIMEOUT_MS);
});
