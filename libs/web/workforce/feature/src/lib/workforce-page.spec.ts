import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { WorkforceFigures } from '@kl/shared/contracts';
import { AuthStore } from '@kl/web/auth/data-access';
import { WorkforcePage } from './workforce-page';

const figures: WorkforceFigures = {
  from: '2021-01-01',
  to: '2026-06-30',
  complete: false,
  headcount: [{ date: '2026-06-30', headcount: 3, fte: '3.00', consultantFte: '0.50' }],
  turnover: { from: '2021-01-01', to: '2026-06-30', leavers: null, averageHeadcount: '3.20', rate: null, byReason: null },
  turnoverByYear: [{ from: '2021-01-01', to: '2021-12-31', leavers: null, averageHeadcount: '3.84', rate: null, byReason: null }],
  retention: [],
  consultantShare: { consultantFte: '0.50', totalFte: '3.50', share: '0.1429' },
  ageStructure: null,
  unknownAge: null,
  retirements: null,
  vacancies: { open: 1, openFte: '0.75', hardToFill: 1, coveredByConsultant: 1, filledInPeriod: 0, medianDaysToFill: null },
  suppressed: ['turnover', 'turnover.2021'],
};

describe('WorkforcePage', () => {
  it("shows a team leader their units' figures with small groups as .. and no forecast", async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    jest.spyOn(TestBed.inject(AuthStore), 'role').mockReturnValue('team_leader');
    const fixture = TestBed.createComponent(WorkforcePage);
    const http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/units?view=tree').flush([]);
    http.expectOne((r) => r.url === '/api/workforce/figures').flush(figures);
    http.expectOne((r) => r.url === '/api/workforce/vacancies').flush([]);
    await fixture.whenStable();
    fixture.detectChanges();
    const text = (fixture.nativeElement as HTMLElement).textContent ?? '';
    expect(text).toContain('14,3 %');
    expect(text).toContain('Öppna 2026-06-30: 1');
    const turnoverRow = (fixture.nativeElement as HTMLElement).querySelector('section[aria-labelledby="turnover-heading"] table tbody tr') as HTMLElement;
    expect(turnoverRow.textContent).toContain('..');
    expect(text).not.toContain('Rekryteringsbehov');
    http.verify();
  });
});
