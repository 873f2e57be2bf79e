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
});
