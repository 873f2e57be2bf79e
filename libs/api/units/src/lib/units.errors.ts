import { ConflictError, DomainError } from '@kl/api/core';

export class UnitHasActiveStaffError extends ConflictError {
  constructor() {
    super('UNIT_HAS_ACTIVE_STAFF', 'The unit has active staff: move them or end their employment first');
  }
}

export class UnitHasSubunitsError extends ConflictError {
  constructor() {
    super('UNIT_HAS_SUBUNITS', 'The unit has open subunits');
  }
}

/** Staff who left still belong to the unit in history: close it instead of deleting it. */
export class UnitHasStaffHistoryError extends ConflictError {
  constructor() {
    super('UNIT_HAS_STAFF_HISTORY', 'Staff who have left belong to the unit: close it instead');
  }
}

export class UnitNameTakenError extends DomainError {
  constructor() {
    super('UNIT_NAME_TAKEN', 409, 'Another unit of the kommun has this name', { name: 'not_unique' });
  }
}

export class UnitCycleError extends ConflictError {
  constructor() {
    super('UNIT_CYCLE', 'A unit cannot be moved below itself');
  }
}

export class UnitClosedError extends ConflictError {
  constructor() {
    super('UNIT_CLOSED', 'The unit is closed');
  }
}
