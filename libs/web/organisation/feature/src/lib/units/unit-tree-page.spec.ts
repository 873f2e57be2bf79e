import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { OrgUnitTreeNode } from '@kl/shared/contracts';
import { UnitTreePage } from './unit-tree-page';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function node(id: string, name: string, children: OrgUnitTreeNode[] = [], activeStaffCount = 0): OrgUnitTreeNode {
  return { id, parentId: null, kind: 'unit', name, serviceAreaCode: 'barn-och-unga', closedAt: null, activeStaffCount, version: 1, children };
}

const tree = [
  { ...node('a', 'Socialförvaltningen', [node('b', 'Mottagningen', [], 3)]), kind: 'administration' as const },
];

describe('UnitTreePage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'enheter', component: UnitTreePage }])],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function open() {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/enheter');
    const page = harness.routeNativeElement as HTMLElement;
    const render = async () => {
      await settle();
      harness.detectChanges();
      await harness.fixture.whenStable();
    };
    http.expectOne('/api/units?view=tree').flush(tree);
    await render();
    const button = (name: string) =>
      Array.from(page.querySelectorAll('button')).find((b) => b.textContent?.replace(/\s+/g, ' ').trim() === name) as HTMLButtonElement;
    return { page, render, button };
  }

  it('shows the tree as nested lists with kind, service area and staff count', async () => {
    const { page } = await open();
    const nested = page.querySelector('.unit-tree .unit-tree') as HTMLElement;
    expect(nested.querySelector('.unit-name')?.textContent).toBe('Mottagningen');
    expect(nested.querySelector('.unit-facts')?.textContent).toBe('Enhet · Barn och unga · 3 anställda');
    expect(page.querySelector('.unit-actions')?.getAttribute('aria-label')).toBe('Åtgärder för Socialförvaltningen');
  });

  it('creates a unit under the chosen parent, announces it and focuses the heading', async () => {
    const { page, render, button } = await open();
    const name = page.querySelector<HTMLInputElement>('#create-name') as HTMLInputElement;
    name.value = 'Utredning';
    name.dispatchEvent(new Event('input'));
    const parent = page.querySelector<HTMLSelectElement>('#create-parent') as HTMLSelectElement;
    parent.value = 'a';
    parent.dispatchEvent(new Event('change'));
    button('Skapa enhet').click();
    await render();
    const request = http.expectOne({ method: 'POST', url: '/api/units' });
    expect(request.request.body).toEqual({ name: 'Utredning', kind: 'unit', serviceAreaCode: 'barn-och-unga', parentId: 'a' });
    request.flush({ ...node('c', 'Utredning'), parentId: 'a' });
    await render();
    http.expectOne('/api/units?view=tree').flush(tree);
    await render();
    await render();
    expect(page.querySelector('[role=status]')?.textContent).toBe('Enheten Utredning har skapats.');
    expect(document.activeElement).toBe(page.querySelector('h1'));
  });

  it('says what is missing when the name is empty, on the field', async () => {
    const { page, render, button } = await open();
    button('Skapa enhet').click();
    await render();
    expect(page.querySelector('#create-name')?.getAttribute('aria-invalid')).toBe('true');
    expect(page.querySelector('#create-name-error')?.textContent).toBe('Fyll i enhetens namn.');
    http.expectNone({ method: 'POST', url: '/api/units' });
  });

  it('explains in Swedish why a unit with active staff cannot be deleted', async () => {
    const { page, render, button } = await open();
    button('Ta bort Mottagningen').click();
    await render();
    expect(document.activeElement?.textContent).toBe('Ta bort Mottagningen');
    button('Ta bort enheten').click();
    await render();
    http
      .expectOne({ method: 'DELETE', url: '/api/units/b' })
      .flush({ statusCode: 409, code: 'UNIT_HAS_ACTIVE_STAFF', message: 'x' }, { status: 409, statusText: 'Conflict' });
    await render();
    await render();
    const alert = page.querySelector('[role=alert]') as HTMLElement;
    expect(alert.textContent).toContain('Enheten har anställda medarbetare.');
    expect(document.activeElement).toBe(alert);
  });

  it('offers neither the unit itself nor its subunits as new parent', async () => {
    const { page, render, button } = await open();
    button('Flytta Socialförvaltningen').click();
    await render();
    const options = Array.from(page.querySelectorAll<HTMLOptionElement>('#move-parent option')).map((o) => o.textContent);
    expect(options).toEqual(['Högsta nivån (ingen överordnad enhet)']);
  });

  it('on a stale version shows their name beside mine and overwrites with the current version', async () => {
    const { page, render, button } = await open();
    button('Ändra Mottagningen').click();
    await render();
    const name = page.querySelector<HTMLInputElement>('#edit-name') as HTMLInputElement;
    name.value = 'Mottagningsenheten';
    name.dispatchEvent(new Event('input'));
    button('Spara ändringar').click();
    await render();
    const first = http.expectOne({ method: 'PATCH', url: '/api/units/b' });
    expect(first.request.body).toEqual({ name: 'Mottagningsenheten', kind: 'unit', serviceAreaCode: 'barn-och-unga', version: 1 });
    first.flush(
      { statusCode: 409, code: 'STALE_VERSION', message: 'x', current: { ...node('b', 'Mottagning och utredning'), version: 2 } },
      { status: 409, statusText: 'Conflict' },
    );
    await render();
    await render();
    const cells = Array.from(page.querySelectorAll('kl-conflict-panel tbody tr th, kl-conflict-panel tbody tr td')).map((c) => c.textContent);
    expect(cells).toEqual(['Namn', 'Mottagning och utredning', 'Mottagningsenheten']);
    button('Skriv över med mina ändringar').click();
    await render();
    const second = http.expectOne({ method: 'PATCH', url: '/api/units/b' });
    expect(second.request.body).toMatchObject({ name: 'Mottagningsenheten', version: 2 });
    second.flush({ ...node('b', 'Mottagningsenheten'), version: 3 });
    await render();
    http.expectOne('/api/units?view=tree').flush(tree);
    await render();
    await render();
    expect(page.querySelector('[role=status]')?.textContent).toBe('Enheten Mottagningsenheten har sparats.');
  });
});
