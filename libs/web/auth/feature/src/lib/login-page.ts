import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { AuthStore, safeReturnPath } from '@kl/web/auth/data-access';
import { errorText, toErrorBody } from '@kl/web/shared/util';
import { SsoSignIn } from './sso-sign-in';

@Component({
  selector: 'kl-login-page',
  imports: [ReactiveFormsModule, RouterLink, SsoSignIn],
  templateUrl: './login-page.html',
  styleUrl: './auth-forms.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  private readonly store = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly errorSummary = viewChild<ElementRef<HTMLElement>>('errorSummary');

  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly submitted = signal(false);
  /** The identity provider sent the user back without a session. */
  protected readonly ssoFailed = this.route.snapshot.queryParamMap.get('sso') === 'misslyckades';

  protected async submit(): Promise<void> {
    this.submitted.set(true);
    this.error.set(null);
    if (this.form.invalid) {
      this.focusErrors();
      return;
    }
    this.submitting.set(true);
    try {
      await this.store.login(this.form.getRawValue());
      await this.router.navigateByUrl(safeReturnPath(this.route.snapshot.queryParamMap.get('tillbaka')));
    } catch (error) {
      this.error.set(errorText(toErrorBody(error).code));
      this.form.controls.password.reset();
      this.focusErrors();
    } finally {
      this.submitting.set(false);
    }
  }

  protected invalid(name: 'email' | 'password'): boolean {
    return this.submitted() && this.form.controls[name].invalid;
  }

  private focusErrors(): void {
    // After the summary has rendered: move focus to it so screen readers read it (WCAG 3.3.1).
    setTimeout(() => this.errorSummary()?.nativeElement.focus());
  }
}
