import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { RoundProgress } from '@kl/shared/contracts';
import { UnitSignOffPanel } from './unit-sign-off-panel';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const progress = (signed: boolean): RoundProgress => ({
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
      staff: 4,
      assessedStaff: 4,
      signOff: signed
        ? {
            unitId: 'u1',
            unitName: 'Mottagning',
            signedByUserId: 'a',
            signedByName: 'Arvid',
            signedAt: '2026-12-03T09:00:00Z',
          }
        : null,
      teamLeaders: [],
    },
  ],
});

describe('UnitSignOffPanel', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('signs a unit off, takes it back, and reads again after a save', async () => {
    const fixture = TestBed.createComponent(UnitSignOffPanel);
    fixture.componentRef.setInput('roundId', 'r1');
    fixture.detectChanges();
    http.expectOne('/api/rounds/r1/progress').flush(progress(false));
    await settle();
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    expect(root.textContent).toContain('4 av 4 bedömda');
    root.querySelector<HTMLButtonElement>('li button')?.click();
    const put = http.expectOne({ method: 'PUT', url: '/api/rounds/r1/units/u1/sign-off' });
    put.flush(progress(true));
    await settle();
    fixture.detectChanges();
    http.expectOne('/api/rounds/r1/progress').flush(progress(true));
    await settle();
    await fixture.whenStable();
    expect(root.textContent).toContain('Klar – markerad av Arvid');
    expect(root.querySelector('[role=status]')?.textContent).toContain(
      'Mottagning är markerad som klar',
    );

    root.querySelector<HTMLButtonElement>('li button')?.click();
    http
      .expectOne({ method: 'DELETE', url: '/api/rounds/r1/units/u1/sign-off' })
      .flush(progress(false));
    await settle();
    fixture.detectChanges();
    http.expectOne('/api/rounds/r1/progress').flush(progress(false));
    await settle();

    fixture.componentRef.setInput('revision', 1);
    fixture.detectChanges();
    http.expectOne('/api/rounds/r1/progress').flush(progress(false));
  });
});
