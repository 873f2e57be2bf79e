import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { NavigationEnd, Router, RouterLink } from '@angular/router';
import { toSignal } from '@angular/core/rxjs-interop';
import { NotificationsApi, notificationsLinkText } from '@kl/web/notifications/data-access';
import { filter } from 'rxjs';

/**
 * "Meddelanden (2 olästa)" in the header for the kommun roles, read again after each navigation
 * (a reminder may have come in, or been read). Without unread messages it stays a plain link.
 */
@Component({
  selector: 'kl-notifications-link',
  imports: [RouterLink],
  template: `<a
    routerLink="/meddelanden"
    class="notifications-link"
    [class.has-unread]="unread() > 0"
    >{{ text() }}</a
  >`,
  // It sits in the header, on its dark background: drawn like the header's other links.
  styles: `
    .notifications-link {
      color: #fff;
      border: 1px solid rgb(255 255 255 / 0.7);
      border-radius: 4px;
      padding: 0.375rem 0.75rem;
      text-decoration: none;
      white-space: nowrap;
    }
    .notifications-link:focus-visible {
      outline: 3px solid #fff;
      outline-offset: 2px;
    }
    .notifications-link.has-unread {
      font-weight: 700;
      border-width: 2px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationsLink {
  private readonly api = inject(NotificationsApi);
  private readonly navigations = toSignal(
    inject(Router).events.pipe(filter((event) => event instanceof NavigationEnd)),
  );
  private readonly list = resource({
    params: () => ({ at: this.navigations() }),
    loader: () => this.api.list(),
  });
  protected readonly unread = computed(() => (this.list.hasValue() ? this.list.value().unread : 0));
  protected readonly text = computed(() => notificationsLinkText(this.unread()));
}
