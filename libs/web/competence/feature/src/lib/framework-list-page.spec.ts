import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CompetenceFrameworkSummary } from '@kl/shared/contracts';
import { FrameworkListPage } from './framework-list-page';

const framework: CompetenceFrameworkSummary = {
  id: 'f1',
  code: 'BOU-2016',
  version: 1,
  name: 'Barn och unga',
  serviceAreaCode: 'barn-och-unga',
  status: 'published',
  municipalityId: null,
  basedOnId: null,
  publishedAt: '2016-03-01T10:00:00Z',
  rowVersion: 1,
};

describe('FrameworkListPage', () => {
  it('lists the versions newest first with Swedish status and sv-SE dates', async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'ramverk', component: FrameworkListPage }])],
    });
    const http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/ramverk');
    http.expectOne('/api/frameworks').flush([framework, { ...framework, id: 'f2', version: 2, status: 'draft', publishedAt: null }]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    harness.detectChanges();
    const page = harness.routeNativeElement as HTMLElement;
    const rows = Array.from(page.querySelectorAll('tbody tr')).map((row) => Array.from(row.querySelectorAll('td')).map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Barn och unga, version 2', 'BOU-2016', 'Barn och unga', 'Utkast', '–'],
      ['Barn och unga, version 1', 'BOU-2016', 'Barn och unga', 'Publicerad', '2016-03-01'],
    ]);
    expect(page.querySelector('tbody a')?.getAttribute('href')).toBe('/ramverk/f2');
    http.verify();
  });
});
