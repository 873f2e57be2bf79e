import { ConflictError, DomainError } from '@kl/api/core';

export class EmailTakenError extends ConflictError {
  constructor() {
    super('EMAIL_TAKEN', 'An account with this e-mail already exists');
  }
}

/** An administrator may not disable or demote their own account (no kommun without an administrator by mistake). */
export class OwnAccountProtectedError extends ConflictError {
  constructor() {
    super('OWN_ACCOUNT_PROTECTED', 'You cannot disable your own account or change your own role');
  }
}

/** Units belong to team leaders only. */
export class UnitsOnlyForTeamLeadersError extends DomainError {
  constructor() {
    super('VALIDATION_FAILED', 400, 'Only a team leader has units', { unitIds: 'invalid_value' });
  }
}

/** The invitation link is unknown, used, expired, or its account is no longer invited. */
export class InvitationInvalidError extends DomainError {
  constructor() {
    super('INVITATION_INVALID', 400, 'The invitation link is invalid, used or expired');
  }
}
