import { Directive, ElementRef, signal, viewChild } from '@angular/core';
import { errorText, toErrorBody } from '@kl/web/shared/util';

export type ConfirmedActionState = 'confirming' | 'working' | 'done';

/**
 * A button opening a modal dialog that asks before an action that cannot be undone, runs it, and
 * shows its result. The template names its parts `#trigger`, `#dialog` and `#closeResult`, and
 * binds the dialog's `(cancel)` and `(close)` to `cancel($event)` and `closed()`.
 */
@Directive()
export abstract class ConfirmedActionDialog {
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  private readonly trigger = viewChild.required<ElementRef<HTMLButtonElement>>('trigger');
  private readonly closeResult = viewChild<ElementRef<HTMLButtonElement>>('closeResult');

  protected readonly state = signal<ConfirmedActionState>('confirming');
  protected readonly error = signal<string | null>(null);

  /** Called when the administrator closes the result: the host takes over from there. */
  protected abstract finished(): void;

  protected open(): void {
    this.state.set('confirming');
    this.error.set(null);
    const dialog = this.dialog().nativeElement;
    if (dialog.showModal) dialog.showModal();
    else dialog.setAttribute('open', '');
  }

  protected async run(action: () => Promise<unknown>): Promise<void> {
    if (this.state() !== 'confirming') return;
    this.error.set(null);
    this.state.set('working');
    try {
      await action();
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

  /** Escape, Avbryt or Stäng: after the action the host takes over, else the focus goes back to the button. */
  protected closed(): void {
    if (this.state() === 'done') {
      this.finished();
      return;
    }
    this.dialog().nativeElement.removeAttribute('open');
    this.trigger().nativeElement.focus();
  }

  /** While the action runs, Escape must not hide the dialog: the result would be shown to no one. */
  protected cancel(event: Event): void {
    if (this.state() === 'working') event.preventDefault();
  }
}
