import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { type InvitationCreated, MUNICIPALITY_ROLES, type MunicipalityRole, type UserAccountSummary } from '@kl/shared/contracts';
import { AuthStore, ROLE_LABELS, UsersApi } from '@kl/web/auth/data-access';
import { errorText, toErrorBody } from '@kl/web/shared/util';
import { InvitationLink } from './invitation-link';
import { type LinkedStaff, StaffPicker } from './staff-picker';

const STATUS_LABELS: Record<UserAccountSummary['status'], string> = {
  invited: 'Inbjuden',
  active: 'Aktiv',
  disabled: 'Avstängd',
};

/** The kommun's accounts: role, link to a staff record, new invitation link, disable and enable. */
@Component({
  selector: 'kl-user-list',
  imports: [InvitationLink, StaffPicker],
  template: `
    <section aria-labelledby="users-heading">
      <h2 id="users-heading">Konton i kommunen</h2>
      @if (message(); as text) { <p role="status">{{ text }}</p> }
      @if (invitation(); as created) { <kl-invitation-link [invitation]="created" /> }
      @if (loading()) {
        <p role="status">Hämtar konton …</p>
      } @else {
        <div class="table-scroller" tabindex="0" role="region" aria-labelledby="users-heading">
          <table class="data-table">
            <caption class="visually-hidden">Konton, {{ users().length }} stycken</caption>
            <thead>
              <tr>
                <th scope="col">Namn</th><th scope="col">E-postadress</th><th scope="col">Roll</th>
                <th scope="col">Medarbetare</th><th scope="col">Status</th><th scope="col">Åtgärder</th>
              </tr>
            </thead>
            <tbody>
              @for (user of users(); track user.id) {
                <tr>
                  <th scope="row">{{ user.displayName }}</th>
                  <td>{{ user.email }}</td>
                  <td>
                    @if (user.id === myId()) {
                      {{ roleLabels[user.role] }}
                    } @else {
                      <label class="visually-hidden" [for]="'role-' + user.id">Roll för {{ user.displayName }}</label>
                      <select [id]="'role-' + user.id" (change)="changeRole(user, $event)">
                        <!-- [selected] per option: a [value] on the select would be applied before the @for has made the options -->
                        @for (role of roles; track role) { <option [value]="role" [selected]="role === user.role">{{ roleLabels[role] }}</option> }
                      </select>
                    }
                  </td>
                  <td>
                    {{ user.staffMemberName ?? 'Inte kopplad' }}
                    <button type="button" class="button-link" [attr.aria-expanded]="linking() === user.id" (click)="toggleLinking(user)">
                      {{ user.staffMemberId ? 'Ändra' : 'Koppla' }}<span class="visually-hidden"> medarbetare för {{ user.displayName }}</span>
                    </button>
                  </td>
                  <td>{{ statusLabels[user.status] }}</td>
                  <td class="actions">
                    @if (user.status === 'invited') {
                      <button type="button" class="button-secondary" (click)="resend(user)">
                        Ny inbjudningslänk<span class="visually-hidden"> till {{ user.displayName }}</span>
                      </button>
                    }
                    @if (user.id !== myId()) {
                      <button type="button" class="button-secondary" (click)="toggle(user)">
                        {{ user.status === 'disabled' ? 'Aktivera' : 'Stäng av' }}<span class="visually-hidden"> {{ user.displayName }}</span>
                      </button>
                    }
                  </td>
                </tr>
                @if (linking() === user.id) {
                  <tr class="link-row">
                    <td colspan="6">
                      <kl-staff-picker [inputId]="'link-' + user.id" [label]="'Sök medarbetaren som ' + user.displayName + ' är'" [(selected)]="chosen" />
                      <div class="actions">
                        <button type="button" class="button-primary" [disabled]="!changed(user)" (click)="saveLink(user)">Spara kopplingen</button>
                        <button type="button" class="button-secondary" (click)="linking.set(null)">Avbryt</button>
                      </div>
                    </td>
                  </tr>
                }
              }
            </tbody>
          </table>
        </div>
      }
    </section>
  `,
  styleUrl: './auth-forms.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserList {
  private readonly api = inject(UsersApi);
  readonly refresh = input(0);
  private readonly auth = inject(AuthStore);
  protected readonly myId = computed(() => this.auth.user()?.userId);
  protected readonly roles = MUNICIPALITY_ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly users = signal<UserAccountSummary[]>([]);
  protected readonly loading = signal(true);
  protected readonly message = signal<string | null>(null);
  protected readonly invitation = signal<InvitationCreated | null>(null);
  /** The account whose staff link is being changed, and the record chosen for it. */
  protected readonly linking = signal<string | null>(null);
  protected readonly chosen = signal<LinkedStaff | null>(null);

  constructor() {
    effect(() => {
      this.refresh();
      void this.load();
    });
  }

  protected async changeRole(user: UserAccountSummary, event: Event): Promise<void> {
    const role = (event.target as HTMLSelectElement).value as MunicipalityRole;
    await this.run(() => this.api.update(user.id, { rowVersion: user.rowVersion, role }), `${user.displayName} är nu ${ROLE_LABELS[role].toLowerCase()}.`);
  }

  protected async toggle(user: UserAccountSummary): Promise<void> {
    const enable = user.status === 'disabled';
    await this.run(() => this.api.setEnabled(user.id, enable), `${user.displayName} är ${enable ? 'aktiverad' : 'avstängd och utloggad'}.`);
  }

  protected toggleLinking(user: UserAccountSummary): void {
    this.linking.set(this.linking() === user.id ? null : user.id);
    this.chosen.set(user.staffMemberId ? { id: user.staffMemberId, name: user.staffMemberName ?? '' } : null);
  }

  protected changed(user: UserAccountSummary): boolean {
    return (this.chosen()?.id ?? null) !== user.staffMemberId;
  }

  protected async saveLink(user: UserAccountSummary): Promise<void> {
    const linked = this.chosen();
    await this.run(
      () => this.api.update(user.id, { rowVersion: user.rowVersion, staffMemberId: linked?.id ?? null }),
      linked ? `${user.displayName} är kopplad till ${linked.name}.` : `${user.displayName} är inte längre kopplad till någon medarbetare.`,
    );
    this.linking.set(null);
  }

  protected async resend(user: UserAccountSummary): Promise<void> {
    try {
      this.invitation.set(await this.api.resendInvitation(user.id));
      this.message.set(null);
    } catch (error) {
      this.message.set(errorText(toErrorBody(error).code));
    }
  }

  private async run(change: () => Promise<UserAccountSummary>, done: string): Promise<void> {
    try {
      const updated = await change();
      this.users.update((users) => users.map((u) => (u.id === updated.id ? updated : u)));
      this.message.set(done);
    } catch (error) {
      this.message.set(errorText(toErrorBody(error).code));
      await this.load();
    }
  }

  private async load(): Promise<void> {
    try {
      this.users.set(await this.api.list());
    } catch (error) {
      this.message.set(errorText(toErrorBody(error).code));
    } finally {
      this.loading.set(false);
    }
  }
}
