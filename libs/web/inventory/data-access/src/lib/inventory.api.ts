import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CreateInventoryRoundRequest,
  AssessmentCellInput,
  AssessmentMatrix,
  InventoryRound,
  PersonAssessments,
  RoundDashboard,
  RoundProgress,
  RoundScopeQuery,
  RoundTrend,
  SaveAssessmentsResult,
  SelfAssessmentCellInput,
  SendRemindersResult,
  ServiceAreaOverview,
} from '@kl/shared/contracts';
import { firstValueFrom } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class InventoryApi {
  private readonly http = inject(HttpClient);

  createRound(request: CreateInventoryRoundRequest): Promise<InventoryRound> {
    return firstValueFrom(this.http.post<InventoryRound>('/api/rounds', request));
  }

  /**
   * Opens, closes or (with a reason, and a new last day when the old one has passed) reopens a
   * round, on the version the caller saw.
   */
  transition(
    round: InventoryRound,
    action: 'open' | 'close' | 'reopen',
    reopening?: { reason: string; closesOn?: string },
  ): Promise<InventoryRound> {
    const body = action === 'reopen' ? { version: round.version, ...reopening } : { version: round.version };
    return firstValueFrom(this.http.post<InventoryRound>(`/api/rounds/${round.id}/${action}`, body));
  }

  rounds(): Promise<InventoryRound[]> {
    return firstValueFrom(this.http.get<InventoryRound[]>('/api/rounds'));
  }

  round(id: string): Promise<InventoryRound> {
    return firstValueFrom(this.http.get<InventoryRound>(`/api/rounds/${id}`));
  }

  matrix(roundId: string, query: RoundScopeQuery = {}): Promise<AssessmentMatrix> {
    return firstValueFrom(this.http.get<AssessmentMatrix>(`/api/rounds/${roundId}/matrix`, { params: scopeParams(query) }));
  }

  /** Each unit of the round in the caller's reach: assessed so far, signed off or not, its team leaders. */
  progress(roundId: string): Promise<RoundProgress> {
    return firstValueFrom(this.http.get<RoundProgress>(`/api/rounds/${roundId}/progress`));
  }

  /** "Klar för enheten" (`done`), or taking it back. */
  signOff(roundId: string, unitId: string, done: boolean): Promise<RoundProgress> {
    const url = `/api/rounds/${roundId}/units/${unitId}/sign-off`;
    return firstValueFrom(done ? this.http.put<RoundProgress>(url, {}) : this.http.delete<RoundProgress>(url));
  }

  /** Reminds the team leaders of the units named, or of every unit not done. */
  remind(roundId: string, unitIds?: string[]): Promise<SendRemindersResult> {
    return firstValueFrom(this.http.post<SendRemindersResult>(`/api/rounds/${roundId}/reminders`, unitIds ? { unitIds } : {}));
  }

  /** Saves a batch; a 409 with stale cells still carries the cells that were saved. */
  save(roundId: string, cells: AssessmentCellInput[]): Promise<SaveAssessmentsResult> {
    return this.putCells(`/api/rounds/${roundId}/assessments`, cells);
  }

  /** The caller's own self-assessment; conflicts answer as for `save`. */
  saveSelf(roundId: string, cells: SelfAssessmentCellInput[]): Promise<SaveAssessmentsResult> {
    return this.putCells(`/api/rounds/${roundId}/self-assessments`, cells);
  }

  /** One person's levels per topic across rounds, with the self-assessment beside. */
  person(staffMemberId: string): Promise<PersonAssessments> {
    return firstValueFrom(this.http.get<PersonAssessments>(`/api/staff/${staffMemberId}/assessments`));
  }

  dashboard(roundId: string, query: RoundScopeQuery = {}): Promise<RoundDashboard> {
    return firstValueFrom(this.http.get<RoundDashboard>(`/api/rounds/${roundId}/dashboard`, { params: scopeParams(query) }));
  }

  /** Each service area's newest opened round with its headline figures, side by side. */
  serviceAreas(query: RoundScopeQuery = {}): Promise<ServiceAreaOverview> {
    return firstValueFrom(this.http.get<ServiceAreaOverview>('/api/overview/service-areas', { params: scopeParams(query) }));
  }

  /** The distribution per area and topic in each opened round up to this one, oldest first. */
  trend(roundId: string, query: RoundScopeQuery = {}): Promise<RoundTrend> {
    return firstValueFrom(this.http.get<RoundTrend>(`/api/rounds/${roundId}/trend`, { params: scopeParams(query) }));
  }

  private async putCells(url: string, cells: (AssessmentCellInput | SelfAssessmentCellInput)[]): Promise<SaveAssessmentsResult> {
    try {
      return await firstValueFrom(this.http.put<SaveAssessmentsResult>(url, { cells }));
    } catch (error) {
      const body = error instanceof HttpErrorResponse ? (error.error as { code?: string; current?: SaveAssessmentsResult }) : null;
      if (body?.code === 'ASSESSMENT_CONFLICT' && body.current) return body.current;
      throw error;
    }
  }
}

/** The query of the matrix, the overview and the trend; caseworkers are the default group. */
function scopeParams(query: RoundScopeQuery): Record<string, string> {
  const params: Record<string, string> = {};
  if (query.unitId) params['unitId'] = query.unitId;
  if (query.staffRole && query.staffRole !== 'caseworker') params['staffRole'] = query.staffRole;
  return params;
}
