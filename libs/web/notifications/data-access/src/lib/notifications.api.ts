import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { NotificationList } from '@kl/shared/contracts';
import { firstValueFrom } from 'rxjs';

/** The signed-in account's own messages in the app. */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);

  list(): Promise<NotificationList> {
    return firstValueFrom(this.http.get<NotificationList>('/api/notifications'));
  }

  markRead(id: string): Promise<void> {
    return firstValueFrom(this.http.post<void>(`/api/notifications/${id}/read`, {}));
  }
}
