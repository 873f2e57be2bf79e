import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CreateInventoryRoundRequest,
  AssessmentCellInput,
  AssessmentMatrix,
  InventoryRound,
  PersonAssessments,
  RoundDashboard,
  RoundTrend,
  SaveAssessmentsResult,
  SelfAssessmentCellInput,
} from '@kl/shared/contracts';
import { firstValueFrom } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class InventoryApi {
  private readonly http = inject(HttpClient);

  createRound(request: CreateInventoryRoundRequest): Promise<InventoryRound> {
    return firstValueFrom(this.http.post<InventoryRound>('/api/rounds', request));
  }

  /** Opens, closes or (with a reason) reopens a round, on the version the caller saw. */
  transition(round: InventoryRound, action: 'open' | 'close' | 'reopen', reason?: string): Promise<InventoryRound> {
    const body = action === 'reopen' ? { version: round.version, reason } : { version: round.version };
    return firstValueFrom(this.http.post<InventoryRound>(`/api/rounds/${round.id}/${action}`, body));
  }

  rounds(): Promise<InventoryRound[]> {
    return firstValueFrom(this.http.get<InventoryRound[]>('/api/rounds'));
  }

  matrix(roundId: string, unitId?: string): Promise<AssessmentMatrix> {
    const params: Record<string, string> = unitId ? { unitId } : {};
    return firstValueFrom(this.http.get<AssessmentMatrix>(`/api/rounds/${roundId}/matrix`, { params }));
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

  dashboard(roundId: string, unitId?: string): Promise<RoundDashboard> {
    const params: Record<string, string> = unitId ? { unitId } : {};
    return firstValueFrom(this.http.get<RoundDashboard>(`/api/rounds/${roundId}/dashboard`, { params }));
  }

  /** The distribution per area and topic in each opened round up to this one, oldest first. */
  trend(roundId: string, unitId?: string): Promise<RoundTrend> {
    const params: Record<string, string> = unitId ? { unitId } : {};
    return firstValueFrom(this.http.get<RoundTrend>(`/api/rounds/${roundId}/trend`, { params }));
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
