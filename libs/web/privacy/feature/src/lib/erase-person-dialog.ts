import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, input, output, signal, viewChild } from '@angular/core';
import { confirmationMatches, type ErasablePerson, PrivacyApi } from '@kl/web/privacy/data-access';
import { errorText, toErrorBody } from '@kl/web/shared/util';

type State = 'confirming' | 'erasing' | 'done';

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
export class ErasePersonDialog {
  private readonly api = inject(PrivacyApi);
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  private readonly trigger = viewChild.required<ElementRef<HTMLButtonElement>>('trigger');
  private readonly closeResult = viewChild<ElementRef<HTMLButtonElement>>('closeResult');

  readonly person = input.required<ErasablePerson>();
  readonly erased = output<ErasablePerson>();

  protected readonly state = signal<State>('confirming');
  protected readonly typed = signal('');
  protected readonly error = signal<string | null>(null);
  protected readonly name = computed(() => `${this.person().firstName} ${this.person().lastName}`);
  protected readonly idPrefix = computed(() => `erase-${this.person().id}`);

  protected open(): void {
    this.state.set('confirming');
    this.typed.set('');
    this.error.set(null);
    const dialog = this.dialog().nativeElement;
    if (dialog.showModal) dialog.showModal();
    else dialog.setAttribute('open', '');
  }

  protected async erase(): Promise<void> {
    if (this.state() !== 'confirming') return;
    if (!confirmationMatches(this.typed(), this.person())) {
      this.error.set(`Skriv anställningsnumret ${this.person().employeeNumber} eller hela namnet ${this.name()} för att bekräfta.`);
      return;
    }
    this.error.set(null);
    this.state.set('erasing');
    try {
      await this.api.erase(this.person().id);
      this.state.set('done');
      // The button that had the focus is gone with the form: give it to the result's button.
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

  /** Escape, Avbryt or Stäng: after an erasure the host takes over, else the focus goes back to the button. */
  protected closed(): void {
    if (this.state() === 'done') {
      this.erased.emit(this.person());
      return;
    }
    this.dialog().nativeElement.removeAttribute('open');
    this.trigger().nativeElement.focus();
  }

  /** While erasing, Escape must not hide the dialog: the result would be shown to no one. */
  protected cancel(event: Event): void {
    if (this.state() === 'erasing') event.preventDefault();
  }
}
