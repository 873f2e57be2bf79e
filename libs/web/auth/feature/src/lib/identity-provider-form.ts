import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import type { IdentityProviderRequest, IdentityProviderSettings } from '@kl/shared/contracts';
import { errorText, toErrorBody } from '@kl/web/shared/util';
import { firstValueFrom } from 'rxjs';

/** The kommun's OIDC single sign-on: issuer, client and secret (never shown again once saved). */
@Component({
  selector: 'kl-identity-provider-form',
  imports: [ReactiveFormsModule],
  template: `
    <section aria-labelledby="sso-settings-heading">
      <h2 id="sso-settings-heading">Inloggning med kommunens identitetstjänst (OIDC)</h2>
      @if (settings(); as current) {
        <p>
          Kommunens inloggning är {{ current.enabled ? 'påslagen' : 'avstängd' }}. Registrera den här adressen som
          återkomstadress hos identitetstjänsten: <code>{{ current.redirectUri }}</code>
        </p>
      } @else {
        <p>Kommunen har ingen egen inloggning ännu. Användarna loggar in med e-post och lösenord.</p>
      }
      <form [formGroup]="form" (ngSubmit)="save()" novalidate>
        <div class="field">
          <label for="sso-issuer">Utfärdare (issuer)</label>
          <input id="sso-issuer" type="url" formControlName="issuer" placeholder="https://login.kommun.se/realms/personal" [attr.aria-invalid]="invalid('issuer')" />
        </div>
        <div class="field">
          <label for="sso-client-id">Klient-id</label>
          <input id="sso-client-id" formControlName="clientId" autocomplete="off" [attr.aria-invalid]="invalid('clientId')" />
        </div>
        <div class="field">
          <label for="sso-client-secret">Klienthemlighet</label>
          <input id="sso-client-secret" type="password" formControlName="clientSecret" autocomplete="new-password" aria-describedby="sso-secret-hint" [attr.aria-invalid]="invalid('clientSecret')" />
          <p class="hint" id="sso-secret-hint">Visas aldrig igen; ange den på nytt vid varje ändring.</p>
        </div>
        <div class="check">
          <input id="sso-enabled" type="checkbox" formControlName="enabled" />
          <label for="sso-enabled">Låt användarna logga in med kommunens inloggning</label>
        </div>
        @if (submitted() && form.invalid) {
          <p class="field-error" role="alert">Ange utfärdarens adress (https://…), klient-id och klienthemlighet.</p>
        }
        @if (message(); as text) {
          <p role="status">{{ text }}</p>
        }
        <button type="submit" class="button-primary" [disabled]="saving()">Spara inloggningen</button>
      </form>
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IdentityProviderForm {
  private readonly http = inject(HttpClient);
  protected readonly settings = signal<IdentityProviderSettings | null>(null);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    issuer: ['', [Validators.required, Validators.pattern(/^https?:\/\/\S+$/)]],
    clientId: ['', Validators.required],
    clientSecret: ['', Validators.required],
    enabled: [true],
  });
  protected readonly submitted = signal(false);
  protected readonly saving = signal(false);
  protected readonly message = signal<string | null>(null);

  constructor() {
    void firstValueFrom(this.http.get<IdentityProviderSettings | null>('/api/identity-provider')).then(
      (current) => {
        this.settings.set(current);
        if (current) this.form.patchValue({ issuer: current.issuer, clientId: current.clientId, enabled: current.enabled });
      },
      (error: unknown) => this.message.set(errorText(toErrorBody(error).code)),
    );
  }

  protected invalid(name: 'issuer' | 'clientId' | 'clientSecret'): boolean {
    return this.submitted() && this.form.controls[name].invalid;
  }

  protected async save(): Promise<void> {
    this.submitted.set(true);
    this.message.set(null);
    if (this.form.invalid) return;
    this.saving.set(true);
    try {
      const request: IdentityProviderRequest = this.form.getRawValue();
      this.settings.set(await firstValueFrom(this.http.put<IdentityProviderSettings>('/api/identity-provider', request)));
      this.form.controls.clientSecret.reset();
      this.submitted.set(false);
      this.message.set('Inloggningen är sparad.');
    } catch (error) {
      const body = toErrorBody(error);
      this.message.set(
        body.errors?.['issuer'] === 'not_allowed'
          ? 'Utfärdaren måste ha en https-adress som nås från internet, inte en adress i ett internt nät.'
          : errorText(body.code),
      );
    } finally {
      this.saving.set(false);
    }
  }
}
