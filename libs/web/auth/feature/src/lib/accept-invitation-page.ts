import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { AbstractControl, FormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { PASSWORD_MIN_LENGTH } from '@kl/shared/contracts';
import { invitationToken, UsersApi } from '@kl/web/auth/data-access';
import { errorText, toErrorBody } from '@kl/web/shared/util';

const samePasswords = (group: AbstractControl): ValidationErrors | null =>
  group.get('password')?.value === group.get('repeat')?.value ? null : { mismatch: true };

/** /inbjudan#token=…: the invited person chooses a password with the one-time link. */
@Component({
  selector: 'kl-accept-invitation-page',
  imports: [ReactiveFormsModule, RouterLink],
  template: `
    <div class="auth-page">
      <h1>Välj lösenord</h1>
      @if (done()) {
        <p role="status">Klart! Ditt konto är aktiverat.</p>
        <p><a routerLink="/logga-in">Logga in</a></p>
      } @else if (!token) {
        <p>Länken är ofullständig. Be den som bjöd in dig om en ny länk.</p>
      } @else {
        <p>Välj ett lösenord med minst {{ minLength }} tecken. En mening av flera ord är lätt att minnas och svår att gissa.</p>
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <div class="field">
            <label for="new-password">Nytt lösenord</label>
            <input id="new-password" type="password" formControlName="password" autocomplete="new-password"
              [attr.aria-invalid]="submitted() && form.controls.password.invalid" aria-describedby="password-hint" />
            <p id="password-hint" [class.field-error]="submitted() && form.controls.password.invalid">Minst {{ minLength }} tecken.</p>
          </div>
          <div class="field">
            <label for="repeat-password">Upprepa lösenordet</label>
            <input id="repeat-password" type="password" formControlName="repeat" autocomplete="new-password"
              [attr.aria-invalid]="submitted() && form.hasError('mismatch')" />
            @if (submitted() && form.hasError('mismatch')) { <p class="field-error">Lösenorden är inte lika.</p> }
          </div>
          @if (error(); as message) { <p class="field-error" role="alert">{{ message }}</p> }
          <button type="submit" class="button-primary" [disabled]="saving()">Spara lösenord</button>
        </form>
      }
    </div>
  `,
  styleUrl: './auth-forms.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AcceptInvitationPage {
  private readonly api = inject(UsersApi);
  protected readonly token = invitationToken(inject(ActivatedRoute).snapshot.fragment);
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly form = inject(FormBuilder).nonNullable.group(
    {
      password: ['', [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH)]],
      repeat: ['', Validators.required],
    },
    { validators: samePasswords },
  );
  protected readonly submitted = signal(false);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly done = signal(false);

  protected async submit(): Promise<void> {
    this.submitted.set(true);
    this.error.set(null);
    if (this.form.invalid || !this.token) return;
    this.saving.set(true);
    try {
      await this.api.acceptInvitation({ token: this.token, password: this.form.getRawValue().password });
      this.done.set(true);
    } catch (error) {
      const body = toErrorBody(error);
      this.error.set(
        body.statusCode === 404 || body.code === 'INVITATION_INVALID'
          ? 'Länken gäller inte längre. Be den som bjöd in dig om en ny länk.'
          : body.code === 'EMAIL_TAKEN'
            ? 'Din e-postadress har redan ett konto i Kompetensläget. Logga in med det, eller be den som bjöd in dig att använda en annan adress.'
            : errorText(body.code),
      );
    } finally {
      this.saving.set(false);
    }
  }
}
