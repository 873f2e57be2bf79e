import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { DevelopmentPlan } from '@kl/shared/contracts';
import { AuthStore } from '@kl/web/auth/data-access';
import { PlansPage } from './plans-page';

const kommunPlan: DevelopmentPlan = {
  id: 'k1',
  kind: 'overall',
  year: 2031,
  unitId: null,
  unitName: null,
  staffMemberId: null,
  staffName: null,
  staffGroup: 'all',
  progressRound: null,
  status: 'draft',
  goals: [
    {
      topicCode: 'SA05',
      level: 'basic',
      targetShare: 100,
      staffGroup: 'all',
      dueOn: null,
      gapFte: null,
      progress: { assessedFte: '2.0', reachedShare: '50.0', gapFte: '1.0', met: false },
    },
  ],
  budget: { ordinaryBudget: '10000.00', grant: '2500.50', other: '0.00' },
  spent: { ordinaryBudget: '0.00', grant: '0.00', other: '0.00' },
  activities: [],
  followUp: null,
  version: 1,
};
const personPlan: DevelopmentPlan = {
  ...kommunPlan,
  id: 'i1',
  kind: 'individual',
  staffMemberId: 's1',
  staffName: 'Hanna Handläggare',
  goals: [],
  budget: { ordinaryBudget: '0.00', grant: '0.00', other: '0.00' },
  followUp: { done: 'Kurs i BBIC', notDone: '', next: '', followedUpOn: '2031-12-01' },
};

const savedGoal = {
  topicCode: 'SA05',
  level: 'advanced',
  targetShare: 80,
  staffGroup: 'caseworker',
  dueOn: '2031-06-30',
  gapFte: null,
  progress: { assessedFte: '4.0', reachedShare: '75.0', gapFte: '0.2', met: false },
} as const;
const savedPlan: DevelopmentPlan = {
  ...kommunPlan,
  staffGroup: 'caseworker',
  goals: [savedGoal],
  budget: { ordinaryBudget: '12000.00', grant: '1500.00', other: '0.00' },
};

const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();
const wait = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('PlansPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'utvecklingsplaner', component: PlansPage }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function open() {
    const load = TestBed.inject(AuthStore).load();
    http.expectOne('/api/auth/session').flush({
      userId: 'me',
      displayName: 'HR',
      email: 'hr@k.se',
      role: 'municipality_admin',
      unitIds: [],
      staffMemberId: null,
    });
    await load;
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/utvecklingsplaner?year=2031');
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

  /** The form's choices: the unit tree, the staff and the published frameworks' topics. */
  function flushChoices() {
    http
      .expectOne('/api/units?view=tree')
      .flush([{ id: 'u1', name: 'Barn och unga', closedAt: null, children: [] }]);
    http
      .expectOne('/api/staff?pageSize=200&sort=lastName&order=asc')
      .flush({
        items: [
          { id: 's1', firstName: 'Hanna', lastName: 'Handläggare', unitName: 'Barn och unga' },
        ],
      });
    http.expectOne('/api/frameworks').flush([
      { id: 'f1', status: 'published' },
      { id: 'f0', status: 'draft' },
    ]);
  }

  function type(page: HTMLElement, selector: string, value: string) {
    const field = page.querySelector(selector) as HTMLInputElement | HTMLSelectElement;
    field.value = value;
    field.dispatchEvent(new Event(field.tagName === 'SELECT' ? 'change' : 'input'));
  }

  it("lists the year's plans by kind, and writes the kommun's plan with a goal", async () => {
    const { page, render } = await open();
    http.expectOne('/api/plans?year=2031').flush([personPlan]);
    await render();

    const sections = Array.from(page.querySelectorAll('section')).map((s) => [
      text(s.querySelector('h2')),
      Array.from(s.querySelectorAll('tbody tr')).map((row) =>
        Array.from(row.children)
          .slice(0, 5)
          .map((cell) => text(cell)),
      ),
    ]);
    expect(sections).toEqual([
      ['Kommunens övergripande plan 2031', []],
      ['Enheternas planer 2031', []],
      [
        'Individuella planer 2031',
        [['Hanna Handläggare', 'Utkast', 'Inga mål', '0 kr', '2031-12-01']],
      ],
    ]);

    (
      Array.from(page.querySelectorAll('button')).find(
        (b) => text(b) === 'Ny plan',
      ) as HTMLButtonElement
    ).click();
    flushChoices();
    await render();
    http.expectOne('/api/frameworks/f1').flush({
      id: 'f1',
      status: 'published',
      areas: [{ code: 'SA', name: 'Arbetsmetoder', topics: [{ code: 'SA05', name: 'BBIC' }] }],
    });
    await render();
    expect(text(page.querySelector('#plan-editor-heading'))).toBe('Ny utvecklingsplan');
    expect(document.activeElement?.id).toBe('plan-editor-heading');
    expect(Array.from(page.querySelectorAll('#plan-scope option')).map((o) => text(o))).toEqual([
      'Kommunens övergripande plan',
      'En enhets plan',
      'Individuell plan för en medarbetare',
    ]);
    expect(
      Array.from(page.querySelectorAll('#plan-topics option')).map(
        (o) => (o as HTMLOptionElement).value,
      ),
    ).toEqual(['SA05']);

    (page.querySelector('#add-goal') as HTMLButtonElement).click();
    await render();
    expect(document.activeElement?.id).toBe('goal-topic-0');
    type(page, '#goal-topic-0', 'sa05');
    type(page, '#goal-level-0', 'advanced');
    // The share is checked before sending, at its field.
    type(page, '#goal-share-0', '120');
    type(page, '#goal-due-0', '2031-06-30');
    await render();
    (
      page.querySelector('#plan-editor-heading ~ form button[type=submit]') as HTMLButtonElement
    ).click();
    await render();
    const share = page.querySelector('#goal-share-0') as HTMLInputElement;
    expect(share.getAttribute('aria-invalid')).toBe('true');
    expect(text(page.querySelector(`#${share.getAttribute('aria-describedby')}`))).toBe(
      'Ange andelen som ett heltal från 1 till 100.',
    );
    type(page, '#goal-share-0', '80');
    type(page, '#budget-ordinaryBudget', '12 000');
    type(page, '#budget-grant', '1,5x');
    await render();
    (
      page.querySelector('#plan-editor-heading ~ form button[type=submit]') as HTMLButtonElement
    ).click();

    // The API's field error is shown at its field.
    const rejected = http.expectOne('/api/plans');
    expect(rejected.request.method).toBe('POST');
    expect(rejected.request.body).toEqual({
      kind: 'overall',
      year: 2031,
      unitId: null,
      staffMemberId: null,
      staffGroup: 'caseworker',
      goals: [
        {
          topicCode: 'SA05',
          level: 'advanced',
          targetShare: 80,
          staffGroup: 'caseworker',
          dueOn: '2031-06-30',
        },
      ],
      budget: { ordinaryBudget: '12000', grant: '1,5x', other: '0' },
    });
    rejected.flush(
      {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'x',
        errors: { 'budget.grant': 'invalid_format' },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await render();
    const grant = page.querySelector('#budget-grant') as HTMLInputElement;
    expect(grant.getAttribute('aria-invalid')).toBe('true');
    expect(text(page.querySelector(`#${grant.getAttribute('aria-describedby')}`))).toBe(
      'Värdet har fel format.',
    );

    type(page, '#budget-grant', '1500');
    await render();
    (
      page.querySelector('#plan-editor-heading ~ form button[type=submit]') as HTMLButtonElement
    ).click();
    const created = http.expectOne('/api/plans');
    expect(created.request.body.budget).toEqual({
      ordinaryBudget: '12000',
      grant: '1500',
      other: '0',
    });
    created.flush(savedPlan);
    await render();
    http.expectOne('/api/plans?year=2031').flush([savedPlan, personPlan]);
    await render();
    expect(page.querySelector('kl-plan-editor')).toBeNull();
    expect(text(page.querySelector('.done'))).toBe(
      'Planen för Hela kommunen, handläggare 2031 är sparad.',
    );
    const kommunRow = page.querySelector('section tbody tr') as HTMLElement;
    expect(
      Array.from(kommunRow.children)
        .slice(0, 4)
        .map((c) => text(c)),
    ).toEqual([
      'Hela kommunen, handläggare',
      'Utkast',
      'SA05 fördjupad, minst 80 % av handläggarna, senast 2031-06-30. Nu 75,0 % (målet 80 %), inte nått.',
      '13 500 kr',
    ]);
  });

  it('shows a plan changed meanwhile as a conflict, and keeps theirs or overwrites', async () => {
    const { page, render } = await open();
    http.expectOne('/api/plans?year=2031').flush([kommunPlan]);
    await render();
    (page.querySelector('section tbody button') as HTMLButtonElement).click();
    flushChoices();
    await render();
    http.expectOne('/api/frameworks/f1').flush({ id: 'f1', status: 'published', areas: [] });
    await render();
    expect(text(page.querySelector('#plan-editor-heading'))).toBe(
      'Ändra planen: Hela kommunen 2031',
    );
    expect(page.querySelector('#plan-scope')).toBeNull();
    type(page, '#plan-status', 'active');
    await render();
    (
      page.querySelector('#plan-editor-heading ~ form button[type=submit]') as HTMLButtonElement
    ).click();
    const stale = http.expectOne('/api/plans/k1');
    expect(stale.request.body).toEqual({
      version: 1,
      status: 'active',
      goals: [
        { topicCode: 'SA05', level: 'basic', targetShare: 100, staffGroup: 'all', dueOn: null },
      ],
      budget: { ordinaryBudget: '10000', grant: '2500,50', other: '0' },
    });
    const theirs = { ...kommunPlan, goals: [], version: 2 };
    stale.flush(
      { statusCode: 409, code: 'STALE_VERSION', message: 'x', current: theirs },
      { status: 409, statusText: 'Conflict' },
    );
    await render();
    const rows = Array.from(page.querySelectorAll('kl-conflict-panel tbody tr')).map((r) =>
      Array.from(r.children).map((c) => text(c)),
    );
    expect(rows).toEqual([
      ['Status', 'Utkast', 'Gäller'],
      ['Mål', 'Inga mål', 'SA05 grundläggande, all personal'],
    ]);
    const overwrite = Array.from(page.querySelectorAll('kl-conflict-panel button')).find(
      (b) => text(b) === 'Skriv över med mina ändringar',
    ) as HTMLButtonElement;
    overwrite.click();
    const again = http.expectOne('/api/plans/k1');
    expect(again.request.body.version).toBe(2);
    expect(again.request.body.goals).toEqual([
      { topicCode: 'SA05', level: 'basic', targetShare: 100, staffGroup: 'all', dueOn: null },
    ]);
    again.flush({ ...kommunPlan, status: 'active', version: 3 });
    await render();
    http.expectOne('/api/plans?year=2031').flush([{ ...kommunPlan, status: 'active', version: 3 }]);
    await render();
    expect(text(page.querySelector('.done'))).toBe('Planen för Hela kommunen 2031 är sparad.');
  });

  it('follows a plan up: what was done, what was not and why, what next', async () => {
    const { page, render } = await open();
    http.expectOne('/api/plans?year=2031').flush([kommunPlan]);
    await render();
    const followUp = Array.from(page.querySelectorAll('section tbody button')).find((b) =>
      text(b)?.startsWith('Följ upp'),
    ) as HTMLButtonElement;
    expect(text(followUp)).toBe('Följ upp planen för Hela kommunen');
    followUp.click();
    await render();
    expect(document.activeElement?.id).toBe('follow-up-heading');
    type(page, '#follow-up-done', 'Två kurser i BBIC.');
    type(page, '#follow-up-notDone', 'EBP: vikarie saknades.');
    type(page, '#follow-up-next', 'EBP under våren.');
    await render();
    (
      page.querySelector('#follow-up-heading ~ form button[type=submit]') as HTMLButtonElement
    ).click();
    const request = http.expectOne('/api/plans/k1/follow-up');
    expect(request.request.body).toEqual({
      version: 1,
      done: 'Två kurser i BBIC.',
      notDone: 'EBP: vikarie saknades.',
      next: 'EBP under våren.',
    });
    const followed = {
      ...kommunPlan,
      version: 2,
      followUp: {
        done: 'Två kurser i BBIC.',
        notDone: 'EBP: vikarie saknades.',
        next: 'EBP under våren.',
        followedUpOn: '2031-12-03',
      },
    };
    request.flush(followed);
    await render();
    http.expectOne('/api/plans?year=2031').flush([followed]);
    await render();
    expect(text(page.querySelector('.done'))).toBe(
      'Uppföljningen för Hela kommunen 2031 är sparad.',
    );
    expect(text(page.querySelector('section tbody tr td:nth-child(5)'))).toBe('2031-12-03');
  });
});
