import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MUNICIPALITY_ROLES, type InvitationCreated, type MunicipalityRole } from '@kl/shared/contracts';
import { ROLE_LABELS, UsersApi } from '@kl/web/auth/data-access';
import { errorText, fieldErrorText, toErrorBody } from '@kl/web/shared/util';
import { InvitationLink } from './invitation-link';
import { type LinkedStaff, StaffPicker } from './staff-picker';

@Component({
  selector: 'kl-invite-user-form',
  imports: [ReactiveFormsModule, InvitationLink, StaffPicker],
  template: `
    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading">Bjud in en användare</h2>
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="inline-form">
        <div class="field">
          <label for="invite-name">Namn</label>
          <input id="invite-name" formControlName="displayName" autocomplete="off"
            [attr.aria-invalid]="invalid('displayName')" [attr.aria-describedby]="invalid('displayName') ? 'invite-name-error' : null" />
          @if (invalid('displayName')) { <p class="field-error" id="invite-name-error">Ange namnet.</p> }
        </div>
        <div class="field">
          <label for="invite-email">E-postadress</label>
          <input id="invite-email" type="email" formControlName="email" autocomplete="off"
            [attr.aria-invalid]="invalid('email')" [attr.aria-describedby]="invalid('email') ? 'invite-email-error' : null" />
          @if (invalid('email')) { <p class="field-error" id="invite-email-error">{{ emailError() }}</p> }
        </div>
        <div class="field">
          <label for="invite-role">Roll</label>
          <select id="invite-role" formControlName="role">
            @for (role of roles; track role) { <option [value]="role">{{ roleLabels[role] }}</option> }
          </select>
        </div>
        <div class="field wide">
          <!-- A caseworker's own page, and a team leader's place outside the matrix, come from the staff record. -->
          <kl-staff-picker inputId="invite-staff" label="Medarbetare som kontot hör till (valfritt)" [(selected)]="linked" />
          @if (staffError(); as message) { <p class="field-error" role="alert">{{ message }}</p> }
        </div>
        <button type="submit" class="button-primary" [disabled]="saving()">{{ saving() ? 'Bjuder in …' : 'Bjud in' }}</button>
      </form>
      @if (error(); as message) { <p class="field-error" role="alert">{{ message }}</p> }
      @if (invitation(); as created) { <kl-invitation-link [invitation]="created" /> }
    </section>
  `,
  styleUrl: './auth-forms.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InviteUserForm {
  private readonly api = inject(UsersApi);
  readonly invited = output<void>();
  protected readonly roles = MUNICIPALITY_ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    displayName: ['', [Validators.required, Validators.maxLength(200)]],
    email: ['', [Validators.required, Validators.email]],
    role: ['caseworker' as MunicipalityRole, Validators.required],
  });
  protected readonly submitted = signal(false);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly serverEmailError = signal<string | null>(null);
  protected readonly invitation = signal<InvitationCreated | null>(null);
  protected readonly linked = signal<LinkedStaff | null>(null);
  protected readonly staffError = signal<string | null>(null);

  protected invalid(name: 'displayName' | 'email'): boolean {
    return (this.submitted() && this.form.controls[name].invalid) || (name === 'email' && !!this.serverEmailError());
  }

  protected emailError(): string {
    return this.serverEmailError() ?? 'Ange en e-postadress, till exempel namn@kommun.se.';
  }

  protected async submit(): Promise<void> {
    this.submitted.set(true);
    this.error.set(null);
    this.serverEmailError.set(null);
    this.staffError.set(null);
    if (this.form.invalid) return;
    this.saving.set(true);
    try {
      this.invitation.set(await this.api.invite({ ...this.form.getRawValue(), staffMemberId: this.linked()?.id ?? null }));
      this.form.reset();
      this.linked.set(null);
      this.submitted.set(false);
      this.invited.emit();
    } catch (error) {
      const body = toErrorBody(error);
      if (body.code === 'EMAIL_TAKEN') this.serverEmailError.set('Det finns redan ett konto med den e-postadressen i kommunen.');
      else if (body.errors?.['email']) this.serverEmailError.set(fieldErrorText(body.errors['email']));
      else if (body.errors?.['staffMemberId']) this.staffError.set('Medarbetaren finns inte längre. Sök igen.');
      else this.error.set(errorText(body.code));
    } finally {
      this.saving.set(false);
    }
  }
}
