import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { StaffMember } from '@kl/shared/contracts';
import { StaffListPage } from './staff-list-page';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const anna = {
  id: 's1',
  firstName: 'Anna',
  lastName: 'Berg',
  employeeNumber: 'A-1',
  unitName: 'Mottagningen',
  role: 'caseworker',
  fte: 0.75,
  employmentStart: '2020-01-15',
  employmentEnd: null,
  qualificationStatus: 'qualified',
  experienceBand: '<3',
  active: true,
} as StaffMember;

describe('StaffListPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'medarbetare', component: StaffListPage }])],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function open() {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/medarbetare');
    const page = harness.routeNativeElement as HTMLElement;
    const render = async () => {
      await settle();
      harness.detectChanges();
      await harness.fixture.whenStable();
    };
    http.expectOne('/api/units?view=tree').flush([]);
    http.expectOne('/api/staff?status=active&sort=lastName&order=asc&page=1&pageSize=25').flush({ items: [anna], total: 26, page: 1, pageSize: 25 });
    await render();
    return { page, render };
  }

  it('shows the rows in sv-SE formats with the total count', async () => {
    const { page } = await open();
    const cells = Array.from(page.querySelectorAll('tbody tr:first-child td')).map((cell) => cell.textContent);
    expect(cells).toEqual(['Berg, Anna', 'A-1', 'Mottagningen', 'Handläggare', '75\u00a0%', '2020-01-15', '2–3 år', 'Behörig', 'Anställd']);
    expect(page.querySelector('p[role=status]')?.textContent).toBe('Visar 1–25 av 26 medarbetare');
    expect(page.querySelector('.paging span')?.textContent).toBe('Sida 1 av 2');
  });

  it('sorts by a column, telling assistive technology with aria-sort', async () => {
    const { page, render } = await open();
    const header = () => Array.from(page.querySelectorAll('th')).find((th) => th.textContent?.includes('Sysselsättningsgrad')) as HTMLElement;
    expect(header().getAttribute('aria-sort')).toBe('none');
    header().querySelector('button')?.click();
    await render();
    http.expectOne('/api/staff?status=active&sort=fte&order=asc&page=1&pageSize=25').flush({ items: [anna], total: 1, page: 1, pageSize: 25 });
    await render();
    expect(header().getAttribute('aria-sort')).toBe('ascending');
    expect(page.querySelector('th')?.getAttribute('aria-sort')).toBe('none');
  });

  it('searches with the filters and pages through the result', async () => {
    const { page, render } = await open();
    const search = page.querySelector<HTMLInputElement>('#filter-search') as HTMLInputElement;
    search.value = ' berg ';
    search.dispatchEvent(new Event('input'));
    const role = page.querySelector<HTMLSelectElement>('#filter-role') as HTMLSelectElement;
    role.value = 'team_leader';
    role.dispatchEvent(new Event('change'));
    page.querySelector<HTMLButtonElement>('form button[type=submit]')?.click();
    await render();
    http
      .expectOne('/api/staff?status=active&sort=lastName&order=asc&page=1&pageSize=25&search=berg&role=team_leader')
      .flush({ items: [anna], total: 30, page: 1, pageSize: 25 });
    await render();
    Array.from(page.querySelectorAll('button')).find((b) => b.textContent === 'Nästa sida')?.click();
    await render();
    http
      .expectOne('/api/staff?status=active&sort=lastName&order=asc&page=2&pageSize=25&search=berg&role=team_leader')
      .flush({ items: [anna], total: 30, page: 2, pageSize: 25 });
    await render();
    expect(page.querySelector('p[role=status]')?.textContent).toBe('Visar 26–30 av 30 medarbetare');
  });

  it('starts from the search in the address, so Back returns to the same list', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/medarbetare?search=berg&sort=fte&order=desc&page=2');
    http.expectOne('/api/units?view=tree').flush([]);
    http
      .expectOne('/api/staff?status=active&sort=fte&order=desc&page=2&pageSize=25&search=berg')
      .flush({ items: [anna], total: 30, page: 2, pageSize: 25 });
    await settle();
    harness.detectChanges();
    const page = harness.routeNativeElement as HTMLElement;
    expect(page.querySelector<HTMLInputElement>('#filter-search')?.value).toBe('berg');
  });
});
