import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AcceptInvitationPage } from './accept-invitation-page';
import { InviteUserForm } from './invite-user-form';
import { MunicipalityAdministrationList } from './municipality-administration-list';
import { UserList } from './user-list';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function typeInto(root: HTMLElement, selector: string, value: string): void {
  const input = root.querySelector<HTMLInputElement>(selector) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

describe('User administration', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'inbjudan', component: AcceptInvitationPage }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('invites a user and shows the one-time link; a taken e-mail is said at the field', async () => {
    const fixture = TestBed.createComponent(InviteUserForm);
    const root: HTMLElement = fixture.nativeElement;
    await fixture.whenStable();
    typeInto(root, '#invite-name', 'Ella Ek');
    typeInto(root, '#invite-email', 'ella@kommun.se');
    root.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    const invite = http.expectOne({ method: 'POST', url: '/api/users/invitations' });
    expect(invite.request.body).toEqual({ displayName: 'Ella Ek', email: 'ella@kommun.se', role: 'caseworker', staffMemberId: null });
    invite.flush({
      user: { id: 'u', email: 'ella@kommun.se', displayName: 'Ella Ek', role: 'caseworker', status: 'invited', unitIds: [], staffMemberId: null, staffMemberName: null, rowVersion: 1 },
      invitationUrl: '/inbjudan#token=abcdefghijklmnopqrstuvwxyz0123456789',
      emailSent: false,
      expiresAt: '2026-11-30T12:00:00Z',
    });
    await settle();
    await fixture.whenStable();
    expect(root.querySelector<HTMLInputElement>('#invitation-url')?.value).toBe(
      `${location.origin}/inbjudan#token=abcdefghijklmnopqrstuvwxyz0123456789`,
    );

    typeInto(root, '#invite-name', 'Ella Ek');
    typeInto(root, '#invite-email', 'ella@kommun.se');
    root.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    http
      .expectOne({ method: 'POST', url: '/api/users/invitations' })
      .flush({ statusCode: 409, code: 'EMAIL_TAKEN', message: 'x' }, { status: 409, statusText: 'Conflict' });
    await settle();
    await fixture.whenStable();
    expect(root.querySelector('#invite-email-error')?.textContent).toContain('Det finns redan ett konto med den e-postadressen i kommunen.');
    expect(root.querySelector('#invite-email')?.getAttribute('aria-invalid')).toBe('true');
  });

  it("shows each account's own role in its role list", async () => {
    const fixture = TestBed.createComponent(UserList);
    const root: HTMLElement = fixture.nativeElement;
    await fixture.whenStable();
    const account = { email: 'x@kommun.se', status: 'active', unitIds: [], staffMemberId: null, staffMemberName: null, rowVersion: 1 };
    http.expectOne('/api/users').flush([
      { ...account, id: 'u1', displayName: 'Arvid Ek', role: 'team_leader' },
      { ...account, id: 'u2', displayName: 'Helena Al', role: 'municipality_admin' },
    ]);
    await settle();
    await fixture.whenStable();
    const shown = (id: string) => root.querySelector<HTMLSelectElement>(`#role-${id}`)?.selectedOptions[0].textContent;
    expect(shown('u1')).toBe('Arbetsledare');
    expect(shown('u2')).toBe('Kommunadministratör');
  });

  const staffPage = {
    items: [{ id: 's1', firstName: 'Anna', lastName: 'Andersson', employeeNumber: 'A-17', unitName: 'Utredning' }],
    total: 1,
    page: 1,
    pageSize: 8,
  };
  const searchStaff = async (root: HTMLElement, inputId: string, fixture: { whenStable(): Promise<unknown> }) => {
    typeInto(root, `#${inputId}`, 'An');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const search = http.expectOne((r) => r.url === '/api/staff');
    expect(search.request.params.get('search')).toBe('An');
    search.flush(staffPage);
    await settle();
    await fixture.whenStable();
    const hit = Array.from(root.querySelectorAll<HTMLButtonElement>('.hits button')).find((b) => b.textContent?.includes('Anna Andersson'));
    expect(hit?.textContent).toContain('A-17, Utredning');
    hit?.click();
    await fixture.whenStable();
  };

  it('links the invited account to a staff record found by search', async () => {
    const fixture = TestBed.createComponent(InviteUserForm);
    const root: HTMLElement = fixture.nativeElement;
    await fixture.whenStable();
    typeInto(root, '#invite-name', 'Anna Andersson');
    typeInto(root, '#invite-email', 'anna@kommun.se');
    await searchStaff(root, 'invite-staff', fixture);
    expect(root.querySelector('.linked')?.textContent).toContain('Kopplad till Anna Andersson');
    root.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    const invite = http.expectOne({ method: 'POST', url: '/api/users/invitations' });
    expect(invite.request.body).toMatchObject({ email: 'anna@kommun.se', staffMemberId: 's1' });
  });

  it('links an existing account to a staff record later, and sends a new invitation link', async () => {
    const fixture = TestBed.createComponent(UserList);
    const root: HTMLElement = fixture.nativeElement;
    await fixture.whenStable();
    http.expectOne('/api/users').flush([
      { id: 'u1', email: 'anna@kommun.se', displayName: 'Anna A', role: 'caseworker', status: 'invited', unitIds: [], staffMemberId: null, staffMemberName: null, rowVersion: 3 },
    ]);
    await settle();
    await fixture.whenStable();
    expect(root.querySelector('tbody td:nth-of-type(3)')?.textContent).toContain('Inte kopplad');
    Array.from(root.querySelectorAll<HTMLButtonElement>('button')).find((b) => b.textContent?.trim().startsWith('Koppla'))?.click();
    await fixture.whenStable();
    await searchStaff(root, 'link-u1', fixture);
    Array.from(root.querySelectorAll<HTMLButtonElement>('button')).find((b) => b.textContent?.includes('Spara kopplingen'))?.click();
    const patch = http.expectOne({ method: 'PATCH', url: '/api/users/u1' });
    expect(patch.request.body).toEqual({ rowVersion: 3, staffMemberId: 's1' });
    patch.flush({ id: 'u1', email: 'anna@kommun.se', displayName: 'Anna A', role: 'caseworker', status: 'invited', unitIds: [], staffMemberId: 's1', staffMemberName: 'Anna Andersson', rowVersion: 4 });
    await settle();
    await fixture.whenStable();
    expect(root.querySelector('tbody td:nth-of-type(3)')?.textContent).toContain('Anna Andersson');

    Array.from(root.querySelectorAll<HTMLButtonElement>('button')).find((b) => b.textContent?.includes('Ny inbjudningslänk'))?.click();
    http.expectOne({ method: 'POST', url: '/api/users/u1/invitation' }).flush({
      user: { id: 'u1', email: 'anna@kommun.se', displayName: 'Anna A' },
      invitationUrl: '/inbjudan#token=zyxwvutsrqponmlkjihgfedcba9876543210',
      emailSent: false,
      expiresAt: '2026-11-30T12:00:00Z',
    });
    await settle();
    await fixture.whenStable();
    expect(root.querySelector<HTMLInputElement>('#invitation-url')?.value).toContain('zyxwvutsrqponmlkjihgfedcba9876543210');
  });

  it("lists every kommun's administrators for the system administrator, filters them, and disables one", async () => {
    const fixture = TestBed.createComponent(MunicipalityAdministrationList);
    const root: HTMLElement = fixture.nativeElement;
    await fixture.whenStable();
    http.expectOne('/api/system/municipalities').flush([
      { code: '0180', name: 'Stockholm', countyName: 'Stockholms län', administrators: [{ id: 'a1', email: 'hr@sthlm.se', displayName: 'Hanna HR', status: 'active', invitationExpiresAt: null }] },
      { code: '1480', name: 'Göteborg', countyName: 'Västra Götalands län', administrators: [] },
    ]);
    await settle();
    await fixture.whenStable();
    expect(root.querySelectorAll('tbody tr')).toHaveLength(2);
    typeInto(root, '#kommun-filter', 'göte');
    await fixture.whenStable();
    expect(root.querySelector('tbody th')?.textContent).toContain('Göteborg');
    expect(root.querySelector('#kommun-count')?.textContent).toContain('1 av 2 kommuner visas.');
    typeInto(root, '#kommun-filter', '');
    await fixture.whenStable();
    Array.from(root.querySelectorAll<HTMLButtonElement>('button')).find((b) => b.textContent?.includes('Stäng av'))?.click();
    http.expectOne({ method: 'POST', url: '/api/system/municipalities/0180/administrators/a1/disable' }).flush({ id: 'a1', status: 'disabled' });
    await settle();
    await fixture.whenStable();
    expect(root.querySelector('.administrators li')?.textContent).toContain('Avstängd');
    expect(root.textContent).toContain('Hanna HR (Stockholm) är avstängd och utloggad.');
  });

  it('sets the password with the token from the link, after checking both fields agree', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/inbjudan#token=abcdefghijklmnopqrstuvwxyz0123456789');
    const root = harness.routeNativeElement as HTMLElement;
    typeInto(root, '#new-password', 'en lång mening');
    typeInto(root, '#repeat-password', 'en annan mening');
    root.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await harness.fixture.whenStable();
    expect(root.textContent).toContain('Lösenorden är inte lika.');
    http.expectNone('/api/auth/accept-invitation');

    typeInto(root, '#repeat-password', 'en lång mening');
    root.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    const accept = http.expectOne('/api/auth/accept-invitation');
    expect(accept.request.body).toEqual({ token: 'abcdefghijklmnopqrstuvwxyz0123456789', password: 'en lång mening' });
    accept.flush(null);
    await settle();
    await harness.fixture.whenStable();
    expect(root.querySelector('[role=status]')?.textContent).toContain('Ditt konto är aktiverat');
  });
});
