import { HttpClient, type HttpEvent, HttpEventType } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { ImportJob, ImportKind } from '@kl/shared/contracts';
import { filter, firstValueFrom, map, type Observable } from 'rxjs';

/** An upload as it goes: the share of the file sent (0–1), then the job with its preview. */
export type UploadEvent = { kind: 'sent'; share: number } | { kind: 'done'; job: ImportJob };

/** The import endpoints (administrators of a kommun; the API scopes every call). */
@Injectable({ providedIn: 'root' })
export class ImportsApi {
  private readonly http = inject(HttpClient);

  /**
   * Sends the file itself as the body, reporting how much has been sent. `inviteAccounts` (staff):
   * the confirmation invites each e-mail of the file that has no account yet.
   */
  upload(kind: ImportKind, file: Blob, fileName: string, roundId?: string, inviteAccounts = false): Observable<UploadEvent> {
    const params: Record<string, string> = { fileName };
    if (roundId) params['roundId'] = roundId;
    if (inviteAccounts) params['inviteAccounts'] = 'true';
    return this.http
      .post<ImportJob>(`/api/imports/${kind}/file`, file, {
        params,
        headers: { 'Content-Type': 'application/octet-stream' },
        reportProgress: true,
        observe: 'events',
      })
      .pipe(
        map((event: HttpEvent<ImportJob>): UploadEvent | null => {
          if (event.type === HttpEventType.UploadProgress) {
            return { kind: 'sent', share: event.total ? event.loaded / event.total : 0 };
          }
          if (event.type === HttpEventType.Response && event.body) return { kind: 'done', job: event.body };
          return null;
        }),
        filter((event): event is UploadEvent => event !== null),
      );
  }

  confirm(id: string): Promise<ImportJob> {
    return firstValueFrom(this.http.post<ImportJob>(`/api/imports/${id}/confirm`, {}));
  }

  job(id: string): Promise<ImportJob> {
    return firstValueFrom(this.http.get<ImportJob>(`/api/imports/${id}`));
  }

  jobs(): Promise<ImportJob[]> {
    return firstValueFrom(this.http.get<ImportJob[]>('/api/imports'));
  }
}
