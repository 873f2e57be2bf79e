import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import type { Role } from '@kl/shared/contracts';
import { AuthStore } from './auth.store';

export const LOGIN_PATH = '/logga-in';

/** Lets signed-in users through; sends others to the login page and back here afterwards. */
export const requireSignedIn: CanActivateFn = async (_route, state) => {
  // Everything injected before the first await: the injection context ends there.
  const router = inject(Router);
  const user = await inject(AuthStore).load();
  return user ? true : router.createUrlTree([LOGIN_PATH], { queryParams: { tillbaka: state.url } });
};

/** Lets the given roles through; any other signed-in user meets the 404 page (existence is not disclosed). */
export function requireRole(...roles: Role[]): CanActivateFn {
  return async (_route, state) => {
    const router = inject(Router);
    const user = await inject(AuthStore).load();
    if (!user) return router.createUrlTree([LOGIN_PATH], { queryParams: { tillbaka: state.url } });
    return roles.includes(user.role) ? true : router.createUrlTree(['/finns-inte']);
  };
}

/** Only a safe, local path may be the target after login (no open redirect). */
export function safeReturnPath(value: string | null | undefined): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith(LOGIN_PATH) ? value : '/';
}
