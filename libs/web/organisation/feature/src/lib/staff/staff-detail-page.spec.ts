import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { AuditEvent, PersonalDataRead, PersonAssessments, StaffMember } from '@kl/shared/contracts';
import { AuthStore } from '@kl/web/auth/data-access';
import { StaffDetailPage } from './staff-detail-page';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const member = {
  id: 's1',
  employeeNumber: 'A-1',
  firstName: 'Anna',
  lastName: 'Berg',
  email: null,
  unitId: 'u1',
  role: 'caseworker',
  gender: 'woman',
  fte: 0.75,
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
  version: 2,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
} satisfies StaffMember;

const { unitName: _u, active: _a, experienceYears: _y, experienceBand: _b, id: _i, createdAt: _c, updatedAt: _d, ...stored } = member;
const events: AuditEvent[] = [
  { id: 'e1', actorUserId: 'me', actorDisplayName: 'Eva Admin', entityType: 'staff_member', entityId: 's1', action: 'create', before: null, after: { ...stored, fte: 1, version: 1 }, occurredAt: '2026-11-20T08:00:00Z' },
  { id: 'e2', actorUserId: 'other', actorDisplayName: 'Olle HR', entityType: 'staff_member', entityId: 's1', action: 'update', before: { ...stored, fte: 1, version: 1 }, after: stored, occurredAt: '2026-11-21T08:00:00Z' },
];

const reads: PersonalDataRead[] = [
  { id: 'r1', actorUserId: 'me', actorDisplayName: 'Eva Admin', resource: 'staff_record', occurredAt: '2026-11-23T08:00:00Z' },
  { id: 'r0', actorUserId: 'l', actorDisplayName: 'Leo Ledare', resource: 'team_matrix', occurredAt: '2026-11-22T08:00:00Z' },
];

const assessment = (value: 'basic' | 'advanced', assessorId: string) => ({ value, version: 1, comment: null, assessedAt: '2026-10-01T08:00:00Z', assessorId });
const assessments: PersonAssessments = {
  staffMemberId: 's1',
  rounds: [{ id: 'r1', name: 'Höst 2026', referenceDate: '2026-10-31', status: 'open' }],
  topics: [
    {
      code: 'JU01',
      name: 'Förvaltningsrätt',
      areaCode: 'JU',
      areaName: 'Juridik',
      rounds: [{ roundId: 'r1', leader: assessment('basic', 'u1'), self: assessment('advanced', 'u2') }],
    },
  ],
};

describe('StaffDetailPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'medarbetare/:id', component: StaffDetailPage }])],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function open(role: 'municipality_admin' | 'team_leader', staff: StaffMember = member) {
    const auth = TestBed.inject(AuthStore);
    const load = auth.load();
    http.expectOne('/api/auth/session').flush({ userId: 'me', displayName: 'Eva Admin', email: 'eva@k.se', role, unitIds: [] });
    await load;
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/medarbetare/s1');
    const page = harness.routeNativeElement as HTMLElement;
    const render = async () => {
      await settle();
      harness.detectChanges();
      await harness.fixture.whenStable();
    };
    http.expectOne('/api/staff/s1').flush(staff);
    http.expectOne('/api/units?view=tree').flush([]);
    // Authors' names come with the history: the page does not read the accounts.
    http.expectOne('/api/staff/s1/history').flush(events);
    http.expectNone('/api/users');
    await render();
    if (role === 'municipality_admin') {
      http.expectOne('/api/audit/staff_member/s1/reads').flush(reads);
      await render();
    } else {
      http.expectNone('/api/audit/staff_member/s1/reads');
    }
    http.expectOne('/api/staff/s1/assessments').flush(assessments);
    await render();
    http.expectOne('/api/staff/s1/gaps?roundId=r1').flush({
      staffMemberId: 's1',
      round: { id: 'r1', name: 'Höst 2026', status: 'open', referenceDate: '2026-10-31' },
      inPopulation: true,
      topics: [
        {
          topicCode: 'JU01',
          topicName: 'Socialrätt',
          areaCode: 'JU',
          areaName: 'Juridik',
          value: 'basic',
          target: 'advanced',
          kind: 'below',
          steps: 1,
        },
      ],
      summary: { withTarget: 1, below: 1, meets: 0, notAssessed: 0, notApplicable: 0 },
    });
    http.expectOne('/api/staff/s1/targets?roundId=r1').flush({
      staffMemberId: 's1',
      role: 'caseworker',
      roundId: 'r1',
      frameworkId: 'f1',
      targets: [{ topicCode: 'JU01', level: 'advanced', origin: { unitId: 'u9', unitName: 'Mottagning' } }],
    });
    await render();
    return { page, render };
  }

  it('shows every attribute in Swedish, with the derived experience', async () => {
    const { page } = await open('municipality_admin');
    const facts = page.querySelector('dl.facts')?.textContent ?? '';
    expect(page.querySelector('h1')?.textContent).toBe('Anna Berg');
    expect(facts).toContain('Sysselsättningsgrad75\u00a0%');
    expect(facts).toContain('Yrkeserfarenhet8 år (mer än 4 år)');
    expect(facts).toContain('ExamenSocionomexamen');
  });

  it('lists the history newest first with each change before → after', async () => {
    const { page, render } = await open('municipality_admin');
    await render();
    const entries = Array.from(page.querySelectorAll('.history-entry'));
    expect(entries.map((e) => e.querySelector('h3')?.textContent)).toEqual([
      'Ändrad 2026-11-21 09:00 av Olle HR',
      'Skapad 2026-11-20 09:00 av Eva Admin (du)',
    ]);
    const cells = Array.from(entries[0].querySelectorAll('tbody tr:first-child th, tbody tr:first-child td')).map((c) => c.textContent);
    expect(cells).toEqual(['Sysselsättningsgrad', '100\u00a0%', '75\u00a0%']);
  });

  it('ends the employment with a date', async () => {
    const { page, render } = await open('municipality_admin');
    await render();
    const date = page.querySelector<HTMLInputElement>('#leave-date') as HTMLInputElement;
    date.value = '2026-12-31';
    date.dispatchEvent(new Event('input'));
    page.querySelector<HTMLButtonElement>('section.panel button[type=submit]')?.click();
    await render();
    const leave = http.expectOne({ method: 'POST', url: '/api/staff/s1/leave' });
    expect(leave.request.body).toEqual({ version: 2, employmentEnd: '2026-12-31' });
    leave.flush({ ...member, employmentEnd: '2026-12-31', version: 3 });
    await render();
    http.expectOne('/api/staff/s1').flush({ ...member, employmentEnd: '2026-12-31', version: 3 });
    http.expectOne('/api/units?view=tree').flush([]);
    http.expectOne('/api/staff/s1/history').flush(events);
    await render();
    http.expectOne('/api/audit/staff_member/s1/reads').flush(reads);
    await render();
    expect(page.querySelector('[role=status]')?.textContent).toBe('Anställningen avslutas 2026-12-31.');
    expect(page.querySelector('#leave-date')).toBeNull();
  });

  it('shows the levels by area, the self-assessment beside as not counted, the målnivå with the gap, and the timeline', async () => {
    const { page, render } = await open('team_leader');
    await render();
    const levels = page.querySelector('table.levels') as HTMLTableElement;
    expect(levels.caption?.textContent).toBe('Juridik');
    expect(Array.from(levels.querySelectorAll('thead th')).map((th) => th.textContent)).toEqual([
      'Inriktning',
      'Arbetsledarens bedömning',
      'Självskattning (räknas inte)',
      'Målnivå',
      'Jämfört med målnivån',
    ]);
    expect(Array.from(levels.querySelectorAll('tbody td')).map((td) => td.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'G Grundläggande',
      'F Fördjupad',
      'Fördjupad (Mottagning)',
      '▼ Under målnivå (1 steg)',
    ]);
    expect(page.querySelector('.target-summary')?.textContent).toContain('1 av 1 inriktningar under målnivå');
    const timeline = page.querySelector('table.timeline') as HTMLTableElement;
    expect(timeline.querySelector('thead')?.textContent).toContain('Höst 2026');
    expect(timeline.querySelector('tbody td .visually-hidden')?.textContent).toBe('Grundläggande, självskattning Fördjupad');
  });

  it('shows administrators who has read the person\'s data', async () => {
    const { page, render } = await open('municipality_admin');
    await render();
    const log = page.querySelector('details.read-log') as HTMLDetailsElement;
    expect(log.querySelector('summary')?.textContent).toBe('Vem har läst uppgifterna (2 läsningar)');
    const rows = Array.from(log.querySelectorAll('tbody tr')).map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent));
    expect(rows).toEqual([
      ['2026-11-23 09:00', 'Eva Admin (du)', 'Uppgifterna'],
      ['2026-11-22 09:00', 'Leo Ledare', 'Kompetensmatrisen'],
    ]);
  });

  it('shows team leaders the record and its history with its authors, without the actions', async () => {
    const { page, render } = await open('team_leader');
    await render();
    expect(page.querySelectorAll('.history-entry h3')[0]?.textContent).toBe('Ändrad 2026-11-21 09:00 av Olle HR');
    expect(page.querySelector('#leave-date')).toBeNull();
    expect(page.textContent).not.toContain('Redigera uppgifterna');
    expect(page.querySelector('details.read-log')).toBeNull();
    expect(page.querySelector('#privacy-heading')).toBeNull();
  });

  it('offers administrators the export in both forms, and erasure only once the employment has ended', async () => {
    const { page } = await open('municipality_admin');
    expect(page.querySelector('#privacy-heading')?.textContent).toBe('Personuppgifter (GDPR)');
    expect(Array.from(page.querySelectorAll('.downloads a')).map((a) => a.getAttribute('href'))).toEqual([
      '/api/privacy/staff/s1/export?format=html',
      '/api/privacy/staff/s1/export?format=json',
    ]);
    expect(page.querySelector('.erase-dialog')).toBeNull();
    expect(page.textContent).toContain('Personuppgifterna kan raderas när anställningen har avslutats.');
  });

  it('erases a person who has left and then shows nothing more about them', async () => {
    const { page, render } = await open('municipality_admin', { ...member, employmentEnd: '2024-06-30', active: false });
    (Array.from(page.querySelectorAll('button')).find((b) => b.textContent?.includes('Radera personuppgifterna')) as HTMLButtonElement).click();
    await render();
    const dialog = page.querySelector('.erase-dialog') as HTMLDialogElement;
    const input = dialog.querySelector('input') as HTMLInputElement;
    input.value = 'Anna Berg';
    input.dispatchEvent(new Event('input'));
    (Array.from(dialog.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Radera för gott') as HTMLButtonElement).click();
    await render();
    http.expectOne({ method: 'POST', url: '/api/privacy/staff/s1/erase' }).flush(null, { status: 204, statusText: 'No Content' });
    await render();
    (Array.from(dialog.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Stäng') as HTMLButtonElement).click();
    await render();
    expect(page.querySelector('h1')?.textContent).toBe('Raderad medarbetare');
    expect(page.textContent).toContain('Allt om Anna Berg är raderat eller avidentifierat.');
    expect(page.querySelector('dl.facts')).toBeNull();
    expect(page.querySelector('.history-entry')).toBeNull();
  });
});
