import { ChangeDetectionStrategy, Component, ElementRef, inject, input, output, signal, viewChild } from '@angular/core';
import type { PurgeableRound } from '@kl/shared/contracts';
import { PrivacyApi } from '@kl/web/privacy/data-access';
import { errorText, toErrorBody } from '@kl/web/shared/util';

type State = 'confirming' | 'purging' | 'done';

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
        <p class="status" role="status">{{ state() === 'purging' ? 'Gallrar …' : '' }}</p>
        @if (error(); as message) {
          <p class="field-error" role="alert">{{ message }}</p>
        }
        <div class="dialog-actions">
          <button type="button" class="button-primary danger" [attr.aria-disabled]="state() === 'purging' || null" (click)="purge()">Gallra omgången</button>
          <button type="button" class="button-secondary" [disabled]="state() === 'purging'" (click)="close()">Avbryt</button>
        </div>
      }
    </dialog>
  `,
  styleUrl: './privacy.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PurgeRoundDialog {
  private readonly api = inject(PrivacyApi);
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  private readonly trigger = viewChild.required<ElementRef<HTMLButtonElement>>('trigger');
  private readonly closeResult = viewChild<ElementRef<HTMLButtonElement>>('closeResult');

  readonly round = input.required<PurgeableRound>();
  readonly purged = output<PurgeableRound>();

  protected readonly state = signal<State>('confirming');
  protected readonly error = signal<string | null>(null);

  protected open(): void {
    this.state.set('confirming');
    this.error.set(null);
    const dialog = this.dialog().nativeElement;
    if (dialog.showModal) dialog.showModal();
    else dialog.setAttribute('open', '');
  }

  protected async purge(): Promise<void> {
    if (this.state() !== 'confirming') return;
    this.state.set('purging');
    this.error.set(null);
    try {
      await this.api.purgeRound(this.round().id);
      this.state.set('done');
      setTimeout(() => this.closeResult()?.nativeElement.focus());
    } catch (error) {
      this.error.set(errorText(toErrorBody(error).code));
      this.state.set('confirming');
    }
  }

  protected close(): void {
    const dialog = this.dialog().nativeElement;
    if (dialog.close) dialog.close();
    else this.closed();
  }

  protected closed(): void {
    if (this.state() === 'done') {
      this.purged.emit(this.round());
      return;
    }
    this.dialog().nativeElement.removeAttribute('open');
    this.trigger().nativeElement.focus();
  }

  protected cancel(event: Event): void {
    if (this.state() === 'purging') event.preventDefault();
  }
}
