import { provideHttpClient, withInterceptors, HttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { SessionUser } from '@kl/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { authInterceptor } from './auth.interceptor';
import { AuthStore } from './auth.store';

const user: SessionUser = {
  userId: 'u1',
  email: 'anna@example.se',
  displayName: 'Anna Admin',
  role: 'municipality_admin',
  municipality: { id: 'm1', code: '0180', name: 'Stockholm' },
  countyCode: null,
  unitIds: [],
  staffMemberId: null,
  csrfToken: 'csrf-123',
  idleExpiresAt: '2026-11-23T12:30:00Z',
  absoluteExpiresAt: '2026-11-24T00:00:00Z',
};

describe('AuthStore with the auth interceptor', () => {
  let store: AuthStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([authInterceptor])), provideHttpClientTesting()],
    });
    store = TestBed.inject(AuthStore);
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('is signed out when the session call answers null', async () => {
    const loaded = store.load();
    http.expectOne('/api/auth/session').flush(null);
    expect(await loaded).toBeNull();
    expect(store.sessionState()).toBe('signed-out');
  });

  it('is signed out when the session call answers 401, and asks only once', async () => {
    const first = store.load();
    const second = store.load();
    http.expectOne('/api/auth/session').flush({ code: 'UNAUTHENTICATED' }, { status: 401, statusText: 'Unauthorized' });
    expect(await first).toBeNull();
    expect(await second).toBeNull();
    expect(store.sessionState()).toBe('signed-out');
  });

  it('sends the CSRF token on writes after login, not on reads', async () => {
    const login = store.login({ email: user.email, password: 'secret' });
    const loginRequest = http.expectOne('/api/auth/login');
    expect(loginRequest.request.headers.has('X-CSRF-Token')).toBe(false);
    loginRequest.flush(user);
    await login;

    const client = TestBed.inject(HttpClient);
    void firstValueFrom(client.get('/api/units'));
    expect(http.expectOne('/api/units').request.headers.has('X-CSRF-Token')).toBe(false);
    void firstValueFrom(client.post('/api/units', {}));
    expect(http.expectOne({ method: 'POST', url: '/api/units' }).request.headers.get('X-CSRF-Token')).toBe('csrf-123');
  });

  it('marks the session expired when a data call answers 401, keeping the user for the re-login', async () => {
    const login = store.login({ email: user.email, password: 'secret' });
    http.expectOne('/api/auth/login').flush(user);
    await login;
    const failed = firstValueFrom(TestBed.inject(HttpClient).get('/api/staff')).catch((e: unknown) => e);
    http.expectOne('/api/staff').flush({ code: 'UNAUTHENTICATED' }, { status: 401, statusText: 'Unauthorized' });
    await failed;
    expect(store.sessionExpired()).toBe(true);
    expect(store.user()?.email).toBe(user.email);
  });
});
