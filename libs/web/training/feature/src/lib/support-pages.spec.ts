import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { QualificationRow, SupervisionFlag } from '@kl/shared/contracts';
import { QualificationPage } from './qualification-page';
import { SupervisionPage } from './supervision-page';

const person: QualificationRow = {
  staffMemberId: 's1',
  employeeNumber: 'A-1',
  firstName: 'Anna',
  lastName: 'Ahl',
  unitName: 'Mottagning',
  degree: 'social_work',
  classification: 'qualified',
  dispensationUntil: null,
  dispensationAlert: false,
  dispensationExpired: false,
  educationCourses: [],
};
const flag: SupervisionFlag = {
  staffMemberId: 's2',
  firstName: 'Bo',
  lastName: 'Berg',
  unitId: 'u1',
  unitName: 'Mottagning',
  topicCode: 'SA05',
  topicName: 'Barnets behov',
};

const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();
const cells = (row: Element) => Array.from(row.querySelectorAll('th, td')).map(text).join(' | ');
const wait = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('support pages', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'behorighet', component: QualificationPage },
          { path: 'handledning', component: SupervisionPage },
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
      await wait();
      harness.detectChanges();
      await harness.fixture.whenStable();
      await wait();
      harness.detectChanges();
    };
    return { page, render };
  }

  it('/behorighet lists the classification, warns of a dispensation running out and offers the export', async () => {
    const { page, render } = await open('/behorighet');
    http.expectOne('/api/qualification').flush({
      today: '2026-12-04',
      rows: [
        person,
        { ...person, staffMemberId: 's2', lastName: 'Berg', classification: 'dispensation', dispensationUntil: '2027-02-01', dispensationAlert: true },
        { ...person, staffMemberId: 's3', lastName: 'Gran', classification: 'in_education', educationCourses: ['Socialt arbete 30 hp'] },
      ],
    });
    await render();
    expect(Array.from(page.querySelectorAll('tbody tr')).map(cells)).toEqual([
      'Ahl, Anna | Mottagning | Behörig |  | ',
      'Berg, Anna | Mottagning | Dispens | 2027-02-01 (går ut inom 90 dagar) | ',
      'Gran, Anna | Mottagning | Under utbildning |  | Socialt arbete 30 hp',
    ]);
    expect(text(page.querySelector('.warning'))).toContain('Anna Berg, Mottagning: dispens till 2027-02-01');
    expect(text(page.querySelector('caption'))).toBe('Behörighet per handläggare den 2026-12-04');
    const buttons = Array.from(page.querySelectorAll('button')).map(text);
    expect(buttons).toEqual(['Ladda ned som Excel (XLSX)', 'Ladda ned som CSV']);
  });

  it('/handledning flags saknar without supervision and records an arrangement with the supervisor rule shown', async () => {
    const { page, render } = await open('/handledning');
    http.expectOne('/api/supervision/flags').flush({ rounds: [], flags: [flag] });
    http.expectOne('/api/supervision/arrangements').flush([]);
    await render();
    expect(Array.from(page.querySelectorAll('tbody tr')).map(cells)).toEqual([
      'Berg, Bo | Mottagning | SA05 Barnets behov | Ordna handledning',
    ]);
    (page.querySelector('button[aria-label="Ordna handledning för Bo Berg i SA05"]') as HTMLButtonElement).click();
    http.expectOne('/api/supervision/supervisors?topicCode=SA05').flush([
      { staffMemberId: 'l1', firstName: 'Lena', lastName: 'Lund', unitName: 'Mottagning', experienceYears: 8, topicLevel: 'advanced', eligible: true },
      { staffMemberId: 'l2', firstName: 'Mats', lastName: 'Mo', unitName: 'Mottagning', experienceYears: 2, topicLevel: 'advanced', eligible: false },
    ]);
    await render();
    const options = Array.from(page.querySelectorAll('#arrangement-supervisor option')).map(text);
    expect(options).toEqual([
      'Extern handledare',
      'Lena Lund, Mottagning, 8 år – kan ge ärendehandledning',
      'Mats Mo, Mottagning, 2 år – uppfyller inte regeln (fördjupad i inriktningen och minst 3 år i yrket)',
    ]);
    const supervisor = page.querySelector('#arrangement-supervisor') as HTMLSelectElement;
    supervisor.value = 'l1';
    supervisor.dispatchEvent(new Event('change'));
    const start = page.querySelector('#arrangement-start') as HTMLInputElement;
    start.value = '2026-12-07';
    start.dispatchEvent(new Event('change'));
    await render();
    (page.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    const saved = http.expectOne('/api/supervision/arrangements');
    expect(saved.request.method).toBe('POST');
    expect(saved.request.body).toEqual({
      staffMemberId: 's2',
      topicCode: 'SA05',
      form: 'individual',
      supervisorStaffMemberId: 'l1',
      externalSupervisor: null,
      frequency: 'every_other_week',
      startsOn: '2026-12-07',
      endsOn: null,
    });
    saved.flush({});
    await render();
    http.expectOne('/api/supervision/flags').flush({ rounds: [], flags: [] });
    http.expectOne('/api/supervision/arrangements').flush([]);
    await render();
    expect(text(page.querySelector('.done'))).toBe('Ärendehandledning för Bo Berg i SA05 är sparad.');
    expect(text(page)).toContain('Alla som saknar kompetens i en inriktning har ärendehandledning.');
  });

  it('/handledning shows the field errors of a refused arrangement', async () => {
    const { page, render } = await open('/handledning');
    http.expectOne('/api/supervision/flags').flush({ rounds: [], flags: [flag] });
    http.expectOne('/api/supervision/arrangements').flush([]);
    await render();
    (page.querySelector('button[aria-label="Ordna handledning för Bo Berg i SA05"]') as HTMLButtonElement).click();
    http.expectOne('/api/supervision/supervisors?topicCode=SA05').flush([]);
    await render();
    (page.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    http
      .expectOne('/api/supervision/arrangements')
      .flush(
        { statusCode: 400, code: 'VALIDATION_FAILED', message: 'x', errors: { supervisorStaffMemberId: 'required' } },
        { status: 400, statusText: 'Bad Request' },
      );
    await render();
    expect(page.querySelector('#arrangement-supervisor-error')?.textContent?.trim()).toBeTruthy();
    expect(page.querySelector('[role="alert"]')).not.toBeNull();
  });
});
