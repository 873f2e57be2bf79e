import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { OrgUnitTreeNode, StaffMember } from '@kl/shared/contracts';
import { StaffFormPage } from './staff-form-page';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const unit: OrgUnitTreeNode = {
  id: 'u1',
  parentId: null,
  kind: 'unit',
  name: 'Mottagningen',
  serviceAreaCode: 'barn-och-unga',
  closedAt: null,
  activeStaffCount: 1,
  version: 1,
  children: [],
};

const member: StaffMember = {
  id: 's1',
  employeeNumber: 'A-1',
  firstName: 'Anna',
  lastName: 'Berg',
  email: null,
  unitId: 'u1',
  role: 'caseworker',
  gender: 'woman',
  fte: 1,
  employmentType: 'permanent',
  employmentStart: '2020-01-15',
  employmentEnd: null,
  experienceStart: '2018-06-01',
  degree: 'social_work',
  degreeYear: 2018,
  continuingEducation: false,
  furtherEducation: false,
  masters: false,
  qualificationStatus: 'qualified',
  dispensationUntil: null,
  firstManagerialJob: null,
  needsDevelopment: null,
  birthYear: null,
  leavingReason: null,
  unitName: 'Mottagningen',
  active: true,
  experienceYears: 8,
  experienceBand: '>4',
  version: 3,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('StaffFormPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'medarbetare/ny', component: StaffFormPage },
          { path: 'medarbetare/:id/redigera', component: StaffFormPage },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function open(url: string) {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    const page = harness.routeNativeElement as HTMLElement;
    const render = async () => {
      await settle();
      harness.detectChanges();
      await harness.fixture.whenStable();
    };
    const type = (selector: string, value: string) => {
      const input = page.querySelector<HTMLInputElement>(selector) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const submit = async () => {
      page.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
      await render();
    };
    return { harness, page, render, type, submit };
  }

  it('labels every field in Swedish', async () => {
    const { page, render } = await open('/medarbetare/ny');
    http.expectOne('/api/units?view=tree').flush([unit]);
    await render();
    const labels = Array.from(page.querySelectorAll('label')).map((label) => label.textContent?.trim());
    expect(labels).toEqual(
      expect.arrayContaining(['Anställningsnummer', 'Förnamn', 'Efternamn', 'Enhet', 'Sysselsättningsgrad', 'Yrkeserfarenhet från']),
    );
    expect(page.querySelector('label[for=staff-firstName]')?.textContent?.trim()).toBe('Förnamn');
  });

  it('shows the missing fields in a focused summary and on each field, without calling the API', async () => {
    const { page, render, submit } = await open('/medarbetare/ny');
    http.expectOne('/api/units?view=tree').flush([unit]);
    await render();
    await submit();
    await render();
    const summary = page.querySelector('.error-summary') as HTMLElement;
    expect(summary.textContent).toContain('Förnamn: Fyll i förnamn.');
    expect(document.activeElement).toBe(summary);
    const firstName = page.querySelector('#staff-firstName') as HTMLInputElement;
    expect(firstName.getAttribute('aria-invalid')).toBe('true');
    expect(firstName.getAttribute('aria-describedby')).toBe('staff-firstName-error');
    expect(page.querySelector('#staff-firstName-error')?.textContent).toContain('Fyll i förnamn.');
    expect(page.querySelector('[role=status]:last-of-type')?.textContent).toContain('Inte sparat');
    http.expectNone('/api/staff');
  });

  it('asks the dispensation date only with dispensation, and the team-leader questions only of team leaders', async () => {
    const { page, render, harness } = await open('/medarbetare/s1/redigera');
    http.expectOne('/api/units?view=tree').flush([unit]);
    http.expectOne('/api/staff/s1').flush(member);
    await render();
    expect(page.querySelector('#staff-dispensationUntil')).toBeNull();
    expect(page.querySelector('#staff-firstManagerialJob')).toBeNull();
    const status = page.querySelector<HTMLSelectElement>('#staff-qualificationStatus') as HTMLSelectElement;
    status.value = 'dispensation';
    status.dispatchEvent(new Event('change'));
    const role = page.querySelector<HTMLSelectElement>('#staff-role') as HTMLSelectElement;
    role.value = 'team_leader';
    role.dispatchEvent(new Event('change'));
    harness.detectChanges();
    await render();
    expect(page.querySelector('#staff-dispensationUntil')).not.toBeNull();
    expect(page.querySelector('#staff-firstManagerialJob legend')?.textContent).toBe('Första chefsjobbet');
  });

  it('puts server field errors on their field', async () => {
    const { page, render, submit } = await open('/medarbetare/s1/redigera');
    http.expectOne('/api/units?view=tree').flush([unit]);
    http.expectOne('/api/staff/s1').flush(member);
    await render();
    await submit();
    http
      .expectOne({ method: 'PATCH', url: '/api/staff/s1' })
      .flush(
        { statusCode: 409, code: 'EMPLOYEE_NUMBER_TAKEN', message: 'x', errors: { employeeNumber: 'not_unique' } },
        { status: 409, statusText: 'Conflict' },
      );
    await render();
    expect(page.querySelector('#staff-employeeNumber')?.getAttribute('aria-invalid')).toBe('true');
    expect(page.querySelector('#staff-employeeNumber-error')?.textContent).toContain('Anställningsnumret används redan');
  });

  it('on a stale version shows their values beside mine and overwrites with the current version', async () => {
    const { page, render, submit, type } = await open('/medarbetare/s1/redigera');
    http.expectOne('/api/units?view=tree').flush([unit]);
    http.expectOne('/api/staff/s1').flush(member);
    await render();
    type('#staff-lastName', 'Lind');
    await submit();
    const first = http.expectOne({ method: 'PATCH', url: '/api/staff/s1' });
    expect(first.request.body).toMatchObject({ lastName: 'Lind', version: 3 });
    first.flush(
      { statusCode: 409, code: 'STALE_VERSION', message: 'x', current: { ...member, lastName: 'Ek', version: 4 } },
      { status: 409, statusText: 'Conflict' },
    );
    await render();
    const conflict = page.querySelector('kl-conflict-panel') as HTMLElement;
    expect(conflict.querySelector('h2')?.textContent).toBe('Någon annan har ändrat uppgifterna');
    expect(document.activeElement).toBe(conflict.querySelector('h2'));
    const row = conflict.querySelector('tbody tr') as HTMLElement;
    expect(Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent)).toEqual(['Efternamn', 'Ek', 'Lind']);

    const overwrite = Array.from(conflict.querySelectorAll('button')).find((b) => b.textContent === 'Skriv över med mina ändringar');
    overwrite?.click();
    await render();
    const second = http.expectOne({ method: 'PATCH', url: '/api/staff/s1' });
    expect(second.request.body).toMatchObject({ lastName: 'Lind', version: 4 });
    second.flush({ ...member, lastName: 'Lind', version: 5 });
    await render();
    expect(page.querySelector('kl-conflict-panel')).toBeNull();
    expect(page.textContent).toContain('Sparat kl.');
  });

  it('keeps their version when asked to', async () => {
    const { page, render, submit, type } = await open('/medarbetare/s1/redigera');
    http.expectOne('/api/units?view=tree').flush([unit]);
    http.expectOne('/api/staff/s1').flush(member);
    await render();
    type('#staff-lastName', 'Lind');
    await submit();
    http
      .expectOne({ method: 'PATCH', url: '/api/staff/s1' })
      .flush({ statusCode: 409, code: 'STALE_VERSION', message: 'x', current: { ...member, lastName: 'Ek', version: 4 } }, { status: 409, statusText: 'Conflict' });
    await render();
    Array.from(page.querySelectorAll('kl-conflict-panel button')).find((b) => b.textContent === 'Behåll deras version')?.dispatchEvent(new Event('click'));
    await render();
    expect(page.querySelector<HTMLInputElement>('#staff-lastName')?.value).toBe('Ek');
    expect(page.querySelector('kl-conflict-panel')).toBeNull();
  });
});
