import { ConflictError, DomainError } from '@kl/api/core';
import type { FieldErrorCode } from '@kl/shared/contracts';

/** Published versions are immutable: national tables and rounds refer to them. */
export class FrameworkPublishedError extends ConflictError {
  constructor() {
    super('FRAMEWORK_PUBLISHED', 'A published framework version cannot be changed; start a new version');
  }
}

export class FrameworkNotPublishedError extends ConflictError {
  constructor() {
    super('FRAMEWORK_NOT_PUBLISHED', 'Only a published framework version can be copied or extended');
  }
}

export class FrameworkDraftExistsError extends ConflictError {
  constructor() {
    super('FRAMEWORK_DRAFT_EXISTS', 'A draft of this framework already exists');
  }
}

export class FrameworkCodeTakenError extends DomainError {
  constructor(field: string) {
    super('FRAMEWORK_CODE_TAKEN', 409, 'The code is already used in this framework', { [field]: 'not_unique' });
  }
}

export class CrosswalkIncompleteError extends DomainError {
  constructor(errors: Record<string, FieldErrorCode>) {
    super('CROSSWALK_INCOMPLETE', 409, 'Every topic of both versions must be in the crosswalk before publishing', errors);
  }
}
