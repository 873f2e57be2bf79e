import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CompetenceFrameworkSummary, InventoryRound } from '@kl/shared/contracts';
import { RoundsPage } from './rounds-page';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const framework: CompetenceFrameworkSummary = {
  id: 'f1', code: 'BOU-2016', version: 1, name: 'Kompetensinventering – social barn- och ungdomsvård', serviceAreaCode: 'barn-och-unga',
  status: 'published', municipalityId: null, basedOnId: null, publishedAt: '2026-01-01T00:00:00Z', rowVersion: 1,
};
const round: InventoryRound = {
  id: 'r1', name: 'Höst 2026', nationalRoundId: null, frameworkId: 'f1', frameworkCode: 'BOU-2016', frameworkVersion: 1,
  referenceDate: '2026-10-01', opensOn: '2026-10-01', closesOn: '2026-12-15', unitIds: [], status: 'planned', version: 3,
  createdAt: '2026-09-01T00:00:00Z', updatedAt: '2026-09-01T00:00:00Z',
  serviceAreaCode: 'barn-och-unga', population: { caseworkers: 0, teamLeaders: 0, inReach: 0, frozenAt: null }, acceptsAssessments: true,
};

describe('RoundsPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function render(rounds: InventoryRound[]) {
    const fixture = TestBed.createComponent(RoundsPage);
    const root: HTMLElement = fixture.nativeElement;
    http.expectOne('/api/rounds').flush(rounds);
    http.expectOne('/api/frameworks').flush([framework]);
    await settle();
    await fixture.whenStable();
    return { fixture, root };
  }

  it('plans a round on the published framework, then lists it', async () => {
    const { fixture, root } = await render([]);
    const name = root.querySelector<HTMLInputElement>('#round-name') as HTMLInputElement;
    name.value = 'Vår 2027';
    name.dispatchEvent(new Event('input'));
    root.querySelector<HTMLButtonElement>('form button[type=submit]')?.click();
    const create = http.expectOne({ method: 'POST', url: '/api/rounds' });
    expect(create.request.body).toMatchObject({ name: 'Vår 2027', frameworkId: 'f1', unitIds: [] });
    expect(create.request.body.referenceDate).toMatch(/^\d{4}-\d{2}-01$/);
    create.flush({ ...round, name: 'Vår 2027' });
    await settle();
    http.expectOne('/api/rounds').flush([{ ...round, name: 'Vår 2027' }]);
    http.expectOne('/api/frameworks').flush([framework]);
    await settle();
    await fixture.whenStable();
    expect(root.querySelector('[role=status]')?.textContent).toContain('Omgången Vår 2027 är planerad');
    expect(root.querySelector('tbody th')?.textContent).toBe('Vår 2027');
  });

  it('says at the field when the round would close before it opens, and sends nothing', async () => {
    const { fixture, root } = await render([]);
    const type = (selector: string, value: string) => {
      const input = root.querySelector<HTMLInputElement>(selector) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    type('#round-name', 'Vår 2027');
    type('#round-opens', '2027-03-15');
    type('#round-closes', '2027-03-01');
    root.querySelector<HTMLButtonElement>('form button[type=submit]')?.click();
    await fixture.whenStable();
    http.expectNone({ method: 'POST', url: '/api/rounds' });
    expect(root.querySelector('#round-closes-error')?.textContent).toBe('Omgången kan inte stänga före den dag den öppnar.');
    expect(root.querySelector('#round-closes')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('opens a planned round with the version it read, and asks why before reopening a closed one', async () => {
    const { fixture, root } = await render([round, { ...round, id: 'r0', name: 'Vår 2026', status: 'closed', version: 7, closesOn: '2099-12-31' }]);
    const buttons = root.querySelectorAll<HTMLButtonElement>('tbody button');
    expect(Array.from(buttons).map((b) => b.textContent?.trim())).toEqual(['Öppna Höst 2026', 'Öppna igen Vår 2026']);
    buttons[0].click();
    const open = http.expectOne({ method: 'POST', url: '/api/rounds/r1/open' });
    expect(open.request.body).toEqual({ version: 3 });
    open.flush({ ...round, status: 'open', version: 4 });
    const closed = { ...round, id: 'r0', name: 'Vår 2026', status: 'closed' as const, version: 7, closesOn: '2099-12-31' };
    await settle();
    http.expectOne('/api/rounds').flush([{ ...round, status: 'open', version: 4 }, closed]);
    http.expectOne('/api/frameworks').flush([framework]);
    await settle();
    await fixture.whenStable();
    expect(root.querySelector('[role=status]')?.textContent).toContain('Omgången Höst 2026 är öppnad.');
    // The pressed button is gone (Öppna became Stäng): the focus goes to the confirmation.
    expect(document.activeElement).toBe(root.querySelector('[role=status]'));

    root.querySelectorAll<HTMLButtonElement>('tbody button')[1].click();
    await fixture.whenStable();
    http.expectNone('/api/rounds/r0/reopen');
    const reason = root.querySelector<HTMLInputElement>('#reopen-reason') as HTMLInputElement;
    expect(document.activeElement).toBe(reason);
    reason.value = 'Två enheter saknades';
    reason.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    root.querySelector<HTMLButtonElement>('.panel .button-primary')?.click();
    const reopen = http.expectOne({ method: 'POST', url: '/api/rounds/r0/reopen' });
    expect(reopen.request.body).toEqual({ version: 7, reason: 'Två enheter saknades', closesOn: '2099-12-31' });
    reopen.flush({ ...round, id: 'r0', status: 'open' });
    await settle();
    http.expectOne('/api/rounds').flush([]);
    http.expectOne('/api/frameworks').flush([framework]);
  });
});
