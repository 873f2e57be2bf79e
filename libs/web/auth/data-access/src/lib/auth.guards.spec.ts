import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, type UrlTree } from '@angular/router';
import { requireSignedIn, safeReturnPath } from './auth.guards';

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
