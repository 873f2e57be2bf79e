import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ErasureCandidates } from '@kl/shared/contracts';
import { RetentionPage } from './retention-page';

const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const candidates = (changes: Partial<ErasureCandidates> = {}): ErasureCandidates => ({
  erasureAfterMonths: 24,
  leftBefore: '2024-12-03',
  people: [{ id: 'p1', employeeNumber: 'E-7', firstName: 'Åsa', lastName: 'Öberg', employmentEnd: '2020-06-30' }],
  purgeAfterYears: 5,
  rounds: [{ id: 'r1', name: 'Höst 2019', referenceDate: '2019-10-01', closedAt: '2019-11-30T12:00:00.000Z', linkedPeople: 12, assessments: 300 }],
  ...changes,
});

describe('RetentionPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'gallring', component: RetentionPage }])],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function open(first: ErasureCandidates) {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/gallring');
    const page = harness.routeNativeElement as HTMLElement;
    const render = async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      harness.detectChanges();
      await harness.fixture.whenStable();
    };
    http.expectOne('/api/privacy/retention').flush(first);
    await render();
    return { page, render };
  }

  const button = (root: ParentNode, name: string) => Array.from(root.querySelectorAll('button')).find((b) => text(b) === name) as HTMLButtonElement;

  it('says plainly when there is nothing to erase or purge', async () => {
    const { page } = await open(candidates({ people: [], rounds: [] }));
    expect(Array.from(page.querySelectorAll('section p')).map(text)).toEqual([
      'Ingen har slutat före 2024-12-03, så inga personuppgifter behöver raderas nu.',
      'Ingen stängd omgång är så gammal att den ska gallras, eller så är de redan gallrade.',
    ]);
  });

  it('erases a listed person only once the number or name is typed, then shows the result and reads the list again', async () => {
    const { page, render } = await open(candidates());
    expect(text(page.querySelector('#people-heading'))).toBe('Personer som slutat för mer än 24 månader sedan');
    const row = page.querySelectorAll('tbody tr')[0];
    expect(Array.from(row.children).slice(0, 3).map(text)).toEqual(['Åsa Öberg', 'E-7', '2020-06-30']);
    expect(text(row.querySelector('td button'))).toBe('Radera personuppgifterna för Åsa Öberg');
    button(page, 'Radera personuppgifterna för Åsa Öberg').click();
    await render();
    const dialog = page.querySelector('.erase-dialog') as HTMLDialogElement;
    expect(text(dialog)).toContain('Inlämningar till den nationella nivån');
    expect(text(dialog)).toContain('Stängda omgångars siffror');
    const input = dialog.querySelector('input') as HTMLInputElement;
    input.value = 'Åsa';
    input.dispatchEvent(new Event('input'));
    button(dialog, 'Radera för gott').click();
    await render();
    expect(text(dialog.querySelector('[role=alert]'))).toBe('Skriv anställningsnumret E-7 eller hela namnet Åsa Öberg för att bekräfta.');
    http.expectNone('/api/privacy/staff/p1/erase');

    input.value = 'e-7';
    input.dispatchEvent(new Event('input'));
    button(dialog, 'Radera för gott').click();
    await render();
    expect(text(dialog.querySelector('.status'))).toBe('Raderar …');
    http.expectOne({ method: 'POST', url: '/api/privacy/staff/p1/erase' }).flush(null, { status: 204, statusText: 'No Content' });
    await render();
    expect(text(dialog.querySelector('h2'))).toBe('Uppgifterna är raderade');
    button(dialog, 'Stäng').click();
    await render();
    expect(text(page.querySelector('h1 ~ .status'))).toBe('Personuppgifterna för Åsa Öberg är raderade.');
    http.expectOne('/api/privacy/retention').flush(candidates({ people: [] }));
    await render();
    expect(page.querySelectorAll('#people-heading ~ table')).toHaveLength(0);
  });

  it('shows why an erasure was refused and erases nothing', async () => {
    const { page, render } = await open(candidates());
    button(page, 'Radera personuppgifterna för Åsa Öberg').click();
    const dialog = page.querySelector('.erase-dialog') as HTMLDialogElement;
    const input = dialog.querySelector('input') as HTMLInputElement;
    input.value = 'Öberg, Åsa';
    input.dispatchEvent(new Event('input'));
    button(dialog, 'Radera för gott').click();
    await render();
    http.expectOne('/api/privacy/staff/p1/erase').flush({ code: 'PERSON_STILL_EMPLOYED', message: 'x' }, { status: 409, statusText: 'Conflict' });
    await render();
    expect(text(dialog.querySelector('[role=alert]'))).toContain('fortfarande anställd');
    expect(button(dialog, 'Radera för gott')).toBeDefined();
  });

  it('purges a round after its confirmation, and lists it no more', async () => {
    const { page, render } = await open(candidates());
    const cells = page.querySelectorAll('tbody')[1].querySelectorAll('td');
    expect(Array.from(cells).slice(0, 3).map(text)).toEqual(['2019-11-30', '12', '300']);
    expect(text(cells[3].querySelector('button'))).toBe('Gallra Höst 2019');
    button(page, 'Gallra Höst 2019').click();
    await render();
    const dialog = page.querySelector('.purge-dialog') as HTMLDialogElement;
    expect(text(dialog)).toContain('300 bedömningsrader');
    button(dialog, 'Gallra omgången').click();
    await render();
    expect(text(dialog.querySelector('.status'))).toBe('Gallrar …');
    http.expectOne({ method: 'POST', url: '/api/privacy/rounds/r1/purge' }).flush(null, { status: 204, statusText: 'No Content' });
    await render();
    expect(text(dialog.querySelector('[role=status]'))).toBe('Höst 2019 har inga uppgifter om enskilda personer kvar. Omgångens siffror är oförändrade.');
    button(dialog, 'Stäng').click();
    await render();
    http.expectOne('/api/privacy/retention').flush(candidates({ rounds: [] }));
    await render();
    expect(text(page.querySelector('h1 ~ .status'))).toBe('Höst 2019 är gallrad. Omgångens siffror är kvar.');
    expect(page.querySelectorAll('tbody')).toHaveLength(1);
  });
});
