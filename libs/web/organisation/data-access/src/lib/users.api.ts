import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { UserAccountSummary } from '@kl/shared/contracts';
import { firstValueFrom } from 'rxjs';

/** The kommun's accounts (kommun administrators only): the history names who made a change. */
@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);

  list(): Promise<UserAccountSummary[]> {
    return firstValueFrom(this.http.get<UserAccountSummary[]>('/api/users'));
  }
}
