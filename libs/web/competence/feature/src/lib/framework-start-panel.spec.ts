import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { FrameworkDocument, FrameworkImportPreview } from '@kl/shared/contracts';
import { AuthStore } from '@kl/web/auth/data-access';
import { FrameworkStartPanel } from './framework-start-panel';

@Component({ template: 'Utkastet', changeDetection: ChangeDetectionStrategy.OnPush })
class DraftPage {}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const DOCUMENT: FrameworkDocument = {
  code: 'EB-EXEMPEL',
  name: 'Exempel – ekonomiskt bistånd',
  serviceAreaCode: 'ekonomiskt-bistand',
  source: 'SKL 2015',
  levels: [],
  areas: [{ code: 'HA', name: 'Handläggning', topics: [{ code: 'HA01', name: 'Grundutredning', note: 'SKL 2015' }] }],
};

describe('FrameworkStartPanel', () => {
  let http: HttpTestingController;

  async function open() {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'ramverk', component: FrameworkStartPanel },
          { path: 'ramverk/:id', component: DraftPage },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const load = TestBed.inject(AuthStore).load();
    http.expectOne('/api/auth/session').flush({ userId: 'me', displayName: 'Anna', email: 'a@x.se', role: 'municipality_admin', unitIds: [] });
    await load;
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/ramverk');
    const render = async () => {
      await settle();
      harness.detectChanges();
      await harness.fixture.whenStable();
    };
    const page = () => harness.routeNativeElement as HTMLElement;
    const button = (name: string) =>
      Array.from(page().querySelectorAll('button')).find((b) => b.textContent?.replace(/\s+/g, ' ').trim() === name) as HTMLButtonElement;
    const type = (id: string, value: string) => {
      const input = page().querySelector(`#${id}`) as HTMLInputElement | HTMLSelectElement;
      input.value = value;
      input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
    };
    await render();
    return { harness, page, render, button, type };
  }

  afterEach(() => http.verify());

  it("makes a kommun's own framework from scratch, listing the form's errors first", async () => {
    const { harness, page, render, button, type } = await open();
    expect(page().textContent).toContain('blir kommunens egen');
    button('Ny kompetensmodell').click();
    await render();
    expect(button('Ny kompetensmodell').getAttribute('aria-expanded')).toBe('true');
    button('Skapa utkast').click();
    await render();
    const links = Array.from(page().querySelectorAll('.error-summary a')).map((a) => [a.getAttribute('href'), a.textContent]);
    expect(links).toEqual([
      ['#new-code', 'Fyll i en kod.'],
      ['#new-name', 'Fyll i ett namn.'],
      ['#new-service-area', 'Välj verksamhetsområde.'],
    ]);
    expect(page().querySelector('#new-code')?.getAttribute('aria-invalid')).toBe('true');

    type('new-code', 'EB-2026');
    type('new-name', 'Ekonomiskt bistånd i Åre');
    type('new-service-area', 'ekonomiskt-bistand');
    button('Skapa utkast').click();
    const request = http.expectOne('/api/frameworks');
    expect(request.request.body).toMatchObject({ code: 'EB-2026', name: 'Ekonomiskt bistånd i Åre', serviceAreaCode: 'ekonomiskt-bistand', source: null, areas: [] });
    request.flush({ code: 'FRAMEWORK_CODE_TAKEN', statusCode: 409, message: '', errors: { code: 'not_unique' } }, { status: 409, statusText: 'Conflict' });
    await render();
    expect(page().querySelector('.error-summary a')?.textContent).toBe('Koden används redan av en annan kompetensmodell. Välj en annan kod.');

    type('new-code', 'EB-2027');
    button('Skapa utkast').click();
    http.expectOne('/api/frameworks').flush({ id: 'f9' });
    await render();
    expect(harness.routeNativeElement?.textContent).toBe('Utkastet');
  });

  it('copies an example under a suggested code and name', async () => {
    const { page, render, button } = await open();
    button('Utgå från exempel').click();
    http.expectOne('/api/frameworks/examples').flush([{ key: 'ekonomiskt-bistand', description: 'Ett exempel.', document: DOCUMENT }]);
    await render();
    expect(page().querySelector('.choice')?.textContent).toContain('1 område, 1 inriktning');
    const radio = page().querySelector('input[type="radio"]') as HTMLInputElement;
    radio.click();
    await render();
    button('Kopiera till ett utkast').click();
    const request = http.expectOne('/api/frameworks/examples/ekonomiskt-bistand/copy');
    expect(request.request.body).toEqual({ code: `EB-${new Date().getFullYear()}`, name: 'Ekonomiskt bistånd' });
    request.flush({ id: 'f10' });
    await render();
  });

  it('previews a file: its problems, or the framework to confirm', async () => {
    const { page, render, button, type } = await open();
    button('Importera').click();
    await render();
    button('Förhandsgranska').click();
    await render();
    expect(page().querySelector('.error-summary a')?.getAttribute('href')).toBe('#import-file');

    const input = page().querySelector('#import-file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['{}'], 'modell.json')] });
    input.dispatchEvent(new Event('change'));
    button('Förhandsgranska').click();
    const bad: FrameworkImportPreview = { format: 'xlsx', framework: null, problems: [{ row: 4, column: 'kod', code: 'invalid_choice', message: 'Värdet är inte ett av de tillåtna.' }] };
    http.expectOne('/api/frameworks/import/file').flush(bad);
    await render();
    expect(Array.from(page().querySelectorAll('tbody td')).map((c) => c.textContent)).toEqual(['4', 'kod', 'Värdet är inte ett av de tillåtna.']);
    expect(button('Skapa utkast från filen')).toBeUndefined();

    button('Förhandsgranska').click();
    http.expectOne('/api/frameworks/import/file').flush({ format: 'json', framework: DOCUMENT, problems: [] });
    await render();
    expect(page().querySelector('#preview-heading')?.textContent).toBe('Filen går att läsa in');
    expect((page().querySelector('#import-code') as HTMLInputElement).value).toBe('EB-EXEMPEL');
    button('Skapa utkast från filen').click();
    const taken = http.expectOne('/api/frameworks');
    expect(taken.request.body).toEqual(DOCUMENT);
    taken.flush({ code: 'FRAMEWORK_CODE_TAKEN', statusCode: 409, message: '', errors: { code: 'not_unique' } }, { status: 409, statusText: 'Conflict' });
    await render();
    expect(page().querySelector('.error-summary a')?.getAttribute('href')).toBe('#import-code');
    type('import-code', 'EB-FRAN-ARE');
    button('Skapa utkast från filen').click();
    const confirm = http.expectOne('/api/frameworks');
    expect(confirm.request.body).toEqual({ ...DOCUMENT, code: 'EB-FRAN-ARE' });
    confirm.flush({ id: 'f11' });
    await render();
  });
});
