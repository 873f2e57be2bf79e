import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { InventoryRound, RoundProgress } from '@kl/shared/contracts';
import { RoundProgressPage } from './round-progress-page';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const round: InventoryRound = {
  id: 'r1',
  name: 'Höst 2026',
  nationalRoundId: null,
  frameworkId: 'f1',
  frameworkCode: 'BOU-2016',
  frameworkVersion: 1,
  referenceDate: '2026-10-01',
  opensOn: '2026-10-01',
  closesOn: '2099-12-15',
  unitIds: [],
  status: 'open',
  version: 3,
  createdAt: '2026-09-01T00:00:00Z',
  updatedAt: '2026-09-01T00:00:00Z',
  serviceAreaCode: 'barn-och-unga',
  population: { caseworkers: 21, teamLeaders: 3, inReach: 24, frozenAt: null },
  acceptsAssessments: true,
};
const progress: RoundProgress = {
  round: {
    id: 'r1',
    name: 'Höst 2026',
    status: 'open',
    referenceDate: '2026-10-01',
    acceptsAssessments: true,
  },
  units: [
    {
      unitId: 'u1',
      unitName: 'Mottagning',
      staff: 8,
      assessedStaff: 8,
      signOff: {
        unitId: 'u1',
        unitName: 'Mottagning',
        signedByUserId: 'a',
        signedByName: 'Arvid Arbetsledare',
        signedAt: '2026-12-02T09:00:00Z',
      },
      teamLeaders: [{ userId: 'a', displayName: 'Arvid Arbetsledare' }],
    },
    {
      unitId: 'u2',
      unitName: 'Utredning',
      staff: 8,
      assessedStaff: 3,
      signOff: null,
      teamLeaders: [{ userId: 'b', displayName: 'Bo Ledare' }],
    },
    {
      unitId: 'u3',
      unitName: 'Familjehem',
      staff: 5,
      assessedStaff: 0,
      signOff: null,
      teamLeaders: [],
    },
  ],
};

describe('RoundProgressPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function render() {
    const fixture = TestBed.createComponent(RoundProgressPage);
    fixture.componentRef.setInput('id', 'r1');
    fixture.detectChanges();
    http.expectOne('/api/rounds/r1').flush(round);
    http.expectOne('/api/rounds/r1/progress').flush(progress);
    await settle();
    await fixture.whenStable();
    return { fixture, root: fixture.nativeElement as HTMLElement };
  }

  it('shows who the round counts and how far each unit has come', async () => {
    const { root } = await render();
    expect(root.querySelector('h1')?.textContent).toBe('Uppföljning: Höst 2026');
    expect(root.querySelector('dl')?.textContent).toContain('21 handläggare och 3 arbetsledare');
    expect(root.querySelector('dl')?.textContent).toContain(
      'Medarbetare i enheter inom Barn och unga som var anställda 2026-10-01',
    );
    const rows = Array.from(root.querySelectorAll('tbody tr')).map((tr) =>
      tr.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(rows[0]).toContain('Klar – Arvid Arbetsledare');
    expect(rows[1]).toContain('3 av 8');
    expect(rows[1]).toContain('Ej klar');
    expect(rows[2]).toContain('Ingen arbetsledare med konto');
    expect(root.textContent).toContain('1 av 3 enheter klara');
  });

  it('reminds every unit not done, or one, and says what it did', async () => {
    const { fixture, root } = await render();
    root.querySelector<HTMLButtonElement>('section .button-primary')?.click();
    const all = http.expectOne({ method: 'POST', url: '/api/rounds/r1/reminders' });
    expect(all.request.body).toEqual({});
    all.flush({ recipients: 1, emailed: 0 });
    await settle();
    http.expectOne('/api/rounds/r1').flush(round);
    http.expectOne('/api/rounds/r1/progress').flush(progress);
    await settle();
    await fixture.whenStable();
    expect(root.querySelector('[role=status].status')?.textContent).toContain(
      'Påminnelse skickad till 1 arbetsledare',
    );

    const perUnit = Array.from(root.querySelectorAll<HTMLButtonElement>('tbody button'));
    expect(perUnit).toHaveLength(1);
    perUnit[0].click();
    const one = http.expectOne({ method: 'POST', url: '/api/rounds/r1/reminders' });
    expect(one.request.body).toEqual({ unitIds: ['u2'] });
    one.flush({ recipients: 1, emailed: 1 });
    await settle();
    http.expectOne('/api/rounds/r1').flush(round);
    http.expectOne('/api/rounds/r1/progress').flush(progress);
  });
});
