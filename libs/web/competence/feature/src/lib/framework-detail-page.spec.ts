import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CompetenceFrameworkDetail, Role } from '@kl/shared/contracts';
import { AuthStore } from '@kl/web/auth/data-access';
import { FrameworkDetailPage } from './framework-detail-page';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const draft: CompetenceFrameworkDetail = {
  id: 'f2',
  code: 'BOU-2016',
  version: 2,
  name: 'Barn och unga',
  serviceAreaCode: 'barn-och-unga',
  status: 'draft',
  municipalityId: null,
  basedOnId: 'f1',
  publishedAt: null,
  rowVersion: 4,
  source: 'Socialstyrelsen',
  levels: [
    { level: 'insufficient', name: 'Saknar tillräcklig', definition: 'Behöver stöd.' },
    { level: 'basic', name: 'Grundläggande', definition: 'Kan med stöd.' },
  ],
  areas: [{ id: 'a1', code: 'JU', name: 'Juridik', position: 1, topics: [{ id: 't1', code: 'JU02', name: 'Familjerätt', position: 1, note: null }] }],
  crosswalk: [{ topicCode: 'JU02', previousTopicCode: 'JU02', kind: 'same' }],
};

describe('FrameworkDetailPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'ramverk/:id', component: FrameworkDetailPage }])],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function open(role: Role, framework = draft) {
    const load = TestBed.inject(AuthStore).load();
    http.expectOne('/api/auth/session').flush({ userId: 'me', displayName: 'Nina', email: 'n@x.se', role, unitIds: [] });
    await load;
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/ramverk/${framework.id}`);
    const page = harness.routeNativeElement as HTMLElement;
    const render = async () => {
      await settle();
      harness.detectChanges();
      await harness.fixture.whenStable();
    };
    http.expectOne(`/api/frameworks/${framework.id}`).flush(framework);
    await render();
    if (role === 'national_analyst' && framework.status === 'draft') {
      const previous = { ...draft, id: 'f1', areas: [{ ...draft.areas[0], topics: [...draft.areas[0].topics, { id: 't9', code: 'JU09', name: 'Gammal', position: 2 }] }] };
      http.expectOne('/api/frameworks/f1').flush(previous);
      await render();
    }
    const button = (name: string) =>
      Array.from(page.querySelectorAll('button')).find((b) => b.textContent?.replace(/\s+/g, ' ').trim() === name) as HTMLButtonElement;
    return { page, render, button };
  }

  it('shows areas with their topics, the level definitions and the crosswalk', async () => {
    const { page } = await open('caseworker');
    expect(page.querySelector('h1')?.textContent).toBe('Barn och unga, version 2');
    expect(page.querySelector('#areas-heading + h3')?.textContent).toBe('JUJuridik');
    expect(page.querySelector('.topic-list li')?.textContent?.trim()).toBe('JU02Familjerätt');
    expect(page.querySelector('#levels-heading + dl dt')?.textContent).toBe('Saknar tillräcklig (S)');
    expect(page.querySelector('#crosswalk-heading ~ table tbody td:last-child')?.textContent).toBe('Oförändrad');
    expect(page.querySelector('#draft-heading')).toBeNull();
  });

  it('asks before publishing, then sends the row version', async () => {
    const { page, render, button } = await open('national_analyst');
    button('Publicera versionen').click();
    await render();
    expect(page.querySelector('#publish-question')?.textContent).toContain('Efter publiceringen kan versionen inte ändras');
    http.expectNone({ method: 'POST', url: '/api/frameworks/f2/publish' });
    button('Ja, publicera').click();
    await render();
    const request = http.expectOne({ method: 'POST', url: '/api/frameworks/f2/publish' });
    expect(request.request.body).toEqual({ rowVersion: 4 });
    request.flush({ ...draft, status: 'published', publishedAt: '2026-11-23T10:00:00Z', rowVersion: 5 });
    await render();
    await render();
    expect(page.querySelector('[role=status]')?.textContent).toBe('Versionen är publicerad och kan inte längre ändras.');
    expect(page.querySelector('#draft-heading')).toBeNull();
    expect(document.activeElement).toBe(page.querySelector('h1'));
  });

  it('lists what the crosswalk lacks when publishing is refused', async () => {
    const { page, render, button } = await open('national_analyst');
    button('Publicera versionen').click();
    await render();
    button('Ja, publicera').click();
    await render();
    http
      .expectOne({ method: 'POST', url: '/api/frameworks/f2/publish' })
      .flush(
        { statusCode: 409, code: 'CROSSWALK_INCOMPLETE', message: 'x', errors: { 'previousTopics.JU09': 'required' } },
        { status: 409, statusText: 'Conflict' },
      );
    await render();
    await render();
    const alert = page.querySelector('[role=alert]') as HTMLElement;
    expect(alert.textContent).toContain('Kopplingen till förra versionen är inte komplett');
    expect(alert.textContent).toContain('Inriktningen JU09 i förra versionen saknar koppling till den här versionen.');
    expect(document.activeElement).toBe(alert);
  });

  it('checks a new topic before sending it, and adds it', async () => {
    const { page, render, button } = await open('national_analyst');
    const set = (selector: string, value: string, event = 'input') => {
      const input = page.querySelector<HTMLInputElement>(selector) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event(event));
    };
    set('#topic-code', 'ju 7');
    button('Lägg till inriktning').click();
    await render();
    expect(page.querySelector('#topic-code-error')?.textContent).toContain('Koden har fel format.');
    expect(page.querySelector('#topic-name-error')?.textContent).toBe('Fyll i ett namn.');
    expect(page.querySelector('#topic-area')?.getAttribute('aria-invalid')).toBe('true');
    http.expectNone({ method: 'POST', url: '/api/frameworks/f2/topics' });

    set('#topic-area', 'JU', 'change');
    set('#topic-code', 'JU07');
    set('#topic-name', 'Barnrätt');
    button('Lägg till inriktning').click();
    await render();
    const request = http.expectOne({ method: 'POST', url: '/api/frameworks/f2/topics' });
    expect(request.request.body).toEqual({ areaCode: 'JU', code: 'JU07', name: 'Barnrätt', note: null });
    request.flush(draft);
    await render();
    expect(page.querySelector('[role=status]')?.textContent).toBe('Inriktningen Barnrätt har lagts till.');
  });

  it("edits a topic's name and note together, and shows the note", async () => {
    const { page, render, button } = await open('national_analyst');
    button('Ändra Familjerätt').click();
    await render();
    const note = page.querySelector<HTMLInputElement>('#rename-note') as HTMLInputElement;
    expect(page.querySelector('label[for=rename-note]')?.textContent).toBe('Not (frivilligt)');
    note.value = 'Vision 2020: samtal';
    note.dispatchEvent(new Event('input'));
    button('Spara namnet').click();
    const request = http.expectOne({ method: 'PATCH', url: '/api/frameworks/f2/topics/t1' });
    expect(request.request.body).toEqual({ name: 'Familjerätt', note: 'Vision 2020: samtal' });
    request.flush({ ...draft, areas: [{ ...draft.areas[0], topics: [{ ...draft.areas[0].topics[0], note: 'Vision 2020: samtal' }] }] });
    await render();
    expect(page.querySelector('.topic-note')?.textContent).toBe('Vision 2020: samtal');
    expect(page.querySelector('[role=status]')?.textContent).toBe('Familjerätt har sparats.');
  });

  it('links the version\'s export files', async () => {
    const { page } = await open('caseworker');
    const links = Array.from(page.querySelectorAll('a[download]')).map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Exportera JSON', '/api/frameworks/f2/export?format=json'],
      ['Exportera XLSX', '/api/frameworks/f2/export?format=xlsx'],
    ]);
  });

  it.each([
    ["a kommun's own new version maps to its previous one", 'k', true],
    ['an extension has no crosswalk to the national version', null, false],
  ] as const)('%s', async (_label, baseMunicipality, mapped) => {
    const load = TestBed.inject(AuthStore).load();
    http.expectOne('/api/auth/session').flush({ userId: 'me', displayName: 'Anna', email: 'a@x.se', role: 'municipality_admin', unitIds: [] });
    await load;
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/ramverk/f2');
    http.expectOne('/api/frameworks/f2').flush({ ...draft, municipalityId: 'k' });
    await settle();
    http.expectOne('/api/frameworks/f1').flush({ ...draft, id: 'f1', municipalityId: baseMunicipality, status: 'published' });
    await settle();
    harness.detectChanges();
    const page = harness.routeNativeElement as HTMLElement;
    expect(Array.from(page.querySelectorAll('button')).some((b) => b.textContent?.trim() === 'Spara kopplingen')).toBe(mapped);
  });

  it('says a published version cannot be changed', async () => {
    const { page, render, button } = await open('national_analyst');
    Array.from(page.querySelectorAll('button')).find((b) => b.textContent?.includes('Ta bort') && b.textContent.includes('Familjerätt'))?.click();
    await render();
    button('Ja, ta bort').click();
    await render();
    http
      .expectOne({ method: 'DELETE', url: '/api/frameworks/f2/topics/t1' })
      .flush({ statusCode: 409, code: 'FRAMEWORK_PUBLISHED', message: 'x' }, { status: 409, statusText: 'Conflict' });
    await render();
    expect(page.querySelector('[role=alert]')?.textContent).toContain('Ramverket är publicerat och kan inte längre ändras.');
  });

  it('lets national analysts map a removed topic in the crosswalk and saves the whole table', async () => {
    const { page, render, button } = await open('national_analyst');
    button('Lägg till rad').click();
    await render();
    const select = (label: string) => page.querySelector<HTMLSelectElement>(`select[aria-label="${label}"]`) as HTMLSelectElement;
    const previous = select('Rad 2: inriktning i förra versionen');
    expect(Array.from(previous.options).map((o) => o.value)).toEqual(['', 'JU02', 'JU09']);
    previous.value = 'JU09';
    previous.dispatchEvent(new Event('change'));
    expect(select('Rad 2: förändring').value).toBe('removed');
    button('Spara kopplingen').click();
    await render();
    const request = http.expectOne({ method: 'PUT', url: '/api/frameworks/f2/crosswalk' });
    expect(request.request.body).toEqual({
      rowVersion: 4,
      entries: [
        { topicCode: 'JU02', previousTopicCode: 'JU02', kind: 'same' },
        { topicCode: null, previousTopicCode: 'JU09', kind: 'removed' },
      ],
    });
    request.flush({ ...draft, rowVersion: 5 });
    await render();
    expect(page.querySelector('[role=status]')?.textContent).toBe('Kopplingen har sparats.');
  });

  it('changes what a level means in a draft', async () => {
    const { page, render, button } = await open('national_analyst');
    button('Ändra nivån Grundläggande').click();
    await render();
    const definition = page.querySelector<HTMLTextAreaElement>('#level-definition') as HTMLTextAreaElement;
    definition.value = 'Kan självständigt i vanliga ärenden.';
    definition.dispatchEvent(new Event('input'));
    button('Spara nivån').click();
    await render();
    const request = http.expectOne({ method: 'PUT', url: '/api/frameworks/f2/levels/basic' });
    expect(request.request.body).toEqual({ name: 'Grundläggande', definition: 'Kan självständigt i vanliga ärenden.' });
    request.flush(draft);
    await render();
    expect(page.querySelector('#level-definition')).toBeNull();
  });
});
