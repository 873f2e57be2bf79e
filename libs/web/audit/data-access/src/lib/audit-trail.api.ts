import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { AuditTrailPage, AuditTrailQuery } from '@kl/shared/contracts';
import { firstValueFrom } from 'rxjs';

/** The kommun's audit trail (kommun administrators only). */
@Injectable({ providedIn: 'root' })
export class AuditTrailApi {
  private readonly http = inject(HttpClient);

  page(query: AuditTrailQuery): Promise<AuditTrailPage> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '')
        params = params.set(key, String(value));
    }
    return firstValueFrom(this.http.get<AuditTrailPage>('/api/audit', { params }));
  }
}
