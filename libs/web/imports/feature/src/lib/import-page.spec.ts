import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ImportJob } from '@kl/shared/contracts';
import { ImportPage } from './import-page';

const job = (changes: Partial<ImportJob>): ImportJob => ({
  id: 'j1',
  kind: 'staff',
  roundId: null,
  fileName: 'personal.csv',
  state: 'previewed',
  counts: { add: 2, change: 0, unchanged: 1 },
  rows: [{ row: 2, key: '1001', action: 'add', changedColumns: [] }],
  problems: [],
  problemCount: 0,
  invitations: 0,
  createdAt: '2026-12-03T10:00:00.000Z',
  finishedAt: null,
  ...changes,
});

const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('ImportPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'import', component: ImportPage }])],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function open(url = '/import') {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    const page = harness.routeNativeElement as HTMLElement;
    const render = async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      harness.detectChanges();
      await harness.fixture.whenStable();
    };
    http.expectOne('/api/rounds').flush([]);
    http.expectOne('/api/imports').flush([]);
    return { page, render };
  }

  it('uploads the chosen file, shows every problem with row and column, and offers no confirmation', async () => {
    const { page, render } = await open();
    const input = page.querySelector<HTMLInputElement>('#import-file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['x'], 'personal.csv')] });
    input.dispatchEvent(new Event('change'));
    await render();
    (page.querySelector('button.primary') as HTMLButtonElement).click();
    await render();
    const upload = http.expectOne((request) => request.url === '/api/imports/staff/file');
    expect(upload.request.params.get('fileName')).toBe('personal.csv');
    expect(upload.request.headers.get('Content-Type')).toBe('application/octet-stream');
    upload.flush(job({ state: 'invalid', problemCount: 1, problems: [{ row: 3, column: 'kon', code: 'invalid_choice', message: 'Värdet är inte ett av de tillåtna.' }], rows: [] }));
    await render();
    expect(Array.from(page.querySelectorAll('.problems tbody td')).map(text)).toEqual(['Rad 3, kolumn kon', 'Värdet är inte ett av de tillåtna.']);
    expect(text(page.querySelector('.preview [role=alert]'))).toContain('Filen har 1 fel');
    expect(Array.from(page.querySelectorAll('button')).map((b) => text(b))).not.toContain('Bekräfta och skriv');
  });

  it('asks for invitations when the box is ticked, and says how many go out', async () => {
    const { page, render } = await open();
    const box = page.querySelector<HTMLInputElement>('#import-invite') as HTMLInputElement;
    expect(box.checked).toBe(false);
    box.click();
    const input = page.querySelector<HTMLInputElement>('#import-file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['x'], 'personal.csv')] });
    input.dispatchEvent(new Event('change'));
    await render();
    (page.querySelector('button.primary') as HTMLButtonElement).click();
    await render();
    const upload = http.expectOne((request) => request.url === '/api/imports/staff/file');
    expect(upload.request.params.get('inviteAccounts')).toBe('true');
    upload.flush(job({ invitations: 2 }));
    await render();
    expect(Array.from(page.querySelectorAll('.preview p')).map(text)).toContain('2 inbjudningar skickas när du bekräftar.');
  });

  it('confirms a previewed job and says when it is done', async () => {
    const { page, render } = await open('/import?jobb=j1');
    http.expectOne('/api/imports/j1').flush(job({}));
    await render();
    expect(text(page.querySelector('.preview p'))).toBe('2 läggs till, 0 ändras, 1 oförändrade.');
    const confirm = Array.from(page.querySelectorAll('button')).find((b) => text(b) === 'Bekräfta och skriv') as HTMLButtonElement;
    confirm.click();
    await render();
    expect(text(page.querySelector('.progress label'))).toBe('Skriver till databasen');
    http.expectOne('/api/imports/j1/confirm').flush(job({ state: 'done', finishedAt: '2026-12-03T10:00:02.000Z' }));
    await render();
    http.expectOne('/api/imports').flush([]);
    await render();
    expect(text(page.querySelector('.done'))).toBe('Importen är klar.');
    expect((page.querySelector('progress') as HTMLProgressElement).value).toBe(100);
  });

  it('after a reload during the write, asks again until the job has ended', async () => {
    const { page, render } = await open('/import?jobb=j1');
    http.expectOne('/api/imports/j1').flush(job({ state: 'writing' }));
    await render();
    expect(text(page.querySelector('.progress label'))).toBe('Skriver till databasen');
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    http.expectOne('/api/imports/j1').flush(job({ state: 'done' }));
    await render();
    http.expectOne('/api/imports').flush([]);
    await render();
    expect(text(page.querySelector('.done'))).toBe('Importen är klar.');
  });
});
