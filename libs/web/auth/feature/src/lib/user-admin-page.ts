import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { AuthStore } from '@kl/web/auth/data-access';
import { IdentityProviderForm } from './identity-provider-form';
import { InviteUserForm } from './invite-user-form';
import { MunicipalityAdministrationList } from './municipality-administration-list';
import { MunicipalityAdministratorForm } from './municipality-administrator-form';
import { UserList } from './user-list';

/**
 * /anvandare: a kommun administrator manages their kommun's accounts; a system administrator
 * creates kommuner's administrator accounts (and sees no competence data).
 */
@Component({
  selector: 'kl-user-admin-page',
  imports: [IdentityProviderForm, InviteUserForm, MunicipalityAdministrationList, MunicipalityAdministratorForm, UserList],
  template: `
    <h1>Användare</h1>
    @if (isSystemAdmin()) {
      <p>Skapa kommunernas administratörskonton, stäng av och aktivera dem och skicka nya inbjudningslänkar. Administratören får en engångslänk för att välja lösenord.</p>
      <kl-municipality-administrator-form (created)="refresh.set(refresh() + 1)" />
      <kl-municipality-administration-list [refresh]="refresh()" />
    } @else {
      <p>
        Bjud in kollegor i {{ municipalityName() }}, koppla kontona till deras medarbetare (så att handläggare ser sin egen
        kompetens), ändra roller och stäng av konton som inte längre behövs.
      </p>
      <kl-invite-user-form (invited)="refresh.set(refresh() + 1)" />
      <kl-user-list [refresh]="refresh()" />
      <kl-identity-provider-form />
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserAdminPage {
  private readonly auth = inject(AuthStore);
  protected readonly isSystemAdmin = computed(() => this.auth.role() === 'system_admin');
  protected readonly municipalityName = computed(() => this.auth.user()?.municipality?.name ?? 'kommunen');
  protected readonly refresh = signal(0);
}
