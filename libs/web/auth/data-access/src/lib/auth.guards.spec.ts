import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, RedirectCommand, Router, type UrlTree } from '@angular/router';
import { requireRole, requireSignedIn, safeReturnPath } from './auth.guards';

describe('safeReturnPath', () => {
  it.each([
    ['/mitt-konto', '/mitt-konto'],
    ['/enheter?x=1', '/enheter?x=1'],
    ['//evil.example', '/'],
    ['https://evil.example', '/'],
    ['/logga-in', '/'],
    [null, '/'],
    ['', '/'],
  ])('%s → %s', (input, expected) => expect(safeReturnPath(input)).toBe(expected));
});

describe('requireSignedIn', () => {
  it('sends a visitor to the login page with the way back', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    const result = TestBed.runInInjectionContext(() => requireSignedIn({} as never, { url: '/mitt-konto' } as never)) as Promise<UrlTree>;
    TestBed.inject(HttpTestingController).expectOne('/api/auth/session').flush(null);
    expect(TestBed.inject(Router).serializeUrl(await result)).toBe('/logga-in?tillbaka=%2Fmitt-konto');
  });
});

describe('requireRole', () => {
  it('shows a role that may not open the page the no-access page, keeping the address', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    const guard = requireRole('municipality_admin');
    const result = TestBed.runInInjectionContext(() => guard({} as never, { url: '/malnivaer' } as never)) as Promise<RedirectCommand>;
    TestBed.inject(HttpTestingController).expectOne('/api/auth/session').flush({ role: 'caseworker' });
    const command = await result;
    expect(command).toBeInstanceOf(RedirectCommand);
    expect(TestBed.inject(Router).serializeUrl(command.redirectTo)).toBe('/ingen-behorighet');
    expect(command.navigationBehaviorOptions).toEqual({ skipLocationChange: true });
  });
});
