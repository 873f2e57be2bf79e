import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { AuthStore, ROLE_LABELS } from '@kl/web/auth/data-access';
import { errorText, toErrorBody } from '@kl/web/shared/util';

@Component({
  selector: 'kl-account-page',
  imports: [DatePipe],
  templateUrl: './account-page.html',
  styleUrl: './auth-forms.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountPage {
  private readonly store = inject(AuthStore);
  private readonly router = inject(Router);
  protected readonly user = this.store.user;
  protected readonly roleLabel = computed(() => {
    const role = this.user()?.role;
    return role ? ROLE_LABELS[role] : '';
  });
  protected readonly error = signal<string | null>(null);

  protected async logout(): Promise<void> {
    await this.store.logout();
    await this.router.navigateByUrl('/logga-in');
  }

  protected async logoutEverywhere(): Promise<void> {
    try {
      await this.store.logoutEverywhere();
      await this.router.navigateByUrl('/logga-in');
    } catch (error) {
      this.error.set(errorText(toErrorBody(error).code));
    }
  }
}
