import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { AuditTrailEntry, AuditTrailPage, StaffMember } from '@kl/shared/contracts';
import { AuditPage } from './audit-page';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const entry: AuditTrailEntry = {
  id: 'e1',
  actorUserId: 'u1',
  actorDisplayName: 'Helena HR',
  entityType: 'staff_member',
  entityId: 's1',
  action: 'update',
  before: { fte: 1 },
  after: { fte: 0.75 },
  occurredAt: '2026-12-03T09:15:00.000Z',
  subject: 'Alva Audit',
};
const page = (items: AuditTrailEntry[], total = items.length, pageNumber = 1): AuditTrailPage => ({
  items,
  total,
  page: pageNumber,
  pageSize: 50,
});

describe('AuditPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function render() {
    const fixture = TestBed.createComponent(AuditPage);
    fixture.detectChanges();
    http
      .expectOne('/api/users')
      .flush([
        {
          id: 'u1',
          email: 'hr@k.se',
          displayName: 'Helena HR',
          role: 'municipality_admin',
          status: 'active',
          unitIds: [],
          staffMemberId: null,
          rowVersion: 1,
        },
      ]);
    http.expectOne((r) => r.url === '/api/audit').flush(page([entry], 120));
    await settle();
    await fixture.whenStable();
    return { fixture, root: fixture.nativeElement as HTMLElement };
  }

  it('shows each change with who, what and which, and pages', async () => {
    const { fixture, root } = await render();
    const cells = Array.from(root.querySelectorAll('tbody tr:first-child > *')).map((c) =>
      c.textContent?.trim(),
    );
    expect(cells.slice(1)).toEqual([
      'Helena HR',
      'Medarbetare',
      'Ändrad',
      'Alva Audit',
      'fte: 1 → 0.75',
    ]);
    expect(root.textContent).toContain('120 händelser, sida 1 av 3');
    Array.from(root.querySelectorAll<HTMLButtonElement>('.pager button'))
      .find((b) => b.textContent?.includes('Nästa'))
      ?.click();
    fixture.detectChanges();
    const next = http.expectOne((r) => r.url === '/api/audit');
    expect(next.request.params.get('page')).toBe('2');
    next.flush(page([entry], 120, 2));
  });

  it('filters by a person found by name, a kind of record and a period', async () => {
    const { fixture, root } = await render();
    const search = root.querySelector<HTMLInputElement>('#person-search') as HTMLInputElement;
    search.value = 'alva';
    search.dispatchEvent(new Event('input'));
    root.querySelector<HTMLButtonElement>('.inline button')?.click();
    const staff = http.expectOne((r) => r.url === '/api/staff');
    expect(staff.request.params.get('search')).toBe('alva');
    staff.flush({
      items: [
        {
          id: 's1',
          firstName: 'Alva',
          lastName: 'Audit',
          employeeNumber: 'A1',
          unitName: 'Mottagning',
        } as StaffMember,
      ],
      total: 1,
      page: 1,
      pageSize: 20,
    });
    await settle();
    fixture.detectChanges();
    const choice = root.querySelector<HTMLSelectElement>('#person-choice') as HTMLSelectElement;
    choice.value = 's1';
    choice.dispatchEvent(new Event('change'));
    const kind = root.querySelector<HTMLSelectElement>('#entity-type') as HTMLSelectElement;
    kind.value = 'assessment';
    kind.dispatchEvent(new Event('change'));
    const from = root.querySelector<HTMLInputElement>('#from') as HTMLInputElement;
    from.value = '2026-01-01';
    from.dispatchEvent(new Event('input'));
    root.querySelector<HTMLFormElement>('form')?.dispatchEvent(new Event('submit'));
    fixture.detectChanges();
    const filtered = http.expectOne((r) => r.url === '/api/audit');
    expect(
      Object.fromEntries(
        filtered.request.params.keys().map((k) => [k, filtered.request.params.get(k)]),
      ),
    ).toEqual({
      staffMemberId: 's1',
      entityType: 'assessment',
      from: '2026-01-01',
      page: '1',
      pageSize: '50',
    });
    filtered.flush(page([]));
    await settle();
    await fixture.whenStable();
    expect(root.textContent).toContain('Inga händelser med det här urvalet.');
  });
});
