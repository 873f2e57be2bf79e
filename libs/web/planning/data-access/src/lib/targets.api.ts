import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  SaveTargetSetRequest,
  StaffGaps,
  StaffTargets,
  TargetSet,
  TargetSetQuery,
} from '@kl/shared/contracts';
import { firstValueFrom } from 'rxjs';

/** The målnivåer endpoints; the API scopes every call to the caller's kommun and units. */
@Injectable({ providedIn: 'root' })
export class TargetsApi {
  private readonly http = inject(HttpClient);

  get(query: TargetSetQuery): Promise<TargetSet> {
    const params: Record<string, string> = { frameworkId: query.frameworkId, role: query.role };
    if (query.unitId) params['unitId'] = query.unitId;
    return firstValueFrom(this.http.get<TargetSet>('/api/targets', { params }));
  }

  /** Replaces the set as a whole; a 409 STALE_VERSION carries the current set. */
  save(request: SaveTargetSetRequest): Promise<TargetSet> {
    return firstValueFrom(this.http.put<TargetSet>('/api/targets', request));
  }

  /** The targets that apply to one staff member in a round (default: the newest opened one). */
  staffTargets(staffMemberId: string, roundId?: string): Promise<StaffTargets> {
    const params: Record<string, string> = roundId ? { roundId } : {};
    return firstValueFrom(
      this.http.get<StaffTargets>(`/api/staff/${staffMemberId}/targets`, { params }),
    );
  }

  /** One staff member's gaps against their målnivåer in a round, computed by the API. */
  staffGaps(staffMemberId: string, roundId?: string): Promise<StaffGaps> {
    const params: Record<string, string> = roundId ? { roundId } : {};
    return firstValueFrom(this.http.get<StaffGaps>(`/api/staff/${staffMemberId}/gaps`, { params }));
  }
}
