import { DomainError } from '@kl/api/core';

/** The one answer to any failed sign-in: unknown e-mail, wrong password, invited or disabled. */
export class InvalidCredentialsError extends DomainError {
  constructor() {
    super('INVALID_CREDENTIALS', 401, 'The e-mail or password is wrong');
  }
}

/** No valid session (missing, expired or revoked cookie). */
export class UnauthenticatedError extends DomainError {
  constructor() {
    super('UNAUTHENTICATED', 401, 'Sign in first');
  }
}

/** A cookie-authenticated write without the session's CSRF token in X-CSRF-Token. */
export class CsrfTokenInvalidError extends DomainError {
  constructor() {
    super('CSRF_TOKEN_INVALID', 403, 'The X-CSRF-Token header is missing or wrong');
  }
}

/**
 * A role the route does not allow. It answers 404, like an id outside the caller's scope, so that
 * the existence of a route or record is not disclosed to roles that may not use it.
 */
export class RouteNotFoundError extends DomainError {
  constructor() {
    super('NOT_FOUND', 404, 'Not found');
  }
}

/** Too many failed sign-ins for this e-mail or from this address; try again after the wait. */
export class RateLimitedError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('RATE_LIMITED', 429, `Too many failed sign-ins; try again in ${retryAfterSeconds} s`);
  }
}

/** A password change with the wrong current password (400: the session itself is fine). */
export class CurrentPasswordWrongError extends DomainError {
  constructor() {
    super('CURRENT_PASSWORD_WRONG', 400, 'The current password is wrong', { currentPassword: 'invalid_value' });
  }
}
