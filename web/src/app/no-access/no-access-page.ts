import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthStore, ROLE_LABELS } from '@kl/web/auth/data-access';

/** A page the signed-in role may not open: said plainly, at the address that was asked for. */
@Component({
  selector: 'kl-no-access-page',
  imports: [RouterLink],
  template: `
    <h1>Du har inte tillgång till den här sidan</h1>
    <p>Sidan finns, men den är till för andra roller än {{ roleText() }}. Behöver du den i ditt arbete, be kommunens administratör om en annan roll.</p>
    <p><a routerLink="/">Gå till din startsida</a></p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoAccessPage {
  private readonly auth = inject(AuthStore);
  protected readonly roleText = computed(() => {
    const role = this.auth.role();
    return role ? `din (${ROLE_LABELS[role].toLowerCase()})` : 'din';
  });
}
