import { ConflictError, DomainError, NotFoundError } from '@kl/api/core';
import type { SaveAssessmentsResult } from '@kl/shared/contracts';

export class RoundNotFoundError extends NotFoundError {
  constructor() {
    super('Inventory round');
  }
}

export class RoundClosedError extends ConflictError {
  constructor() {
    super('INVENTORY_ROUND_CLOSED', 'The inventory round is closed');
  }
}

export class RoundNotOpenError extends ConflictError {
  constructor() {
    super('INVENTORY_ROUND_NOT_OPEN', 'The inventory round has not been opened');
  }
}

/** The round is open but its closing day has passed (the round clock closes it shortly). */
export class RoundWindowEndedError extends ConflictError {
  constructor(closesOn: string) {
    super('INVENTORY_ROUND_WINDOW_ENDED', `The round's closing day ${closesOn} has passed`);
  }
}

/** A transition the round's status does not allow (e.g. closing a planned round). */
export class RoundStatusError extends ConflictError {
  constructor(message: string) {
    super('INVENTORY_ROUND_STATUS', message);
  }
}

export class RoundNameTakenError extends DomainError {
  constructor() {
    super('INVENTORY_ROUND_NAME_TAKEN', 409, 'The kommun already has a round with this name', {
      name: 'not_unique',
    });
  }
}

/**
 * Some cells of a save were stale. The other cells were written and committed; `current` carries
 * both lists so that the client can keep the saved ones and show the conflicts.
 */
export class AssessmentConflictError extends ConflictError {
  constructor(result: SaveAssessmentsResult) {
    super(
      'ASSESSMENT_CONFLICT',
      `${result.conflicts.length} cell(s) were changed by someone else; ${result.saved.length} saved`,
      { current: result },
    );
  }
}
