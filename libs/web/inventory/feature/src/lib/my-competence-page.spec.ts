import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type {
  AssessmentCell,
  PersonAssessments,
  StaffGaps,
  StaffTargets,
} from '@kl/shared/contracts';
import { AuthStore } from '@kl/web/auth/data-access';
import { MyCompetencePage } from './my-competence-page';

const wait = () => new Promise((resolve) => setTimeout(resolve, 0));
const cell = (value: AssessmentCell['value'], version = 1): AssessmentCell => ({
  value,
  version,
  comment: null,
  assessedAt: '2026-10-01T08:00:00Z',
  assessorId: 'x',
});

const person: PersonAssessments = {
  staffMemberId: 's1',
  rounds: [
    { id: 'r0', name: 'Vår 2026', referenceDate: '2026-03-31', status: 'closed' },
    { id: 'r1', name: 'Höst 2026', referenceDate: '2026-10-31', status: 'open' },
  ],
  topics: [
    {
      code: 'JU01',
      name: 'Förvaltningsrätt',
      areaCode: 'JU',
      areaName: 'Juridik',
      rounds: [
        { roundId: 'r0', leader: cell('insufficient'), self: null },
        { roundId: 'r1', leader: cell('basic'), self: cell('advanced', 2) },
      ],
    },
    { code: 'JU02', name: 'Familjerätt', areaCode: 'JU', areaName: 'Juridik', rounds: [] },
  ],
};

const targets = (levels: Record<string, 'basic' | 'advanced'>): StaffTargets => ({
  staffMemberId: 's1',
  role: 'caseworker',
  roundId: 'r1',
  frameworkId: 'f1',
  targets: Object.entries(levels).map(([topicCode, level]) => ({
    topicCode,
    level,
    share: 100,
    origin: { unitId: null, unitName: null },
  })),
});

/** The API's answer for the person's gaps (its figures are the API's: see gaps.int-spec). */
const gapsOf = (
  myTargets: StaffTargets,
  kinds: Record<string, StaffGaps['topics'][number]['kind']>,
): StaffGaps => {
  const topics = person.topics.map((topic) => {
    const target = myTargets.targets.find((t) => t.topicCode === topic.code)?.level ?? null;
    const kind = kinds[topic.code] ?? 'no_target';
    return {
      topicCode: topic.code,
      topicName: topic.name,
      areaCode: topic.areaCode,
      areaName: topic.areaName,
      value: null,
      target,
      kind,
      steps: kind === 'below' ? 1 : 0,
    };
  });
  const count = (kind: string) => topics.filter((t) => t.kind === kind).length;
  return {
    staffMemberId: 's1',
    round: { id: 'r1', name: 'Höst 2026', status: 'open', referenceDate: '2026-10-31' },
    inPopulation: true,
    topics,
    summary: {
      withTarget: topics.length - count('no_target'),
      below: count('below'),
      meets: count('meets'),
      notAssessed: count('not_assessed'),
      notApplicable: count('not_applicable'),
    },
  } as StaffGaps;
};

describe('MyCompetencePage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'min-kompetens', component: MyCompetencePage }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function open(
    staffMemberId: string | null = 's1',
    myTargets = targets({}),
    myGaps = gapsOf(myTargets, {}),
  ) {
    const auth = TestBed.inject(AuthStore);
    const load = auth.load();
    http
      .expectOne('/api/auth/session')
      .flush({
        userId: 'me',
        displayName: 'Hanna',
        email: 'h@k.se',
        role: 'caseworker',
        unitIds: [],
        staffMemberId,
      });
    await load;
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/min-kompetens');
    const root = harness.routeNativeElement as HTMLElement;
    const render = async () => {
      await wait();
      harness.detectChanges();
      await harness.fixture.whenStable();
    };
    await render();
    if (staffMemberId) {
      http.expectOne(`/api/staff/${staffMemberId}/assessments`).flush(person);
      await render();
      http.expectOne(`/api/staff/${staffMemberId}/gaps?roundId=r1`).flush(myGaps);
      http.expectOne(`/api/staff/${staffMemberId}/targets?roundId=r1`).flush(myTargets);
      // "Mina utbildningar" (libs/web/training) reads the person's courses, plan and sessions.
      http.expectOne(`/api/staff/${staffMemberId}/participations`).flush([]);
      http.expectOne((r) => r.url === '/api/plans').flush([]);
      http.expectOne((r) => r.url === '/api/sessions').flush([]);
      // "Min introduktion": none here, so nothing is shown.
      http.expectOne('/api/introductions').flush([]);
      await render();
    }
    const select = (code: string) =>
      root.querySelector<HTMLSelectElement>(`#self-${code}`) as HTMLSelectElement;
    const choose = async (code: string, value: string) => {
      select(code).value = value;
      select(code).dispatchEvent(new Event('change'));
      await render();
    };
    const submit = async () => {
      root.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
      await render();
    };
    return { root, render, select, choose, submit };
  }

  it('shows own levels and history, with the self-assessment marked as not counted', async () => {
    const { root } = await open();
    expect(root.querySelector('h1')?.textContent).toBe('Min kompetens');
    expect(root.querySelector('table.levels thead')?.textContent).toContain(
      'Självskattning (räknas inte)',
    );
    expect(root.querySelectorAll('table.timeline thead th')).toHaveLength(3);
  });

  it('lets the person download their own data in both forms', async () => {
    const { root } = await open();
    expect(root.querySelector('#my-data-heading')?.textContent).toBe('Ladda ner mina uppgifter');
    expect(Array.from(root.querySelectorAll('.downloads a')).map((a) => a.getAttribute('href'))).toEqual([
      '/api/privacy/me/export?format=html',
      '/api/privacy/me/export?format=json',
    ]);
  });

  it('shows no target column where no målnivå applies', async () => {
    const { root } = await open();
    expect(root.querySelector('table.levels thead')?.textContent).not.toContain('Målnivå');
    expect(root.querySelector('.target-summary')).toBeNull();
  });

  it("compares the leader's level in the current round with the målnivå, in text, and sums up", async () => {
    const mine = targets({ JU01: 'advanced', JU02: 'basic' });
    const { root } = await open('s1', mine, gapsOf(mine, { JU01: 'below', JU02: 'not_assessed' }));
    const headers = Array.from(root.querySelectorAll('table.levels thead th')).map((th) =>
      th.textContent?.trim(),
    );
    expect(headers).toEqual([
      'Inriktning',
      'Arbetsledarens bedömning',
      'Självskattning (räknas inte)',
      'Målnivå',
      'Jämfört med målnivån',
    ]);
    const cells = (row: number) =>
      Array.from(
        root.querySelectorAll('table.levels tbody tr')[row].querySelectorAll('td'),
      ).map((td) => td.textContent?.replace(/\s+/g, ' ').trim());
    // The gap is said in words; the mark beside it is decoration (not colour alone).
    expect(cells(0).slice(2)).toEqual(['Fördjupad', '▼ Under målnivå (1 steg)']);
    expect(cells(1).slice(2)).toEqual(['Grundläggande', 'Ej bedömd']);
    expect(root.querySelector('.target-summary')?.textContent).toContain(
      '1 av 2 inriktningar under målnivå, 1 ej bedömd',
    );
  });

  it('offers the five choices per topic, preset with the stored self-assessment', async () => {
    const { select } = await open();
    expect(Array.from(select('JU01').options).map((o) => o.textContent)).toEqual([
      'Saknar tillräcklig kompetens (S)',
      'Grundläggande (G)',
      'Fördjupad (F)',
      'Ej tillämplig',
      'Ej bedömd',
    ]);
    expect(select('JU01').value).toBe('advanced');
    expect(select('JU02').value).toBe('');
  });

  it('saves only the changed topics with the versions it read, and says so', async () => {
    const { root, choose, submit, render } = await open();
    await choose('JU02', 'not_applicable');
    expect(root.querySelector('.actions [role=status]')?.textContent).toBe('1 osparad ändring.');
    const button = root.querySelector<HTMLButtonElement>('button[type=submit]') as HTMLButtonElement;
    button.focus();
    await submit();
    const put = http.expectOne({ method: 'PUT', url: '/api/rounds/r1/self-assessments' });
    expect(put.request.body).toEqual({
      cells: [{ topicCode: 'JU02', value: 'not_applicable', expectedVersion: 0 }],
    });
    put.flush({
      saved: [{ staffMemberId: 's1', topicCode: 'JU02', ...cell('not_applicable') }],
      conflicts: [],
    });
    await render();
    http.expectOne('/api/staff/s1/assessments').flush(person);
    await render();
    expect(root.querySelector('.actions [role=status]')?.textContent).toBe(
      'Självskattningen är sparad.',
    );
    // Nothing left to save, but the button keeps the keyboard focus (aria-disabled, not disabled).
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(button);
    await submit();
    http.expectNone({ method: 'PUT', url: '/api/rounds/r1/self-assessments' });
  });

  it('on 409 shows the value saved elsewhere and lets the person keep their own, saving it over the new version', async () => {
    const { root, choose, submit, render, select } = await open();
    await choose('JU01', 'basic');
    await submit();
    http
      .expectOne({ method: 'PUT', url: '/api/rounds/r1/self-assessments' })
      .flush(
        {
          statusCode: 409,
          code: 'ASSESSMENT_CONFLICT',
          message: 'x',
          current: {
            saved: [],
            conflicts: [
              {
                staffMemberId: 's1',
                topicCode: 'JU01',
                expectedVersion: 2,
                current: cell('insufficient', 3),
              },
            ],
          },
        },
        { status: 409, statusText: 'Conflict' },
      );
    await render();
    http.expectOne('/api/staff/s1/assessments').flush(person);
    await render();
    expect(root.querySelector('#conflict-JU01')?.textContent).toContain(
      'Saknar tillräcklig kompetens',
    );
    expect(select('JU01').value).toBe('basic');
    expect(select('JU01').getAttribute('aria-invalid')).toBe('true');
    Array.from(root.querySelectorAll<HTMLButtonElement>('#conflict-JU01 button'))
      .find((b) => b.textContent === 'Behåll mitt val')
      ?.click();
    await render();
    expect(root.querySelector('#conflict-JU01')).toBeNull();
    await submit();
    const again = http.expectOne({ method: 'PUT', url: '/api/rounds/r1/self-assessments' });
    expect(again.request.body).toEqual({
      cells: [{ topicCode: 'JU01', value: 'basic', expectedVersion: 3 }],
    });
    again.flush({
      saved: [{ staffMemberId: 's1', topicCode: 'JU01', ...cell('basic', 4) }],
      conflicts: [],
    });
    await render();
    http.expectOne('/api/staff/s1/assessments').flush(person);
  });

  it('tells a person without a staff record that the account is not linked', async () => {
    const { root } = await open(null);
    expect(root.textContent).toContain('Ditt konto är inte kopplat till någon medarbetare');
  });
});
