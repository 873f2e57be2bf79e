import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { PublishedRoundDetail } from '@kl/shared/contracts';
import { PublicRoundPage } from './public-round-page';

const detail: PublishedRoundDetail = {
  code: '2016',
  referenceDate: '2016-11-01',
  publishedAt: '2026-12-04T10:15:00.000Z',
  sequence: 1,
  note: null,
  policy: { version: '2026.1', minKommuner: 3, minPersons: 5 },
  framework: { code: 'BOU', version: 1, name: 'Barn och unga' },
  areas: [{ code: 'SA', name: 'Socialt arbete', topics: [{ code: 'SA01', name: 'Barns utsatthet' }, { code: 'SA02', name: 'Våld' }] }],
  filters: { kommungrupp: [{ code: 'A1', name: 'Storstäder' }], lan: [{ code: '01', name: 'Stockholms län' }], cohort: ['2014'] },
};
const base = (table: string, filters: object) => ({ round: '2016', table, filters, policy: { version: '2026.1' } });
const levels = (G: string | null, F: string | null, S: string | null) => ({ G, F, S });

/** ngx-charts drawing in jsdom takes seconds when the machine is busy. */
const RENDER_TIMEOUT_MS = 20_000;
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('PublicRoundPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNoopAnimations(),
        provideRouter([{ path: 'statistik/:code', component: PublicRoundPage }], withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  /** Answers the seven public tables of one filter (`query` as the page asks: `?lan=01`). */
  const flushTables = (query: string, filters: object) => {
    const url = (table: string) => `/api/public/national/rounds/2016/tables/${table}${query}`;
    http.expectOne(url('topics')).flush({
      ...base('topics', filters),
      rows: [
        { topic: 'SA01', area: 'SA', fte: levels('2794.5', '1402.3', '343.7'), total: '4540.5', share: levels('0.615461953749586609', '0.308843739676247109', '0.075694306574166281'), n: 232, suppressed: [] },
        { topic: 'SA02', area: 'SA', fte: levels('12.0', null, null), total: '15.5', share: levels('0.774193548387096774', null, null), n: 4, suppressed: ['fte.F', 'fte.S', 'share.F', 'share.S'] },
      ],
    });
    http.expectOne(url('areas')).flush({
      ...base('areas', filters),
      rows: [{ area: 'SA', meanOfTopicShares: levels('0.6', null, null), pooledShare: levels('0.616', null, null), fte: levels('2806.5', null, null), n: 232, suppressed: ['meanOfTopicShares.F', 'meanOfTopicShares.S', 'pooledShare.F', 'pooledShare.S', 'fte.F', 'fte.S'] }],
    });
    http.expectOne(url('caseworkers')).flush({
      ...base('caseworkers', filters),
      fte: { K: '4100.5', M: null, A: null, total: '5390.5' },
      socionomUnder1YearFte: '120.0',
      withoutSocionomFte: { K: '500.0', M: '80.5', A: '0.0', total: '580.5' },
      fortbildning: 1200, vidareutbildning: null, magister: null, n: 245, nEducation: 232,
      suppressed: ['fte.M', 'fte.A', 'vidareutbildning', 'magister'],
    });
    http.expectOne(url('team-leaders')).flush({
      ...base('team-leaders', filters),
      count: { K: 807, M: 84, A: 0, total: 891 }, firstManagerialJob: 100, needOfDevelopment: null, under3Years: 20,
      fortbildning: 300, vidareutbildning: 40, magister: 12, n: 234, suppressed: ['needOfDevelopment'],
    });
    http.expectOne(url('indicators')).flush({
      ...base('indicators', filters),
      rows: [{ measure: 'ind_uppfoljning_medarbetarsamtal', ja: 236, delvis: null, nej: null, n: 243, suppressed: ['delvis', 'nej'] }],
    });
    const byType = { university_course: 40, one_day_course: 120, two_day_course: 30, supervision: 60, introduction_programme: 20, commissioned_training: 10, network_conference: null, e_learning: null, other: 0 };
    http.expectOne(url('training')).flush({
      ...base('training', filters),
      activities: { byType, total: 290, withCredits: 40, joint: 35, creditsShare: '0.1379310344', jointShare: '0.1206896551' },
      participants: {
        total: 900,
        byRole: { caseworker: 800, team_leader: 100 },
        byDegreeAndBand: { socionom: { under1Year: 200, from1To3Years: 250, from3Years: 300 }, withoutSocionom: { under1Year: null, from1To3Years: null, from3Years: 110 } },
      },
      topics: [
        { topic: 'SA01', area: 'SA', participants: 300, activities: 25, suppressed: [] },
        { topic: 'SA02', area: 'SA', participants: null, activities: null, suppressed: ['participants', 'activities'] },
      ],
      introduction: { programmes: 30, kommunerInUse: 25, n: 240 },
      grants: { requisitioned: '52000000.00', used: '48500000.40', n: 230 },
      n: 240,
      suppressed: [
        'activities.byType.network_conference', 'activities.byType.e_learning',
        'participants.byDegreeAndBand.withoutSocionom.under1Year', 'participants.byDegreeAndBand.withoutSocionom.from1To3Years',
      ],
    });
    const role = (averageHeadcount: string | null, leavers: number | null, turnover: string | null) =>
      ({ averageHeadcount, leavers, turnover, employeeFte: '900.0', consultantFte: '80.0', totalFte: '980.0', consultantShare: '0.0816326530' });
    http.expectOne(url('staffing')).flush({
      ...base('staffing', filters),
      roles: { caseworker: role('1000.0', 180, '0.18'), team_leader: role(null, null, null) },
      total: role('1100.0', 195, '0.1772727272'),
      leaversByReason: { other_kommun_social_services: 80, other_employer: 50, left_profession: 30, retirement: 20, other: null, unknown: null },
      vacancies: { open: 60, openFte: '58.5', byDifficulty: { easy: 10, hard: 30, very_hard: 20 }, coveredByConsultant: 25, filled: 150, daysToFill: 13500, meanDaysToFill: '90.0', n: 240 },
      n: 240,
      nFte: 238,
      suppressed: ['roles.team_leader.averageHeadcount', 'roles.team_leader.leavers', 'roles.team_leader.turnover', 'leaversByReason.other', 'leaversByReason.unknown'],
    });
  };

  const open = async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/statistik/2016');
    const page = harness.routeNativeElement as HTMLElement;
    const render = async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      harness.detectChanges();
      await harness.fixture.whenStable();
    };
    http.expectOne('/api/public/national/rounds/2016').flush(detail);
    await render();
    flushTables('', {});
    await render();
    return { page, render };
  };

  it(
    'shows the published tables with `..` for suppressed values, Swedish numbers and the policy',
    async () => {
      const { page } = await open();
      expect(text(page.querySelector('h1'))).toBe('Nationell statistik, omgång 2016');
      expect(text(page.querySelector('#suppression-note'))).toContain('policy 2026.1');
      expect(text(page.querySelector('#suppression-note'))).toContain('färre än 3 kommuner eller färre än 5 personer');
      const topicRows = Array.from(page.querySelectorAll('#topics-caption ~ tbody tr')).map((tr) => Array.from(tr.children).map(text));
      expect(topicRows[0]).toEqual(['SA01 Barns utsatthet', '2 794,5', '61,5 %', '1 402,3', '30,9 %', '343,7', '7,6 %', '4 540,5', '232']);
      expect(topicRows[1]).toEqual(['SA02 Våld', '12,0', '77,4 %', '..', '..', '..', '..', '15,5', '4']);
      const caseworkers = new Map(Array.from(page.querySelectorAll('#caseworkers-caption ~ tbody tr')).map((tr) => [text(tr.children[0]), text(tr.children[1])]));
      expect(caseworkers.get('Handläggare, män')).toBe('..');
      expect(caseworkers.get('Handläggare med fortbildning')).toBe('1200');
      const indicator = page.querySelector('#indicators-caption ~ tbody tr');
      expect(Array.from(indicator?.children ?? []).map(text)).toEqual(['Kompetensen följs upp vid medarbetarsamtal', '236', '..', '..', '243']);
      // Every table is its own labelled, focusable scroll region with a caption and header cells.
      for (const region of Array.from(page.querySelectorAll('.table-scroll'))) {
        expect(region.getAttribute('role')).toBe('region');
        expect(region.getAttribute('tabindex')).toBe('0');
        expect(page.querySelector(`#${region.getAttribute('aria-labelledby')}`)?.tagName).toBe('CAPTION');
      }
      expect(page.querySelectorAll('.table-scroll')).toHaveLength(12);
      // The training table: a type or target group left out shows `..` and draws no chart; a suppressed topic comes last.
      const row = (caption: string, header: string) =>
        Array.from(page.querySelectorAll(`#${caption} ~ tbody tr`)).map((tr) => Array.from(tr.children).map(text)).find((cells) => cells[0] === header);
      expect(row('training-activities-caption', 'Nätverk eller konferens')).toEqual(['Nätverk eller konferens', '..']);
      expect(row('training-activities-caption', 'Varav ger högskolepoäng')).toEqual(['Varav ger högskolepoäng', '40 (13,8 %)']);
      expect(row('training-participants-caption', 'Utan socionomexamen')).toEqual(['Utan socionomexamen', '..', '..', '110']);
      expect(row('training-topics-caption', 'SA02 Våld')).toEqual(['SA02 Våld', '..', '..']);
      expect(row('training-support-caption', 'Statsbidrag rekvirerat')).toEqual(['Statsbidrag rekvirerat', '52 000 000 kr', '230']);
      expect(page.querySelector('kl-training-figures kl-grouped-bar-chart')).toBeNull();
      // The staffing table: a role's turnover left out is `..` and the role has no bars.
      expect(row('staffing-roles-caption', 'Handläggare')).toEqual(['Handläggare', '1 000,0', '180', '18,0 %', '900,0', '80,0', '8,2 %']);
      expect(row('staffing-roles-caption', 'Arbetsledare')?.slice(0, 4)).toEqual(['Arbetsledare', '..', '..', '..']);
      expect(row('staffing-reasons-caption', 'Annat')).toEqual(['Annat', '..']);
      expect(row('staffing-vacancies-caption', 'Dagar till tillsättning, medel')).toEqual(['Dagar till tillsättning, medel', '90,0']);
      expect(page.querySelector('kl-staffing-figures .plot')?.getAttribute('aria-label')).not.toContain('Arbetsledare');
      // A topic with a level left out draws no bar (it would read as zero); the chart says what it shows.
      const charts = Array.from(page.querySelectorAll('kl-stacked-bar-chart .plot[role="img"]'));
      expect(charts).toHaveLength(1);
      expect(charts[0].getAttribute('aria-label')).toContain('SA01 Barns utsatthet');
      expect(charts[0].getAttribute('aria-label')).not.toContain('SA02');
      expect(text(page.querySelector('.no-chart'))).toContain('ingen rad har alla tre andelarna publicerade');
    },
    RENDER_TIMEOUT_MS,
  );

  it(
    'filters by one län at a time and points every download at the API with the same filter',
    async () => {
      const { page, render } = await open();
      const links = () => Array.from(page.querySelectorAll<HTMLAnchorElement>('a[download]')).map((a) => a.getAttribute('href'));
      expect(links()).toContain('/api/public/national/rounds/2016/download.xlsx');
      expect(links()).toContain('/api/public/national/rounds/2016/tables/topics.csv');
      const select = page.querySelector<HTMLSelectElement>('#public-filter');
      expect(text(page.querySelector('label[for="public-filter"]'))).toBe('Urval');
      expect(Array.from(select?.querySelectorAll('optgroup') ?? []).map((g) => g.label)).toEqual(['Kommungrupp', 'Län', 'Först med i omgång']);
      if (select) select.value = 'lan=01';
      page.querySelector<HTMLFormElement>('form.filters')?.dispatchEvent(new Event('submit'));
      await render();
      flushTables('?lan=01', { lan: '01' });
      await render();
      expect(text(page.querySelector('#topics-caption'))).toBe('Inriktningar i årsarbetare och andel, Län: Stockholms län');
      expect(links()).toContain('/api/public/national/rounds/2016/download.xlsx?lan=01');
      expect(links()).toContain('/api/public/national/rounds/2016/tables/indicators.px?lan=01');
      expect(links()).toContain('/api/public/national/rounds/2016/tables/training.csv?lan=01');
      expect(text(page.querySelector('#downloads-heading'))).toBe('Ladda ned: Län: Stockholms län');
    },
    RENDER_TIMEOUT_MS,
  );
});
