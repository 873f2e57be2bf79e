import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import type { LoginRequest, Role, SessionUser } from '@kl/shared/contracts';
import { firstValueFrom } from 'rxjs';

export type SessionState = 'unknown' | 'signed-in' | 'signed-out';

/** The signed-in user, as the API's session says, held in signals for the whole app. */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly http = inject(HttpClient);
  private readonly current = signal<SessionUser | null>(null);
  private readonly state = signal<SessionState>('unknown');
  private loading?: Promise<SessionUser | null>;

  readonly user = this.current.asReadonly();
  readonly sessionState = this.state.asReadonly();
  readonly role = computed<Role | null>(() => this.current()?.role ?? null);
  /**
   * True when a request was refused because the session ended while the page was open. The page
   * stays as it is (unsaved work remains visible) and the shell asks for the password again.
   */
  readonly sessionExpired = signal(false);
  /**
   * Counts sign-ins that ended an expired session (in the dialog): pages whose writes the expiry
   * refused watch it and send them again.
   */
  private readonly renewalCount = signal(0);
  readonly renewals = this.renewalCount.asReadonly();

  /**
   * Asks the API once who is signed in (the session call answers null when no one is, so that a
   * visitor's page load logs no failed request); later calls share the answer.
   */
  load(): Promise<SessionUser | null> {
    this.loading ??= firstValueFrom(this.http.get<SessionUser | null>('/api/auth/session')).then(
      (user) => {
        if (user) return this.signedIn(user);
        this.signedOut();
        return null;
      },
      (error: unknown) => {
        if (error instanceof HttpErrorResponse && error.status === 401) {
          this.current.set(null);
          this.state.set('signed-out');
          return null;
        }
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
  }

  async login(request: LoginRequest): Promise<SessionUser> {
    const user = await firstValueFrom(this.http.post<SessionUser>('/api/auth/login', request));
    const renewed = this.sessionExpired();
    this.sessionExpired.set(false);
    this.signedIn(user);
    if (renewed) this.renewalCount.update((count) => count + 1);
    return user;
  }

  async logout(): Promise<void> {
    await firstValueFrom(this.http.post<void>('/api/auth/logout', {})).catch(() => undefined);
    this.signedOut();
  }

  /** Ends every session of the account, on every device. */
  async logoutEverywhere(): Promise<void> {
    await firstValueFrom(this.http.post<void>('/api/auth/logout-all', {}));
    this.signedOut();
  }

  /** Called by the interceptor when the API says the session is gone. */
  markExpired(): void {
    if (this.state() === 'signed-in') {
      this.sessionExpired.set(true);
    }
  }

  private signedIn(user: SessionUser): SessionUser {
    this.current.set(user);
    this.state.set('signed-in');
    this.loading = Promise.resolve(user);
    return user;
  }

  private signedOut(): void {
    this.current.set(null);
    this.state.set('signed-out');
    this.sessionExpired.set(false);
    this.loading = Promise.resolve(null);
  }
}
