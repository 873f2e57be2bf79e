import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  resource,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Notification } from '@kl/shared/contracts';
import { NotificationsApi, notificationText } from '@kl/web/notifications/data-access';
import { formatDateTime } from '@kl/web/organisation/data-access';
import { errorText, toErrorBody } from '@kl/web/shared/util';

/** /meddelanden: the account's messages (reminders now), newest first, marked read one by one. */
@Component({
  selector: 'kl-notifications-page',
  imports: [RouterLink],
  template: `
    <h1>Meddelanden</h1>
    @if (list.isLoading() && !list.hasValue()) {
      <p role="status">Hämtar meddelanden …</p>
    }
    @if (error(); as text) {
      <p class="field-error" role="alert">{{ text }}</p>
    }
    @if (list.hasValue()) {
      <ul class="messages">
        @for (item of items(); track item.notification.id) {
          <li [class.unread]="!item.notification.readAt">
            <h2>{{ item.heading }}</h2>
            <p class="hint">
              {{ when(item.notification.createdAt)
              }}{{ item.notification.readAt ? '' : ' · Oläst' }}
            </p>
            <p>{{ item.text }}</p>
            <p>
              <a routerLink="/matris" [queryParams]="{ omgang: item.notification.payload.roundId }"
                >Öppna kompetensmatrisen för {{ item.notification.payload.roundName }}</a
              >
            </p>
            @if (!item.notification.readAt) {
              <button
                type="button"
                class="button-secondary"
                [disabled]="busy()"
                (click)="markRead(item.notification)"
              >
                Markera som läst<span class="visually-hidden">: {{ item.heading }}</span>
              </button>
            }
          </li>
        } @empty {
          <li>Inga meddelanden.</li>
        }
      </ul>
    }
  `,
  styles: `
    .messages {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 1rem;
    }
    .messages li {
      border-left: 4px solid transparent;
      padding-left: 0.75rem;
    }
    .messages li.unread {
      border-left-color: currentColor;
    }
    .messages h2 {
      font-size: 1.1rem;
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationsPage {
  private readonly api = inject(NotificationsApi);
  protected readonly list = resource({ loader: () => this.api.list() });
  protected readonly items = computed(() =>
    (this.list.hasValue() ? this.list.value().items : []).map((notification) => ({
      notification,
      ...notificationText(notification),
    })),
  );
  protected readonly busy = signal(false);
  protected readonly error = computed(() => {
    const failure = this.list.error() ?? this.markError();
    return failure ? errorText(toErrorBody(failure).code) : null;
  });
  private readonly markError = signal<unknown>(null);
  protected readonly when = formatDateTime;

  protected async markRead(notification: Notification): Promise<void> {
    this.busy.set(true);
    this.markError.set(null);
    try {
      await this.api.markRead(notification.id);
      this.list.reload();
    } catch (error) {
      this.markError.set(error);
    } finally {
      this.busy.set(false);
    }
  }
}
