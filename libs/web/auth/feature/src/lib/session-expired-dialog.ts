import { ChangeDetectionStrategy, Component, effect, ElementRef, inject, signal, viewChild } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { AuthStore } from '@kl/web/auth/data-access';
import { errorText, toErrorBody } from '@kl/web/shared/util';

/**
 * Shown over the page when the session ended while the user was working: they sign in again in
 * place, and nothing on the page underneath is lost or reloaded.
 */
@Component({
  selector: 'kl-session-expired-dialog',
  imports: [ReactiveFormsModule],
  template: `
    <dialog #dialog aria-labelledby="session-expired-heading" (cancel)="$event.preventDefault()">
      @if (store.sessionExpired()) {
      <h2 id="session-expired-heading">Du har blivit utloggad</h2>
      <p>
        Sessionen har gått ut. Det du har på sidan finns kvar: logga in igen med
        {{ store.user()?.email }} och fortsätt. Ändringar i kompetensmatrisen som inte hann sparas skickas
        igen av sig själva; i ett formulär sparar du på nytt.
      </p>
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <div class="field">
          <label for="reauth-password">Lösenord</label>
          <input id="reauth-password" type="password" formControlName="password" autocomplete="current-password" />
        </div>
        @if (error(); as message) {
          <p class="field-error" role="alert">{{ message }}</p>
        }
        <button type="submit" class="button-primary" [disabled]="submitting()">Logga in igen</button>
      </form>
      }
    </dialog>
  `,
  styleUrl: './auth-forms.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionExpiredDialog {
  protected readonly store = inject(AuthStore);
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  protected readonly form = inject(FormBuilder).nonNullable.group({ password: ['', Validators.required] });
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);

  constructor() {
    effect(() => {
      const dialog = this.dialog().nativeElement;
      if (this.store.sessionExpired() && !dialog.open) dialog.showModal?.();
      if (!this.store.sessionExpired() && dialog.open) dialog.close();
    });
  }

  protected async submit(): Promise<void> {
    const email = this.store.user()?.email;
    if (!email || this.form.invalid) return;
    this.submitting.set(true);
    this.error.set(null);
    try {
      await this.store.login({ email, password: this.form.getRawValue().password });
      this.form.reset();
    } catch (error) {
      this.error.set(errorText(toErrorBody(error).code));
    } finally {
      this.submitting.set(false);
    }
  }
}
