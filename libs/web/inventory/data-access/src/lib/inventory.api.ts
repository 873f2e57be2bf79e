import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { AssessmentCellInput, AssessmentMatrix, InventoryRound, SaveAssessmentsResult } from '@kl/shared/contracts';
import { firstValueFrom } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class InventoryApi {
  private readonly http = inject(HttpClient);

  rounds(): Promise<InventoryRound[]> {
    return firstValueFrom(this.http.get<InventoryRound[]>('/api/rounds'));
  }

  matrix(roundId: string, unitId?: string): Promise<AssessmentMatrix> {
    const params: Record<string, string> = unitId ? { unitId } : {};
    return firstValueFrom(this.http.get<AssessmentMatrix>(`/api/rounds/${roundId}/matrix`, { params }));
  }

  /** Saves a batch; a 409 with stale cells still carries the cells that were saved. */
  async save(roundId: string, cells: AssessmentCellInput[]): Promise<SaveAssessmentsResult> {
    try {
      return await firstValueFrom(this.http.put<SaveAssessmentsResult>(`/api/rounds/${roundId}/assessments`, { cells }));
    } catch (error) {
      const body = error instanceof HttpErrorResponse ? (error.error as { code?: string; current?: SaveAssessmentsResult }) : null;
      if (body?.code === 'ASSESSMENT_CONFLICT' && body.current) return body.current;
      throw error;
    }
  }
}
