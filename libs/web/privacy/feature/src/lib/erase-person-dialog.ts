import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { confirmationMatches, type ErasablePerson, PrivacyApi } from '@kl/web/privacy/data-access';
import { ConfirmedActionDialog } from './confirmed-action-dialog';

/**
 * Erasure of one person who has left: a button that opens a dialog saying exactly what erasure
 * does and does not do, asking for the employee number or the full name, then showing the result.
 * `erased` fires when the administrator closes the result.
 */
@Component({
  selector: 'kl-erase-person-dialog',
  templateUrl: './erase-person-dialog.html',
  styleUrl: './privacy.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ErasePersonDialog extends ConfirmedActionDialog {
  private readonly api = inject(PrivacyApi);

  readonly person = input.required<ErasablePerson>();
  readonly erased = output<ErasablePerson>();

  protected readonly typed = signal('');
  protected readonly name = computed(() => `${this.person().firstName} ${this.person().lastName}`);
  protected readonly idPrefix = computed(() => `erase-${this.person().id}`);

  protected override open(): void {
    this.typed.set('');
    super.open();
  }

  protected async erase(): Promise<void> {
    if (this.state() !== 'confirming') return;
    if (!confirmationMatches(this.typed(), this.person())) {
      this.error.set(`Skriv anställningsnumret ${this.person().employeeNumber} eller hela namnet ${this.name()} för att bekräfta.`);
      return;
    }
    await this.run(() => this.api.erase(this.person().id));
  }

  protected finished(): void {
    this.erased.emit(this.person());
  }
}
