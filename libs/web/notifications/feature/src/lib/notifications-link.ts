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
  styles: `
    .notifications-link.has-unread {
      font-weight: 700;
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
