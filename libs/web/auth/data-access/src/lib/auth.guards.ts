import { inject } from '@angular/core';
import { type CanActivateFn, RedirectCommand, Router } from '@angular/router';
import type { Role } from '@kl/shared/contracts';
import { AuthStore } from './auth.store';

export const LOGIN_PATH = '/logga-in';
/** The page that says the role may not open the page asked for; shown at the address asked for. */
export const NO_ACCESS_PATH = '/ingen-behorighet';

/** Lets signed-in users through; sends others to the login page and back here afterwards. */
export const requireSignedIn: CanActivateFn = async (_route, state) => {
  // inject() only works before the first await.
  const router = inject(Router);
  const user = await inject(AuthStore).load();
  return user ? true : router.createUrlTree([LOGIN_PATH], { queryParams: { tillbaka: state.url } });
};

/**
 * Lets the given roles through. Any other signed-in user is told that their role has no access
 * to the page, at the address they asked for (the address stays, so it can be passed on to
 * someone who has access). Which pages exist is no secret (the app lists them); the API still
 * answers 404 for the data behind them.
 */
export function requireRole(...roles: Role[]): CanActivateFn {
  return async (_route, state) => {
    const router = inject(Router);
    const user = await inject(AuthStore).load();
    if (!user) return router.createUrlTree([LOGIN_PATH], { queryParams: { tillbaka: state.url } });
    return roles.includes(user.role) ? true : new RedirectCommand(router.parseUrl(NO_ACCESS_PATH), { skipLocationChange: true });
  };
}

/** Only a safe, local path may be the target after login (no open redirect). */
export function safeReturnPath(value: string | null | undefined): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith(LOGIN_PATH) ? value : '/';
}
