import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  QualificationList,
  SaveSupervisionArrangementRequest,
  SupervisionArrangement,
  SupervisionFlagList,
  SupervisorCandidate,
} from '@kl/shared/contracts';
import { firstValueFrom } from 'rxjs';

/** Supervision arrangements, the saknar-flags and behörighet (docs/training.md, Support). */
@Injectable({ providedIn: 'root' })
export class SupportApi {
  private readonly http = inject(HttpClient);

  arrangements(): Promise<SupervisionArrangement[]> {
    return firstValueFrom(this.http.get<SupervisionArrangement[]>('/api/supervision/arrangements'));
  }

  createArrangement(request: SaveSupervisionArrangementRequest): Promise<SupervisionArrangement> {
    return firstValueFrom(this.http.post<SupervisionArrangement>('/api/supervision/arrangements', request));
  }

  flags(): Promise<SupervisionFlagList> {
    return firstValueFrom(this.http.get<SupervisionFlagList>('/api/supervision/flags'));
  }

  supervisors(topicCode: string): Promise<SupervisorCandidate[]> {
    return firstValueFrom(
      this.http.get<SupervisorCandidate[]>('/api/supervision/supervisors', { params: { topicCode } }),
    );
  }

  qualification(): Promise<QualificationList> {
    return firstValueFrom(this.http.get<QualificationList>('/api/qualification'));
  }
}
