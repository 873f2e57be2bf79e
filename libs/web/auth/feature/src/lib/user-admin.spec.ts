import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AcceptInvitationPage } from './accept-invitation-page';
import { InviteUserForm } from './invite-user-form';
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
    expect(invite.request.body).toEqual({ displayName: 'Ella Ek', email: 'ella@kommun.se', role: 'caseworker' });
    invite.flush({
      user: { id: 'u', email: 'ella@kommun.se', displayName: 'Ella Ek', role: 'caseworker', status: 'invited', unitIds: [], staffMemberId: null, rowVersion: 1 },
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
    const account = { email: 'x@kommun.se', status: 'active', unitIds: [], staffMemberId: null, rowVersion: 1 };
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
