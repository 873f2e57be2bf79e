import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { NationalPublication, NationalRound, PublicationPreview, SubmissionStatus } from '@kl/shared/contracts';
import { PublicationPage } from './publication-page';

const round = {
  id: 'n1', code: '2016', frameworkId: 'f1', frameworkCode: 'BOU-2016', frameworkVersion: 1, classificationCode: 'SKR-2023',
  referenceDate: '2016-11-01', opensOn: '2016-11-01', closesOn: '2016-12-15', status: 'closed', submitted: 2, createdAt: '2016-10-01T00:00:00.000Z',
} satisfies NationalRound;
const status = {
  round: '2016',
  kommuner: [],
  byCounty: [{ code: '01', name: 'Stockholms län', submitted: 1, kommuner: 2, rate: '0.5' }],
  byGroup: [],
  total: { code: 'all', name: 'Hela landet', submitted: 1, kommuner: 2, rate: '0.5' },
} satisfies SubmissionStatus;
const policy = { version: '2026.1', minKommuner: 3, minPersons: 5 };
const counts = [{ table: 'topics' as const, primary: 2, complementary: 1, derived: 2 }];
const preview = {
  round: '2016',
  policy,
  counts,
  suppressed: [
    { filter: 'all', table: 'topics', row: 'SA02', key: 'fte.F', reason: 'primary' },
    { filter: 'lan=01', table: 'topics', row: 'SA02', key: 'fte.S', reason: 'primary' },
    { filter: 'lan=01', table: 'topics', row: 'SA01', key: 'fte.S', reason: 'complementary' },
  ],
  tables: { all: {}, 'lan=01': {} },
} as unknown as PublicationPreview;
const publication = (sequence: number, note: string | null): NationalPublication => ({
  id: `p${sequence}`, round: '2016', sequence, policy, publishedAt: '2026-12-04T10:15:00.000Z', publishedBy: 'u1', note, counts,
});

const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('PublicationPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'nationellt/:code/publicering', component: PublicationPage }], withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  const open = async (publications: NationalPublication[]) => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/nationellt/2016/publicering');
    const page = harness.routeNativeElement as HTMLElement;
    const render = async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      harness.detectChanges();
      await harness.fixture.whenStable();
    };
    http.expectOne('/api/national/rounds/2016').flush(round);
    http.expectOne('/api/national/rounds/2016/status').flush(status);
    http.expectOne('/api/national/rounds/2016/publications').flush(publications);
    await render();
    const button = (name: string) => Array.from(page.querySelectorAll('button')).find((b) => text(b) === name) as HTMLButtonElement;
    button('Förhandsgranska röjandekontrollen').click();
    await render();
    http.expectOne('/api/national/rounds/2016/publication-preview').flush(preview);
    await render();
    return { page, render, button };
  };

  it('previews what is left out and why, per filter and table, then publishes and links to the public page', async () => {
    const { page, render, button } = await open([]);
    expect(text(page)).toContain('Omgången är inte publicerad.');
    const countRow = Array.from(page.querySelectorAll('tbody tr')).map((tr) => Array.from(tr.children).map(text));
    expect(countRow).toContainEqual(['Handläggare per inriktning', '2', '1', '2']);
    expect(text(page)).toContain('Visar 1 av 1 dolda värden.');
    const filter = page.querySelector<HTMLSelectElement>('#preview-filter') as HTMLSelectElement;
    expect(Array.from(filter.options).map((o) => o.text.trim())).toEqual(['Hela landet', 'Län: Stockholms län']);
    filter.value = 'lan=01';
    filter.dispatchEvent(new Event('change'));
    await render();
    expect(text(page)).toContain('Visar 2 av 2 dolda värden.');
    expect(text(page)).toContain('Döljs för att skydda ett annat värde');
    expect(text(page.querySelector('label[for="publication-note"]'))).toBe('Kommentar (frivillig)');

    button('Publicera omgången').click();
    await render();
    const request = http.expectOne('/api/national/rounds/2016/publications');
    expect(request.request.body).toEqual({});
    request.flush(publication(1, null));
    await render();
    expect(text(page.querySelector('.panel'))).toContain('Omgång 2016 är publicerad (första publiceringen, 2026-12-04, policy 2026.1)');
    expect(page.querySelector('.panel a')?.getAttribute('href')).toBe('/statistik/2016');
  });

  it('asks a correction what changed and shows the field error the API gives without one', async () => {
    const { page, render, button } = await open([publication(1, null)]);
    expect(text(page.querySelector('label[for="publication-note"]'))).toBe('Vad har ändrats sedan förra publiceringen (krävs)');
    button('Publicera rättelse').click();
    await render();
    http
      .expectOne('/api/national/rounds/2016/publications')
      .flush({ statusCode: 422, code: 'VALIDATION_FAILED', message: 'x', errors: { note: 'required' } }, { status: 422, statusText: 'Unprocessable' });
    await render();
    const note = page.querySelector('#publication-note') as HTMLTextAreaElement;
    expect(note.getAttribute('aria-invalid')).toBe('true');
    expect(text(page.querySelector('#publication-note-error'))).not.toBe('');
    note.value = 'Kommun 0114 lämnade in på nytt.';
    button('Publicera rättelse').click();
    await render();
    const request = http.expectOne('/api/national/rounds/2016/publications');
    expect(request.request.body).toEqual({ note: 'Kommun 0114 lämnade in på nytt.' });
    request.flush(publication(2, 'Kommun 0114 lämnade in på nytt.'));
    await render();
    expect(text(page.querySelector('.panel'))).toContain('rättelse 1');
    expect(Array.from(page.querySelectorAll('tbody th')).map(text).slice(0, 2)).toEqual(['2', '1']);
  });
});
