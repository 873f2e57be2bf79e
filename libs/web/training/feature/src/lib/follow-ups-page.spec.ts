import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { FollowUpDueItem, Role } from '@kl/shared/contracts';
import { AuthStore } from '@kl/web/auth/data-access';
import { FollowUpsPage } from './follow-ups-page';

const item: FollowUpDueItem = {
  kind: 'follow_up',
  participationId: 'p1',
  followUpId: null,
  staffMemberId: 's1',
  firstName: 'Johan',
  lastName: 'Eriksson',
  unitId: 'u1',
  unitName: 'Mottagning',
  courseId: 'c1',
  courseTitle: 'Samtal med barn',
  endsOn: '2026-10-14',
  dueOn: '2026-11-13',
  overdue: true,
  topicCodes: ['SA11', 'SA12'],
};
const reassessment: FollowUpDueItem = {
  ...item,
  kind: 'reassessment',
  participationId: 'p2',
  followUpId: 'f2',
  firstName: 'Sara',
  lastName: 'Nilsson',
  dueOn: '2026-12-20',
  overdue: false,
  topicCodes: ['SA11'],
};

const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();
const cells = (row: Element) => Array.from(row.querySelectorAll('th, td')).map(text).join(' | ');
const wait = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('FollowUpsPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'uppfoljningar', component: FollowUpsPage }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function open(role: Role) {
    const load = TestBed.inject(AuthStore).load();
    http.expectOne('/api/auth/session').flush({
      userId: 'me',
      displayName: 'Arvid',
      email: 'a@k.se',
      role,
      unitIds: [],
      staffMemberId: null,
    });
    await load;
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/uppfoljningar');
    const page = harness.routeNativeElement as HTMLElement;
    const render = async () => {
      await wait();
      harness.detectChanges();
      await harness.fixture.whenStable();
      await wait();
      harness.detectChanges();
    };
    http.expectOne('/api/units?view=tree').flush([{ id: 'u1', name: 'Mottagning', closedAt: null, children: [] }]);
    return { page, render };
  }

  it('shows a team leader everything due, records a follow-up in place, and the item leaves the list', async () => {
    const { page, render } = await open('team_leader');
    http.expectOne('/api/follow-ups/due').flush({ today: '2026-12-03', items: [item, reassessment] });
    await render();
    const rows = Array.from(page.querySelectorAll('tbody tr')).map(cells);
    expect(rows).toEqual([
      'Eriksson, Johan | Mottagning | Samtal med barn | 2026-10-14 | Följ upp kursen | 2026-11-13 (försenad) | Följ upp',
      'Nilsson, Sara | Mottagning | Samtal med barn | 2026-10-14 | Bedöm SA11 på nytt | 2026-12-20 | Till kompetensmatrisen',
    ]);
    expect(text(page)).toContain('2 att göra, varav 1 försenade (i dag 2026-12-03).');

    (page.querySelector('button[aria-label="Följ upp Johan Eriksson, Samtal med barn"]') as HTMLButtonElement).click();
    await render();
    expect(text(page.querySelector('#follow-up-heading'))).toBe('Uppföljning: Johan Eriksson, Samtal med barn');
    // Without an answer nothing is sent.
    (page.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await render();
    expect(text(page.querySelector('#follow-up-applied-error'))).toBe('Välj helt, delvis eller nej.');

    const partly = page.querySelector('#follow-up-applied-partly') as HTMLInputElement;
    partly.checked = true;
    partly.dispatchEvent(new Event('change'));
    const sa12 = page.querySelector('#follow-up-topic-SA12') as HTMLInputElement;
    sa12.checked = false;
    sa12.dispatchEvent(new Event('change'));
    const note = page.querySelector('#follow-up-note') as HTMLTextAreaElement;
    note.value = 'Används i utredningar';
    note.dispatchEvent(new Event('input'));
    await render();
    expect((page.querySelector('#follow-up-reassessOn') as HTMLInputElement).value).toBe('2027-06-03');
    (page.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    const saved = http.expectOne('/api/participations/p1/follow-up');
    expect(saved.request.method).toBe('PUT');
    expect(saved.request.body).toEqual({
      version: null,
      applied: 'partly',
      note: 'Används i utredningar',
      topics: [{ topicCode: 'SA11', reassessOn: '2027-06-03' }],
    });
    saved.flush({ id: 'f1' });
    await render();
    http.expectOne('/api/follow-ups/due').flush({ today: '2026-12-03', items: [reassessment] });
    await render();
    expect(text(page.querySelector('.done'))).toBe('Uppföljningen av Johan Eriksson, Samtal med barn, är sparad.');
    expect(Array.from(page.querySelectorAll('tbody tr')).map(cells)).toEqual([
      'Nilsson, Sara | Mottagning | Samtal med barn | 2026-10-14 | Bedöm SA11 på nytt | 2026-12-20 | Till kompetensmatrisen',
    ]);
  });

  it('shows HR what is overdue first, by unit when chosen', async () => {
    const { page, render } = await open('municipality_admin');
    http.expectOne('/api/follow-ups/due?overdue=true').flush({ today: '2026-12-03', items: [item] });
    await render();
    expect((page.querySelector('#due-show') as HTMLSelectElement).value).toBe('overdue');
    const unit = page.querySelector('#due-unit') as HTMLSelectElement;
    unit.value = 'u1';
    unit.dispatchEvent(new Event('change'));
    http.expectOne('/api/follow-ups/due?unitId=u1&overdue=true').flush({ today: '2026-12-03', items: [] });
    await render();
    expect(page.textContent).toContain('Inget är försenat.');
  });

  it('gives the keyboard back to the row’s button when the form is closed', async () => {
    const { page, render } = await open('team_leader');
    http.expectOne('/api/follow-ups/due').flush({ today: '2026-12-03', items: [item] });
    await render();
    const button = page.querySelector('#follow-up-open-p1') as HTMLButtonElement;
    button.click();
    await render();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const cancel = Array.from(page.querySelectorAll('button')).find((b) => text(b) === 'Avbryt') as HTMLButtonElement;
    cancel.click();
    await render();
    expect(page.querySelector('#follow-up-heading')).toBeNull();
    expect(document.activeElement?.id).toBe('follow-up-open-p1');
  });
});
