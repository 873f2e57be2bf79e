import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import type { InvitationCreated, MunicipalityAdministration, MunicipalityAdministrator } from '@kl/shared/contracts';
import { UsersApi } from '@kl/web/auth/data-access';
import { errorText, toErrorBody } from '@kl/web/shared/util';
import { InvitationLink } from './invitation-link';

const STATUS_LABELS: Record<MunicipalityAdministrator['status'], string> = {
  invited: 'Inbjuden',
  active: 'Aktiv',
  disabled: 'Avstängd',
};

/** The system administrator's overview: every kommun, its administrators, and what can be done with them. */
@Component({
  selector: 'kl-municipality-administration-list',
  imports: [DatePipe, InvitationLink],
  template: `
    <section aria-labelledby="kommuner-heading">
      <h2 id="kommuner-heading">Kommuner och deras administratörer</h2>
      <div class="inline-form">
        <div class="field">
          <label for="kommun-filter">Sök kommun</label>
          <input id="kommun-filter" type="search" autocomplete="off" [value]="filter()" (input)="filter.set($any($event.target).value)" aria-describedby="kommun-count" />
        </div>
        <div class="field check">
          <input id="kommun-without" type="checkbox" [checked]="onlyWithout()" (change)="onlyWithout.set($any($event.target).checked)" />
          <label for="kommun-without">Bara kommuner utan aktiv administratör</label>
        </div>
      </div>
      <p id="kommun-count" role="status">{{ countText() }}</p>
      @if (message(); as text) { <p role="status">{{ text }}</p> }
      @if (invitation(); as created) { <kl-invitation-link [invitation]="created" /> }
      @if (loading()) {
        <p role="status">Hämtar kommunerna …</p>
      } @else {
        <div class="table-scroller" tabindex="0" role="region" aria-labelledby="kommuner-heading">
          <table class="data-table">
            <caption class="visually-hidden">Kommuner och administratörer</caption>
            <thead>
              <tr><th scope="col">Kommun</th><th scope="col">Län</th><th scope="col">Administratörer</th></tr>
            </thead>
            <tbody>
              @for (kommun of shown(); track kommun.code) {
                <tr>
                  <th scope="row">{{ kommun.name }} <span class="code">{{ kommun.code }}</span></th>
                  <td>{{ kommun.countyName }}</td>
                  <td>
                    @if (kommun.administrators.length === 0) {
                      Ingen ännu
                    } @else {
                      <ul class="administrators">
                        @for (admin of kommun.administrators; track admin.id) {
                          <li>
                            <span><strong>{{ admin.displayName }}</strong>, {{ admin.email }} – {{ statusLabels[admin.status] }}</span>
                            @if (admin.status === 'invited' && admin.invitationExpiresAt) {
                              <span class="hint">Länken gäller till {{ admin.invitationExpiresAt | date: 'd MMMM y HH:mm' }}</span>
                            }
                            <span class="actions">
                              @if (admin.status === 'invited') {
                                <button type="button" class="button-secondary" (click)="resend(kommun, admin)">
                                  Ny inbjudningslänk<span class="visually-hidden"> till {{ admin.displayName }}, {{ kommun.name }}</span>
                                </button>
                              }
                              <button type="button" class="button-secondary" (click)="toggle(kommun, admin)">
                                {{ admin.status === 'disabled' ? 'Aktivera' : 'Stäng av' }}<span class="visually-hidden"> {{ admin.displayName }}, {{ kommun.name }}</span>
                              </button>
                            </span>
                          </li>
                        }
                      </ul>
                    }
                  </td>
                </tr>
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
export class MunicipalityAdministrationList {
  private readonly api = inject(UsersApi);
  /** Bumped by the page when an administrator was created, to read the list again. */
  readonly refresh = input(0);
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly kommuner = signal<MunicipalityAdministration[]>([]);
  protected readonly loading = signal(true);
  protected readonly message = signal<string | null>(null);
  protected readonly invitation = signal<InvitationCreated | null>(null);
  protected readonly filter = signal('');
  protected readonly onlyWithout = signal(false);

  protected readonly shown = computed(() => {
    const term = this.filter().trim().toLocaleLowerCase('sv-SE');
    return this.kommuner().filter(
      (kommun) =>
        (!term || kommun.name.toLocaleLowerCase('sv-SE').includes(term) || kommun.code.startsWith(term)) &&
        (!this.onlyWithout() || !kommun.administrators.some((admin) => admin.status === 'active')),
    );
  });
  protected readonly countText = computed(() => {
    const shown = this.shown().length;
    return `${shown} av ${this.kommuner().length} kommuner visas.`;
  });

  constructor() {
    effect(() => {
      this.refresh();
      void this.load();
    });
  }

  protected async toggle(kommun: MunicipalityAdministration, admin: MunicipalityAdministrator): Promise<void> {
    const enable = admin.status === 'disabled';
    try {
      const updated = await this.api.setAdministratorEnabled(kommun.code, admin.id, enable);
      this.replace(kommun.code, { ...admin, status: updated.status });
      this.message.set(`${admin.displayName} (${kommun.name}) är ${enable ? 'aktiverad' : 'avstängd och utloggad'}.`);
    } catch (error) {
      this.message.set(errorText(toErrorBody(error).code));
    }
  }

  protected async resend(kommun: MunicipalityAdministration, admin: MunicipalityAdministrator): Promise<void> {
    try {
      const created = await this.api.resendAdministratorInvitation(kommun.code, admin.id);
      this.invitation.set(created);
      this.replace(kommun.code, { ...admin, invitationExpiresAt: created.expiresAt });
      this.message.set(null);
    } catch (error) {
      this.message.set(errorText(toErrorBody(error).code));
    }
  }

  private replace(code: string, admin: MunicipalityAdministrator): void {
    this.kommuner.update((kommuner) =>
      kommuner.map((kommun) =>
        kommun.code === code ? { ...kommun, administrators: kommun.administrators.map((a) => (a.id === admin.id ? admin : a)) } : kommun,
      ),
    );
  }

  private async load(): Promise<void> {
    try {
      this.kommuner.set(await this.api.municipalities());
    } catch (error) {
      this.message.set(errorText(toErrorBody(error).code));
    } finally {
      this.loading.set(false);
    }
  }
}
