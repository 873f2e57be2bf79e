import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { AssessmentMatrix, InventoryRound, OrgUnitTreeNode, Role } from '@kl/shared/contracts';
import { authInterceptor, AuthStore } from '@kl/web/auth/data-access';
import { MatrixPage } from './matrix-page';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const round: InventoryRound = {
  id: 'r1', name: 'Höst 2026', nationalRoundId: null, frameworkId: 'f', frameworkCode: 'BOU-2016', frameworkVersion: 1,
  referenceDate: '2026-10-01', opensOn: '2026-10-01', closesOn: '2026-12-15', unitIds: [], status: 'open', version: 1,
  createdAt: '2026-09-01T00:00:00Z', updatedAt: '2026-09-01T00:00:00Z',
  serviceAreaCode: 'barn-och-unga', population: { caseworkers: 0, teamLeaders: 0, inReach: 0, frozenAt: null }, acceptsAssessments: true,
};
const matrix: AssessmentMatrix = {
  round: { id: 'r1', name: 'Höst 2026', status: 'open', referenceDate: '2026-10-01', acceptsAssessments: true },
  staffRole: 'caseworker',
  areas: [{ code: 'SA', name: 'Socialt arbete', topics: [{ code: 'SA01', name: 'Barns utveckling' }, { code: 'SA02', name: 'Barns utsatthet' }] }],
  rows: [
    { staffMemberId: 'a', employeeNumber: 'D0001', firstName: 'Anna', lastName: 'Ek', unitId: 'u', unitName: 'Utredning', fte: 1, cells: {} },
    { staffMemberId: 'b', employeeNumber: '0042', firstName: 'Bo', lastName: 'Al', unitId: 'u', unitName: 'Utredning', fte: 1, cells: { SA01: { value: 'basic', version: 1, comment: null, assessedAt: null, assessorId: null } } },
  ],
};

describe('MatrixPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter([{ path: 'matris', component: MatrixPage }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => {
    // The sign-off panel beside the matrix reads the units' progress; its own spec covers it.
    http.match((r) => r.url.endsWith('/progress')).forEach((r) => r.flush({ round: matrix.round, units: [] }));
    http.verify();
  });

  async function open() {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/matris');
    http.expectOne('/api/rounds').flush([round]);
    await wait(0);
    http.expectOne((r) => r.url === '/api/rounds/r1/matrix').flush(matrix);
    await wait(0);
    harness.detectChanges();
    const root = harness.routeNativeElement as HTMLElement;
    const cell = (r: number, c: number) => root.querySelector<HTMLElement>(`td[data-r="${r}"][data-c="${c}"]`) as HTMLElement;
    const press = async (key: string, options: KeyboardEventInit = {}) => {
      (document.activeElement as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...options }));
      await wait(0);
      harness.detectChanges();
    };
    return { harness, root, cell, press };
  }

  it('sets levels with the keyboard, moves on, and saves them together with the versions it read', async () => {
    const { cell, press } = await open();
    cell(0, 0).focus();
    await press('g');
    await press('3');
    expect(cell(0, 0).textContent?.trim()).toBe('G');
    expect(cell(0, 1).textContent?.trim()).toBe('S');
    expect(document.activeElement).toBe(cell(1, 0));
    expect(cell(0, 0).getAttribute('aria-label')).toBe('Grundläggande, inte sparad än');
    await press('Delete');
    expect(cell(1, 0).textContent?.trim()).toBe('');
    await wait(600);
    const save = http.expectOne({ method: 'PUT', url: '/api/rounds/r1/assessments' });
    expect(save.request.body.cells).toHaveLength(3);
    expect(save.request.body.cells).toEqual(
      expect.arrayContaining([
        { staffMemberId: 'a', topicCode: 'SA01', value: 'basic', comment: null, expectedVersion: 0 },
        { staffMemberId: 'a', topicCode: 'SA02', value: 'insufficient', comment: null, expectedVersion: 0 },
        { staffMemberId: 'b', topicCode: 'SA01', value: null, comment: null, expectedVersion: 1 },
      ]),
    );
    save.flush({ saved: [], conflicts: [] });
  });

  it('sends the saves a session expiry refused again, once the user has signed in again in the dialog', async () => {
    const { cell, press, root, harness } = await open();
    const auth = TestBed.inject(AuthStore);
    const signIn = auth.load();
    http.expectOne('/api/auth/session').flush({ email: 'anna@kommun.se', role: 'team_leader', csrfToken: 'old' });
    await signIn;
    cell(0, 0).focus();
    await press('f');
    await wait(600);
    http.expectOne({ method: 'PUT', url: '/api/rounds/r1/assessments' }).flush({ statusCode: 401, code: 'UNAUTHENTICATED', message: 'x' }, { status: 401, statusText: 'Unauthorized' });
    await wait(0);
    harness.detectChanges();
    expect(auth.sessionExpired()).toBe(true);
    expect(root.querySelector('.status')?.textContent).toContain('1 ändring kunde inte sparas');

    const again = auth.login({ email: 'anna@kommun.se', password: 'lösenord' });
    http.expectOne('/api/auth/login').flush({ email: 'anna@kommun.se', role: 'team_leader', csrfToken: 'new' });
    await again;
    TestBed.tick();
    await wait(0);
    const resent = http.expectOne({ method: 'PUT', url: '/api/rounds/r1/assessments' });
    expect(resent.request.body.cells).toEqual([{ staffMemberId: 'a', topicCode: 'SA01', value: 'advanced', comment: null, expectedVersion: 0 }]);
    expect(resent.request.headers.get('X-CSRF-Token')).toBe('new');
    resent.flush({ saved: [{ staffMemberId: 'a', topicCode: 'SA01', value: 'advanced', version: 1, comment: null, assessedAt: '2026-10-02T10:00:00Z', assessorId: 'x' }], conflicts: [] });
    await wait(0);
    harness.detectChanges();
    expect(root.querySelector('.status')?.textContent).toContain('Alla ändringar är sparade');
  });

  it("names each column's topic over it while one of its cells has the focus, and lists every topic in a legend", async () => {
    const { cell, press, root } = await open();
    const headers = Array.from(root.querySelectorAll<HTMLElement>('th.topic'));
    expect(headers.map((th) => th.querySelector('.topic-tip')?.textContent?.trim())).toEqual(['SA01 Barns utveckling', 'SA02 Barns utsatthet']);
    cell(0, 1).focus();
    await press('ArrowRight');
    expect(headers[1].classList).toContain('is-active');
    expect(headers[0].classList).not.toContain('is-active');
    await press('Escape');
    expect(root.querySelector('table.matrix')?.classList).toContain('tips-dismissed');
    await press('ArrowLeft');
    expect(root.querySelector('table.matrix')?.classList).not.toContain('tips-dismissed');
    const legend = Array.from(root.querySelectorAll('.legend dl div')).map((entry) => [entry.querySelector('dt')?.textContent, entry.querySelector('dd')?.textContent]);
    expect(legend).toEqual([['SA01', 'Barns utveckling'], ['SA02', 'Barns utsatthet']]);
  });

  it('undoes with Ctrl+Z and shows a conflict with both values and a choice', async () => {
    const { cell, press, root, harness } = await open();
    cell(1, 0).focus();
    await press('F');
    await press('z', { ctrlKey: true });
    expect(cell(1, 0).textContent?.trim()).toBe('G');
    expect(document.activeElement).toBe(cell(1, 0));
    await press('s');
    await wait(600);
    http.expectOne({ method: 'PUT', url: '/api/rounds/r1/assessments' }).flush(
      {
        statusCode: 409,
        code: 'ASSESSMENT_CONFLICT',
        message: 'stale',
        current: { saved: [], conflicts: [{ staffMemberId: 'b', topicCode: 'SA01', expectedVersion: 1, current: { value: 'advanced', version: 3, comment: null, assessedAt: null, assessorId: 'x' } }] },
      },
      { status: 409, statusText: 'Conflict' },
    );
    await wait(0);
    harness.detectChanges();
    expect(root.querySelector('.conflicts')?.textContent).toContain('du satte Saknar tillräcklig kompetens, den andra satte Fördjupad');
    root.querySelector<HTMLButtonElement>('.conflicts .button-primary')?.click();
    await wait(0);
    expect(document.activeElement).toBe(cell(1, 0));
    await wait(600);
    const resend = http.expectOne({ method: 'PUT', url: '/api/rounds/r1/assessments' });
    expect(resend.request.body.cells).toEqual([{ staffMemberId: 'b', topicCode: 'SA01', value: 'insufficient', comment: null, expectedVersion: 3 }]);
    resend.flush({ saved: [], conflicts: [] });
  });

  it('saves a comment with Enter and goes back to its cell; Escape goes back without saving', async () => {
    const { cell, press, root, harness } = await open();
    cell(1, 0).focus();
    await press('k');
    const field = root.querySelector<HTMLTextAreaElement>('#cell-comment') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(field);
    field.value = 'Utkast';
    await press('Escape');
    expect(document.activeElement).toBe(cell(1, 0));
    expect(field.value).toBe('');
    await press('k');
    field.value = 'Handleds av Eva';
    await press('Enter');
    expect(document.activeElement).toBe(cell(1, 0));
    expect(root.querySelector('.status')?.textContent).toContain('Sparar 1 ändring …');
    expect(cell(1, 0).getAttribute('aria-label')).toBe('Grundläggande, med kommentar, inte sparad än');
    expect(cell(1, 0).classList).toContain('has-comment');
    await wait(600);
    const save = http.expectOne({ method: 'PUT', url: '/api/rounds/r1/assessments' });
    expect(save.request.body.cells).toEqual([{ staffMemberId: 'b', topicCode: 'SA01', value: 'basic', comment: 'Handleds av Eva', expectedVersion: 1 }]);
    save.flush({ saved: [], conflicts: [] });
    harness.detectChanges();
  });

  it('saves a comment also when the field is left some other way', async () => {
    const { cell, press, root } = await open();
    cell(0, 1).focus();
    await press('k');
    const field = root.querySelector<HTMLTextAreaElement>('#cell-comment') as HTMLTextAreaElement;
    field.value = 'Ny i gruppen';
    field.dispatchEvent(new Event('change'));
    await wait(600);
    const save = http.expectOne({ method: 'PUT', url: '/api/rounds/r1/assessments' });
    expect(save.request.body.cells).toEqual([{ staffMemberId: 'a', topicCode: 'SA02', value: null, comment: 'Ny i gruppen', expectedVersion: 0 }]);
    save.flush({ saved: [], conflicts: [] });
  });

  it('shows the round it loaded in the round list, also when that is not the first one', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/matris');
    const planned: InventoryRound = { ...round, id: 'r0', name: 'Vår 2027', status: 'closed' };
    http.expectOne('/api/rounds').flush([planned, round]);
    await wait(0);
    http.expectOne((r) => r.url === '/api/rounds/r1/matrix').flush(matrix);
    await wait(0);
    harness.detectChanges();
    const select = (harness.routeNativeElement as HTMLElement).querySelector<HTMLSelectElement>('#round') as HTMLSelectElement;
    expect(select.selectedOptions[0].textContent?.trim()).toBe('Höst 2026 (öppen)');
  });

  async function signedInAs(role: Role): Promise<void> {
    const auth = TestBed.inject(AuthStore);
    const load = auth.load();
    http.expectOne('/api/auth/session').flush({ userId: 'me', displayName: 'Eva', email: 'eva@k.se', role, unitIds: [] });
    await load;
  }

  it('lets a team leader with several units narrow the grid to one of them', async () => {
    await signedInAs('team_leader');
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/matris');
    http.expectOne('/api/rounds').flush([round]);
    await wait(0);
    const twoUnits = { ...matrix, rows: [...matrix.rows, { ...matrix.rows[0], staffMemberId: 'c', lastName: 'Öst', unitId: 'v', unitName: 'Mottagning' }] };
    http.expectOne((r) => r.url === '/api/rounds/r1/matrix' && !r.params.has('unitId')).flush(twoUnits);
    await wait(0);
    harness.detectChanges();
    const root = harness.routeNativeElement as HTMLElement;
    const select = root.querySelector<HTMLSelectElement>('#team-unit') as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.textContent)).toEqual(['Alla mina enheter', 'Mottagning', 'Utredning']);
    select.value = 'v';
    select.dispatchEvent(new Event('change'));
    harness.detectChanges();
    expect(Array.from(root.querySelectorAll('tbody th.person')).map((th) => th.textContent)).toEqual(['Öst, AnnaMottagning']);
  });

  it('asks an administrator for a unit first, then loads that unit and remembers it', async () => {
    localStorage.removeItem('kl.matris.enhet');
    await signedInAs('municipality_admin');
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/matris');
    const tree: OrgUnitTreeNode[] = [
      { id: 'adm', name: 'Socialförvaltningen', kind: 'administration', parentId: null, closedAt: null, children: [
        { id: 'u', name: 'Utredning', kind: 'unit', parentId: 'adm', closedAt: null, children: [] },
      ] } as unknown as OrgUnitTreeNode,
    ];
    http.expectOne('/api/rounds').flush([round]);
    http.expectOne('/api/units?view=tree').flush(tree);
    await wait(0);
    harness.detectChanges();
    const root = harness.routeNativeElement as HTMLElement;
    http.expectNone((r) => r.url === '/api/rounds/r1/matrix');
    expect(root.textContent).toContain('Välj en enhet för att se dess medarbetare.');
    const select = root.querySelector<HTMLSelectElement>('#scope-unit') as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.textContent)).toEqual(['Välj enhet …', 'Socialförvaltningen', 'Socialförvaltningen › Utredning']);
    select.value = 'u';
    select.dispatchEvent(new Event('change'));
    await wait(0);
    http.expectOne((r) => r.url === '/api/rounds/r1/matrix' && r.params.get('unitId') === 'u').flush(matrix);
    await wait(0);
    harness.detectChanges();
    expect(root.querySelectorAll('tbody tr')).toHaveLength(2);
    expect(localStorage.getItem('kl.matris.enhet')).toBe('u');
    expect(root.querySelector('#team-unit')).toBeNull();
  });

  it('downloads the visible matrix in the bedomningar format, with the employee numbers the matrix carries', async () => {
    const { cell, press, root, harness } = await open();
    cell(0, 1).focus();
    await press('-');
    const files: { name: string; blob: Blob }[] = [];
    let lastBlob: Blob | null = null;
    URL.createObjectURL = (blob: Blob) => {
      lastBlob = blob;
      return 'blob:test';
    };
    URL.revokeObjectURL = () => undefined;
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      files.push({ name: this.download, blob: lastBlob as Blob });
    });
    try {
      const csvButton = Array.from(root.querySelectorAll<HTMLButtonElement>('kl-export-buttons button')).find((b) =>
        b.textContent?.includes('Ladda ned som CSV'),
      ) as HTMLButtonElement;
      csvButton.click();
      await wait(0);
      // The employee numbers come with the matrix: nothing else is read.
      http.expectNone((r) => r.url === '/api/staff');
      for (let i = 0; i < 20 && files.length === 0; i++) await wait(0);
      expect(files.map((f) => f.name)).toEqual(['bedomningar-höst-2026.csv']);
      const csv = await new Promise<string>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(new TextDecoder('utf-8', { ignoreBOM: true }).decode(reader.result as ArrayBuffer));
        reader.readAsArrayBuffer(files[0].blob);
      });
      // Rows in matrix order (Ek, Al); the unsaved "-" is included; Al's G was saved before.
      expect(csv).toBe('\uFEFFanstallningsnummer;SA01;SA02\r\nD0001;;-\r\n0042;G;\r\n');
    } finally {
      click.mockRestore();
      harness.detectChanges();
      await wait(600);
      http.match({ method: 'PUT', url: '/api/rounds/r1/assessments' }).forEach((r) => r.flush({ saved: [], conflicts: [] }));
    }
  });
});
