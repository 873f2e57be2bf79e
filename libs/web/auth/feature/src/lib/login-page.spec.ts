import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { authRoutes } from './auth.routes';

/** Lets the login promise chain (HTTP answer → store → navigation) run to its end. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('LoginPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([...authRoutes, { path: '', children: [] }])],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function open(url = '/logga-in', sso: { code: string; name: string }[] = []) {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    http.expectOne('/api/auth/sso-municipalities').flush(sso);
    await settle();
    harness.detectChanges();
    const page = harness.routeNativeElement as HTMLElement;
    const type = (selector: string, value: string) => {
      const input = page.querySelector<HTMLInputElement>(selector) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const submit = async () => {
      page.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
      await harness.fixture.whenStable();
      harness.detectChanges();
    };
    return { harness, page, type, submit };
  }

  it('labels both fields and says what is missing without calling the API', async () => {
    const { page, submit } = await open();
    expect(page.querySelector('label[for=email]')?.textContent).toBe('E-postadress');
    expect(page.querySelector('label[for=password]')?.textContent).toBe('Lösenord');
    await submit();
    expect(page.querySelector('[role=alert]')?.textContent).toContain('Ange din e-postadress');
    expect(page.querySelector('#password')?.getAttribute('aria-invalid')).toBe('true');
    http.expectNone('/api/auth/login');
  });

  it('shows the Swedish message for wrong credentials and clears the password', async () => {
    const { page, type, submit, harness } = await open();
    type('#email', 'anna@kommun.se');
    type('#password', 'fel');
    await submit();
    http
      .expectOne('/api/auth/login')
      .flush({ statusCode: 401, code: 'INVALID_CREDENTIALS', message: 'x' }, { status: 401, statusText: 'Unauthorized' });
    await settle();
    harness.detectChanges();
    expect(page.querySelector('[role=alert]')?.textContent).toContain('Fel e-postadress eller lösenord.');
    expect(page.querySelector<HTMLInputElement>('#password')?.value).toBe('');
  });

  it('goes back to the page that asked for sign-in, but never off-site', async () => {
    const { type, submit } = await open('/logga-in?tillbaka=%2F%2Fevil.example');
    type('#email', 'anna@kommun.se');
    type('#password', 'rätt');
    await submit();
    http.expectOne('/api/auth/login').flush({ email: 'anna@kommun.se', role: 'caseworker', csrfToken: 't' });
    await settle();
    expect(TestBed.inject(Router).url).toBe('/');
  });

  it("offers the kommun's own sign-in when a kommun has one, and says when it failed", async () => {
    const { page, harness } = await open('/logga-in?sso=misslyckades', [{ code: '0180', name: 'Stockholm' }]);
    expect(page.querySelector('[role=alert]')?.textContent).toContain('kommunens inloggning gick inte');
    const link = () => page.querySelector<HTMLAnchorElement>('.sso a') as HTMLAnchorElement;
    expect(link().getAttribute('href')).toBeNull();
    const select = page.querySelector<HTMLSelectElement>('#sso-municipality') as HTMLSelectElement;
    select.value = '0180';
    select.dispatchEvent(new Event('change'));
    harness.detectChanges();
    expect(link().getAttribute('href')).toBe('/api/auth/oidc/0180');
  });
});
