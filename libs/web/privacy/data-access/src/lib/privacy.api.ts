import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { ErasureCandidates, PersonExportFormat } from '@kl/shared/contracts';
import { firstValueFrom } from 'rxjs';

/** A person's export as a file the browser downloads (the session cookie goes with a plain link). */
export function personExportUrl(staffMemberId: string, format: PersonExportFormat): string {
  return `/api/privacy/staff/${encodeURIComponent(staffMemberId)}/export?format=${format}`;
}

/** The signed-in person's own export. */
export function ownExportUrl(format: PersonExportFormat): string {
  return `/api/privacy/me/export?format=${format}`;
}

/** GDPR endpoints (docs/gdpr.md): erasure, the retention list and the purge of a closed round. */
@Injectable({ providedIn: 'root' })
export class PrivacyApi {
  private readonly http = inject(HttpClient);

  retention(): Promise<ErasureCandidates> {
    return firstValueFrom(this.http.get<ErasureCandidates>('/api/privacy/retention'));
  }

  erase(staffMemberId: string): Promise<void> {
    return firstValueFrom(this.http.post<void>(`/api/privacy/staff/${encodeURIComponent(staffMemberId)}/erase`, {}));
  }

  purgeRound(roundId: string): Promise<void> {
    return firstValueFrom(this.http.post<void>(`/api/privacy/rounds/${encodeURIComponent(roundId)}/purge`, {}));
  }
}
