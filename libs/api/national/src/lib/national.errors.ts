import { ConflictError, DomainError, NotFoundError } from '@kl/api/core';
import type { ErrorBody, FileRowError } from '@kl/shared/contracts';

export class NationalRoundNotFoundError extends NotFoundError {
  constructor() {
    super('National round');
  }
}

export class NationalRoundCodeTakenError extends ConflictError {
  constructor(code: string) {
    super('NATIONAL_ROUND_CODE_TAKEN', `National round ${code} exists`);
  }
}

/** A kommun submits for itself only within the round's window. */
export class NationalRoundNotOpenError extends ConflictError {
  constructor(code: string) {
    super('NATIONAL_ROUND_NOT_OPEN', `National round ${code} does not take submissions now`);
  }
}

export class InventoryRoundNotClosedError extends ConflictError {
  constructor() {
    super('NATIONAL_SUBMISSION_ROUND_NOT_CLOSED', 'The kommun round is not closed: its population is not frozen');
  }
}

export class FrameworkMismatchError extends ConflictError {
  constructor() {
    super('NATIONAL_SUBMISSION_FRAMEWORK_MISMATCH', 'The kommun round was assessed on another framework version');
  }
}

/**
 * 422 with every wrong row (FORMATS.md §4): the body's `errors` is the list of rows, not the
 * field map of other errors.
 */
export class ImportInvalidError extends DomainError {
  constructor(errors: readonly FileRowError[]) {
    super('IMPORT_INVALID', 422, `The file has ${errors.length} wrong row(s); nothing was written`, undefined, {
      errors,
    } as unknown as Pick<ErrorBody, 'current'>);
  }
}

export class NationalRoundNotClosedError extends ConflictError {
  constructor(code: string) {
    super('NATIONAL_ROUND_NOT_CLOSED', `National round ${code} is not closed: only a closed round is published`);
  }
}

export class PublicationInProgressError extends ConflictError {
  constructor(code: string) {
    super('PUBLICATION_IN_PROGRESS', `Another publication of national round ${code} is being written`);
  }
}
