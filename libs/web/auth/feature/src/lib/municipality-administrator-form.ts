import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import type { InvitationCreated, Municipality } from '@kl/shared/contracts';
import { UsersApi } from '@kl/web/auth/data-access';
import { errorText, toErrorBody } from '@kl/web/shared/util';
import { InvitationLink } from './invitation-link';

@Component({
  selector: 'kl-municipality-administrator-form',
  imports: [ReactiveFormsModule, InvitationLink],
  template: `
    <section aria-labelledby="admin-heading">
      <h2 id="admin-heading">Nytt administratörskonto för en kommun</h2>
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="inline-form">
        <div class="field">
          <label for="admin-municipality">Kommun</label>
          <select id="admin-municipality" formControlName="municipalityCode" [attr.aria-invalid]="invalid('municipalityCode')">
            <option value="">Välj kommun</option>
            @for (m of municipalities(); track m.code) { <option [value]="m.code">{{ m.name }} ({{ m.code }})</option> }
          </select>
        </div>
        <div class="field">
          <label for="admin-name">Namn</label>
          <input id="admin-name" formControlName="displayName" autocomplete="off" [attr.aria-invalid]="invalid('displayName')" />
        </div>
        <div class="field">
          <label for="admin-email">E-postadress</label>
          <input id="admin-email" type="email" formControlName="email" autocomplete="off" [attr.aria-invalid]="invalid('email')" />
        </div>
        <button type="submit" class="button-primary" [disabled]="saving()">Skapa konto</button>
      </form>
      @if (submitted() && form.invalid) {
        <p class="field-error" role="alert">Välj kommun och ange namn och en giltig e-postadress.</p>
      }
      @if (error(); as message) { <p class="field-error" role="alert">{{ message }}</p> }
      @if (invitation(); as created) { <kl-invitation-link [invitation]="created" /> }
    </section>
  `,
  styleUrl: './auth-forms.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MunicipalityAdministratorForm {
  private readonly api = inject(UsersApi);
  readonly created = output<void>();
  protected readonly municipalities = toSignal(inject(HttpClient).get<Municipality[]>('/api/municipalities'), { initialValue: [] });
  protected readonly form = inject(FormBuilder).nonNullable.group({
    municipalityCode: ['', Validators.required],
    displayName: ['', Validators.required],
    email: ['', [Validators.required, Validators.email]],
  });
  protected readonly submitted = signal(false);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly invitation = signal<InvitationCreated | null>(null);

  protected invalid(name: 'municipalityCode' | 'displayName' | 'email'): boolean {
    return this.submitted() && this.form.controls[name].invalid;
  }

  protected async submit(): Promise<void> {
    this.submitted.set(true);
    this.error.set(null);
    if (this.form.invalid) return;
    this.saving.set(true);
    try {
      this.invitation.set(await this.api.createMunicipalityAdministrator(this.form.getRawValue()));
      this.form.reset();
      this.submitted.set(false);
      this.created.emit();
    } catch (error) {
      const body = toErrorBody(error);
      this.error.set(body.code === 'EMAIL_TAKEN' ? 'Det finns redan ett konto med den e-postadressen i kommunen.' : errorText(body.code));
    } finally {
      this.saving.set(false);
    }
  }
}
