import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { App } from './app';
import { routes } from './app.routes';

describe('App shell', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [App], providers: [provideRouter(routes), provideHttpClient(), provideHttpClientTesting()] });
  });

  it('has a skip link to the main region, the product name and a labelled navigation', () => {
    const fixture = TestBed.createComponent(App);
    fixture.detectChanges();
    const element: HTMLElement = fixture.nativeElement;
    const skip = element.querySelector<HTMLAnchorElement>('a.skip-link');
    expect(skip?.getAttribute('href')).toBe('#main');
    expect(element.querySelector('main#main')).not.toBeNull();
    expect(element.querySelector('.brand')?.textContent).toContain('Kompetensläget');
    expect(element.querySelector('nav')?.getAttribute('aria-label')).toBe('Huvudmeny');
  });

  it('shows the Swedish start page at / and the Swedish 404 page elsewhere', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/');
    TestBed.inject(HttpTestingController).expectOne('/api/auth/session').flush(null);
    await new Promise((resolve) => setTimeout(resolve));
    harness.detectChanges();
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toContain('Kompetensläget i socialtjänsten');
    await harness.navigateByUrl('/finns/inte');
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toContain('Sidan finns inte');
  });

  it('warns HR on the start page of dispensations that run out within 90 days', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/');
    const http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/auth/session').flush({
      userId: 'me', displayName: 'Hedda', email: 'h@k.se', role: 'municipality_admin', unitIds: [], staffMemberId: null,
    });
    await new Promise((resolve) => setTimeout(resolve));
    const alert = { staffMemberId: 's1', dispensationAlert: true };
    http.expectOne('/api/qualification').flush({ today: '2026-12-04', rows: [alert, { ...alert, staffMemberId: 's2', dispensationAlert: false }] });
    await new Promise((resolve) => setTimeout(resolve));
    harness.detectChanges();
    const notice = harness.routeNativeElement?.querySelector('.notice');
    expect(notice?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'En dispens för handläggning inom barn och unga går ut inom 90 dagar. Se behörighet',
    );
    expect(notice?.querySelector('a')?.getAttribute('href')).toBe('/behorighet');
  });
});
