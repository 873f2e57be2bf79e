import { ChangeDetectionStrategy, Component, computed, ElementRef, HostListener, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthStore, navigationFor } from '@kl/web/auth/data-access';
import { SessionExpiredDialog } from '@kl/web/auth/feature/session-expired';
import { NotificationsLink } from '@kl/web/notifications/feature';
import { filter } from 'rxjs';

@Component({
  selector: 'kl-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, SessionExpiredDialog, NotificationsLink],
  templateUrl: './app.html',
  styleUrl: './app.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');
  private readonly menuToggle = viewChild.required<ElementRef<HTMLButtonElement>>('menuToggle');
  /** The folded menu on a phone; on a wider screen the menu is always shown and this is not used. */
  protected readonly menuOpen = signal(false);
  protected readonly user = this.auth.user;
  protected readonly signedOut = computed(() => this.auth.sessionState() === 'signed-out');
  protected readonly navigation = computed(() => navigationFor(this.auth.role()));
  /** The kommun roles get messages in the app (reminders from HR). */
  protected readonly hasMessages = computed(() => {
    const role = this.auth.role();
    return role === 'caseworker' || role === 'team_leader' || role === 'municipality_admin';
  });

  constructor() {
    // The header shows who is signed in on every page, also public ones.
    this.auth.load().catch(() => undefined);
    // After a navigation, move focus to the new page so screen readers announce it (WCAG 2.4.3).
    this.router.events
      .pipe(
        filter((event): event is NavigationEnd => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe((event) => {
        this.menuOpen.set(false);
        if (event.id > 1) {
          this.main().nativeElement.focus();
        }
      });
  }

  /** Escape folds an open menu and gives the focus back to its button. */
  @HostListener('document:keydown.escape')
  protected closeMenu(): void {
    if (!this.menuOpen()) return;
    this.menuOpen.set(false);
    this.menuToggle().nativeElement.focus();
  }

  protected async logout(): Promise<void> {
    await this.auth.logout();
    await this.router.navigateByUrl('/logga-in');
  }
}
