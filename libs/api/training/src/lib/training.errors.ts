import { ConflictError, DomainError } from '@kl/api/core';

/** The kommun's seats on the session are taken (or it has none). */
export class SessionFullError extends ConflictError {
  constructor(seatsLeft: number) {
    super('SESSION_FULL', `The kommun has ${seatsLeft} seats left on the session`, {
      current: { seatsLeft },
    });
  }
}

/** Someone is already on a session of overlapping days (or on this one). */
export class ParticipationOverlapError extends ConflictError {
  constructor(staffMemberIds: string[]) {
    super('PARTICIPATION_OVERLAP', 'Already booked on overlapping days', {
      current: { staffMemberIds },
    });
  }
}

export class ParticipationStatusError extends ConflictError {
  constructor(from: string, to: string) {
    super('PARTICIPATION_STATUS', `A participation cannot go from ${from} to ${to}`);
  }
}

/** The grant's planned and used costs would pass what was granted. */
export class GrantExceededError extends ConflictError {
  constructor(left: string) {
    super('GRANT_EXCEEDED', `The grant has ${left} kronor left`, { current: { left } });
  }
}

/** A follow-up is for a completed participation only. */
export class FollowUpNotCompletedError extends ConflictError {
  constructor(status: string) {
    super('FOLLOW_UP_NOT_COMPLETED', `A ${status} participation has no follow-up yet`);
  }
}

/** A course step of an introduction is done when the person's participation in the course is completed. */
export class IntroductionStepByParticipationError extends ConflictError {
  constructor() {
    super('INTRODUCTION_STEP_BY_PARTICIPATION', 'A course step is done by a completed participation');
  }
}

/** The new hire reads their introduction and marks their reading steps only; a mentor reads it. */
export class IntroductionReadOnlyError extends DomainError {
  constructor() {
    super('FORBIDDEN', 403, 'The caller may read this introduction, not change it');
  }
}
