import type { ErrorBody, ErrorCode, FieldErrorCode } from '@kl/shared/contracts';

/**
 * An error the domain expects and the client can act on. Each module names its own codes
 * (e.g. `UNIT_HAS_ACTIVE_STAFF`); the exception filter turns them into the one error body.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly statusCode: number,
    message: string,
    readonly errors?: Record<string, FieldErrorCode>,
    /** Extra data for the client, e.g. the current record on a stale version. */
    readonly details?: Pick<ErrorBody, 'current'>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** 404: missing, or outside the caller's scope (existence is not disclosed). */
export class NotFoundError extends DomainError {
  constructor(entity: string, code: ErrorCode = 'NOT_FOUND') {
    super(code, 404, `${entity} not found`);
  }
}

export class ConflictError extends DomainError {
  constructor(code: ErrorCode, message: string, details?: Pick<ErrorBody, 'current'>) {
    super(code, 409, message, undefined, details);
  }
}

/** 409 on an update that carried an older version than the stored one. */
export class StaleVersionError extends DomainError {
  constructor(entity: string, current: unknown) {
    super('STALE_VERSION', 409, `${entity} was changed by someone else`, undefined, { current });
  }
}

export class ValidationFailedError extends DomainError {
  constructor(errors: Record<string, FieldErrorCode>, message = 'Validation failed') {
    super('VALIDATION_FAILED', 400, message, errors);
  }
}
