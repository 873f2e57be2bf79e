import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type {
  NationalSubmission,
  OwnNationalRound,
  OwnSubmissionPreview,
} from '@kl/shared/contracts';
import { OwnSubmissionPage } from './own-submission-page';

const round: OwnNationalRound = {
  code: '2026',
  frameworkCode: 'BOU-2016',
  frameworkVersion: 1,
  referenceDate: '2026-11-01',
  opensOn: '2026-11-01',
  closesOn: '2026-12-15',
  status: 'open',
  submission: null,
  inventoryRounds: [{ id: 'r1', name: 'Hösten 2026', referenceDate: '2026-10-01' }],
};
const preview: OwnSubmissionPreview = {
  round: '2026',
  kommunkod: '0180',
  rows: [
    {
      kommunkod: '0180',
      omgang: '2026',
      matt: 'bedomning_fte',
      inriktning: 'SA01',
      niva: 'G',
      kon: '',
      varde: '12.5',
    },
    {
      kommunkod: '0180',
      omgang: '2026',
      matt: 'ind_forvaltat',
      inriktning: '',
      niva: '',
      kon: '',
      varde: 'ja',
    },
  ],
  checks: {
    caseworkers: 14,
    teamLeaders: 2,
    caseworkersNotAssessed: 1,
    topicsWithoutAssessments: ['EP02'],
    teamLeadersMissingAttributes: 0,
    peopleToComplete: 0,
    indicatorsMissing: ['ind_plan_arbetsledare'],
    outliers: [],
  },
  suggestedIndicators: {},
};
const submission: NationalSubmission = {
  id: 's1',
  roundCode: '2026',
  kommunkod: '0180',
  kommunName: 'Stockholm',
  source: 'kommun_data',
  rows: 2,
  submittedAt: '2026-11-20T08:00:00.000Z',
  replacedAt: null,
};

const text = (element: Element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('OwnSubmissionPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'nationell-inlamning', component: OwnSubmissionPage }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('previews what will be sent with its checks, and submits only once signed', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/nationell-inlamning');
    const page = harness.routeNativeElement as HTMLElement;
    const render = async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      harness.detectChanges();
      await harness.fixture.whenStable();
    };
    http.expectOne('/api/national/own/rounds').flush([round]);
    http.expectOne('/api/national/own/submissions').flush([]);
    await render();
    expect(text(page)).toContain('Kommunen har inte lämnat in något ännu.');

    const select = page.querySelector<HTMLSelectElement>('#own-round') as HTMLSelectElement;
    select.value = '2026';
    select.dispatchEvent(new Event('change'));
    await render();
    const forvaltat = page.querySelector<HTMLSelectElement>(
      '#ind-ind_forvaltat',
    ) as HTMLSelectElement;
    forvaltat.value = 'ja';
    forvaltat.dispatchEvent(new Event('change'));
    (page.querySelector('form button[type=submit]') as HTMLButtonElement).click();
    const request = http.expectOne('/api/national/rounds/2026/own-submission/preview');
    expect(request.request.body).toEqual({
      inventoryRoundId: 'r1',
      indicators: { ind_forvaltat: 'ja' },
    });
    request.flush({ ...preview, checks: { ...preview.checks, peopleToComplete: 1 } });
    await render();
    http.expectOne('/api/national/own/inventory-rounds/r1/completeness').flush({
      inventoryRoundId: 'r1',
      referenceDate: '2026-10-01',
      people: [
        {
          staffMemberId: 'p1',
          name: 'Berg, Anna',
          unitName: 'Barn och unga',
          role: 'caseworker',
          issues: ['not_assessed', 'degree_contradicts_qualification'],
        },
      ],
    });
    await render();
    expect(text(page)).toContain('14 handläggare och 2 arbetsledare');
    expect(text(page)).toContain('1 handläggare är inte bedömda');
    expect(text(page)).toContain('1 person saknar uppgifter');
    const person = page.querySelector('.to-complete tbody tr') as HTMLElement;
    expect(Array.from(person.children).map(text)).toEqual([
      'Berg, Anna',
      'Barn och unga',
      'Handläggare',
      'inte bedömd i någon inriktning; ingen examen angiven men behörig',
    ]);
    expect(person.querySelector('a')?.getAttribute('href')).toBe('/medarbetare/p1');
    expect(text(page)).toContain('Raderna som skickas (2)');

    const submit = Array.from(page.querySelectorAll('button')).find(
      (b) => text(b) === 'Signera och lämna in',
    ) as HTMLButtonElement;
    submit.click();
    await render();
    expect(text(page)).toContain('Bekräfta att du har granskat uppgifterna.');
    (page.querySelector('#own-signed') as HTMLInputElement).click();
    submit.click();
    const post = http.expectOne('/api/national/rounds/2026/own-submission');
    expect(post.request.body).toEqual({
      inventoryRoundId: 'r1',
      indicators: { ind_forvaltat: 'ja' },
    });
    post.flush(submission);
    await render();
    http.expectOne('/api/national/own/rounds').flush([{ ...round, submission }]);
    http.expectOne('/api/national/own/submissions').flush([submission]);
    await render();
    expect(text(page)).toContain('Inlämnat till omgång 2026: 2 rader.');
    expect(page.querySelector('a[download]')?.getAttribute('href')).toBe(
      '/api/national/own/submissions/s1/file',
    );
  });

  it("offers the plans' answers for unanswered questions and previews again with them", async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/nationell-inlamning');
    const page = harness.routeNativeElement as HTMLElement;
    const render = async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      harness.detectChanges();
      await harness.fixture.whenStable();
    };
    http.expectOne('/api/national/own/rounds').flush([round]);
    http.expectOne('/api/national/own/submissions').flush([]);
    await render();
    const select = page.querySelector<HTMLSelectElement>('#own-round') as HTMLSelectElement;
    select.value = '2026';
    select.dispatchEvent(new Event('change'));
    const leaders = page.querySelector<HTMLSelectElement>(
      '#ind-ind_plan_arbetsledare',
    ) as HTMLSelectElement;
    leaders.value = 'nej';
    leaders.dispatchEvent(new Event('change'));
    (page.querySelector('form button[type=submit]') as HTMLButtonElement).click();
    http.expectOne('/api/national/rounds/2026/own-submission/preview').flush({
      ...preview,
      suggestedIndicators: { ind_samlad_plan_handlaggare: 'ja', ind_plan_arbetsledare: 'delvis' },
    });
    await render();
    // The administrator's own answer stands; only the unanswered question is offered.
    expect(text(page)).toContain('Kommunens utvecklingsplaner, utbildningar och uppföljningar för 2026 besvarar några frågor');
    expect(Array.from(page.querySelectorAll('.suggestions li')).map(text)).toHaveLength(1);

    const use = Array.from(page.querySelectorAll('button')).find(
      (b) => text(b) === 'Använd svaren från kommunens uppgifter',
    ) as HTMLButtonElement;
    use.click();
    const again = http.expectOne('/api/national/rounds/2026/own-submission/preview');
    expect(again.request.body).toEqual({
      inventoryRoundId: 'r1',
      indicators: { ind_samlad_plan_handlaggare: 'ja', ind_plan_arbetsledare: 'nej' },
    });
    again.flush(preview);
    await render();
  });
});
