import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { SsoMunicipality } from '@kl/shared/contracts';
import { catchError, of } from 'rxjs';

/**
 * Single sign-on with the kommun's own identity provider, shown only when some kommun has one.
 * The sign-in itself is a full-page visit to the API, which sends the browser to the provider.
 */
@Component({
  selector: 'kl-sso-sign-in',
  template: `
    @if (municipalities().length > 0) {
      <section class="sso" aria-labelledby="sso-heading">
        <h2 id="sso-heading">Logga in med kommunens inloggning</h2>
        <div class="field">
          <label for="sso-municipality">Kommun</label>
          <select id="sso-municipality" (change)="choose($event)">
            <option value="">Välj din kommun</option>
            @for (m of municipalities(); track m.code) {
              <option [value]="m.code">{{ m.name }}</option>
            }
          </select>
        </div>
        <a class="button-secondary" [class.disabled]="!chosen()" [attr.aria-disabled]="!chosen()" [attr.href]="chosen() ? '/api/auth/oidc/' + chosen() : null">
          Fortsätt till kommunens inloggning
        </a>
      </section>
    }
  `,
  styles: `
    .sso {
      margin-top: 2rem;
      padding-top: 1rem;
      border-top: 1px solid var(--kl-border);
    }
    a.button-secondary {
      display: inline-block;
      text-decoration: none;
    }
    a.disabled {
      opacity: 0.7;
      cursor: not-allowed;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SsoSignIn {
  protected readonly municipalities = toSignal(
    inject(HttpClient)
      .get<SsoMunicipality[]>('/api/auth/sso-municipalities')
      .pipe(catchError(() => of([] as SsoMunicipality[]))),
    { initialValue: [] as SsoMunicipality[] },
  );
  protected readonly chosen = signal<string | null>(null);

  protected choose(event: Event): void {
    this.chosen.set((event.target as HTMLSelectElement).value || null);
  }
}
