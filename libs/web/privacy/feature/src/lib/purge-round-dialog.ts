import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import type { PurgeableRound } from '@kl/shared/contracts';
import { PrivacyApi } from '@kl/web/privacy/data-access';
import { ConfirmedActionDialog } from './confirmed-action-dialog';

/** The purge of a closed round's person-level data, after a dialog saying what goes and what stays. */
@Component({
  selector: 'kl-purge-round-dialog',
  template: `
    <button #trigger type="button" class="button-secondary danger" (click)="open()">
      Gallra<span class="visually-hidden"> {{ round().name }}</span>
    </button>
    <dialog #dialog class="purge-dialog" [attr.aria-labelledby]="'purge-' + round().id + '-heading'" (cancel)="cancel($event)" (close)="closed()">
      @if (state() === 'done') {
        <h2 [id]="'purge-' + round().id + '-heading'">Omgången är gallrad</h2>
        <p role="status">{{ round().name }} har inga uppgifter om enskilda personer kvar. Omgångens siffror är oförändrade.</p>
        <button #closeResult type="button" class="button-primary" (click)="close()">Stäng</button>
      } @else {
        <h2 [id]="'purge-' + round().id + '-heading'">Gallra {{ round().name }}</h2>
        <p>Gallringen går inte att ångra.</p>
        <ul>
          <li>
            Tas bort: omgångens {{ round().assessments }} bedömningsrader med historik och deras ögonblicksbilder i granskningsloggen, och
            kopplingen mellan {{ round().linkedPeople }} personer och omgångens låsta uppgifter.
          </li>
          <li>Finns kvar: omgångens siffror i översikten och trenderna, och inlämningar till den nationella nivån.</li>
        </ul>
        <p class="status" role="status">{{ state() === 'working' ? 'Gallrar …' : '' }}</p>
        @if (error(); as message) {
          <p class="field-error" role="alert">{{ message }}</p>
        }
        <div class="dialog-actions">
          <button type="button" class="button-primary danger" [attr.aria-disabled]="state() === 'working' || null" (click)="purge()">Gallra omgången</button>
          <button type="button" class="button-secondary" [disabled]="state() === 'working'" (click)="close()">Avbryt</button>
        </div>
      }
    </dialog>
  `,
  styleUrl: './privacy.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PurgeRoundDialog extends ConfirmedActionDialog {
  private readonly api = inject(PrivacyApi);

  readonly round = input.required<PurgeableRound>();
  readonly purged = output<PurgeableRound>();

  protected purge(): Promise<void> {
    return this.run(() => this.api.purgeRound(this.round().id));
  }

  protected finished(): void {
    this.purged.emit(this.round());
  }
}
