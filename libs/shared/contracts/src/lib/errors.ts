/**
 * Stable error codes. The API answers every error with an {@link ErrorBody}; the web maps `code`
 * (and each field's code) to Swedish text.
 */
export const ERROR_CODES = [
  // General
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'CONFLICT',
  'STALE_VERSION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_ERROR',
  // Sign-in and accounts
  'INVALID_CREDENTIALS',
  'CSRF_TOKEN_INVALID',
  'CURRENT_PASSWORD_WRONG',
  'EMAIL_TAKEN',
  'OWN_ACCOUNT_PROTECTED',
  'INVITATION_INVALID',
  'ACCOUNT_NOT_INVITED',
  'IDENTITY_PROVIDER_UNAVAILABLE',
  // Units and staff
  'UNIT_HAS_ACTIVE_STAFF',
  'UNIT_HAS_SUBUNITS',
  'UNIT_HAS_STAFF_HISTORY',
  'UNIT_NAME_TAKEN',
  'UNIT_CYCLE',
  'UNIT_CLOSED',
  'EMPLOYEE_NUMBER_TAKEN',
  // Frameworks
  'FRAMEWORK_PUBLISHED',
  'FRAMEWORK_NOT_PUBLISHED',
  'FRAMEWORK_DRAFT_EXISTS',
  'FRAMEWORK_CODE_TAKEN',
  'CROSSWALK_INCOMPLETE',
  // Inventory
  'INVENTORY_ROUND_CLOSED',
  'INVENTORY_ROUND_NOT_OPEN',
  'INVENTORY_ROUND_STATUS',
  'INVENTORY_ROUND_NAME_TAKEN',
  /** The round's closing day has passed: no more assessments (it closes by itself). */
  'INVENTORY_ROUND_WINDOW_ENDED',
  'ASSESSMENT_CONFLICT',
  // National tier
  'NATIONAL_ROUND_CODE_TAKEN',
  /** A kommun submits for itself only within the national round's window. */
  'NATIONAL_ROUND_NOT_OPEN',
  /** Only a closed national round is published. */
  'NATIONAL_ROUND_NOT_CLOSED',
  /** Another publication of the same round is being written. */
  'PUBLICATION_IN_PROGRESS',
  /** The kommun round is not closed: a submission is built from a frozen population only. */
  'NATIONAL_SUBMISSION_ROUND_NOT_CLOSED',
  /** The kommun round was assessed on another framework version than the national round asks. */
  'NATIONAL_SUBMISSION_FRAMEWORK_MISMATCH',
  /** A file with wrong rows: every one is listed, nothing was written. */
  'IMPORT_INVALID',
  // Imports
  /** The import has been written, failed or was refused: it cannot be confirmed (again). */
  'IMPORT_NOT_CONFIRMABLE',
  // GDPR
  /** Erasure is for people whose employment has ended. */
  'PERSON_STILL_EMPLOYED',
  /** A round's person-level data is purged only when it has been closed long enough. */
  'ROUND_NOT_PURGEABLE',
  // Training
  'SESSION_FULL',
  'PARTICIPATION_OVERLAP',
  'PARTICIPATION_STATUS',
  'GRANT_EXCEEDED',
  /** A follow-up is recorded for a completed participation only. */
  'FOLLOW_UP_NOT_COMPLETED',
  /** A course step of an introduction is done by the person's completed participation, not by hand. */
  'INTRODUCTION_STEP_BY_PARTICIPATION',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Field-level validation codes, e.g. `{ fte: 'max' }`. They name the rule that failed, never a
 * message, so that the web can say it in Swedish.
 */
export const FIELD_ERROR_CODES = [
  'required',
  'unknown_field',
  'invalid_type',
  'invalid_format',
  'invalid_value',
  'min',
  'max',
  'min_length',
  'max_length',
  'not_unique',
  /** A value that is not allowed in this combination (e.g. a dispensation date without dispensation). */
  'not_allowed',
  /** A date before the date it must follow (e.g. end of employment before its start). */
  'before_start',
  /** A date or year in the future where only the past makes sense. */
  'in_future',
  /** A date in the past where only today or later makes sense (a new closing day). */
  'in_past',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

/** The one body shape of every error response. */
export interface ErrorBody {
  statusCode: number;
  code: ErrorCode;
  /** English, for developers and logs; users see text chosen by `code`. */
  message: string;
  /** Per field (dotted path for nested fields, e.g. `goals.0.topicCode`). */
  errors?: Record<string, FieldErrorCode>;
  /** On a conflict (409): the record as it is now, so the client can show it and choose. */
  current?: unknown;
  /** The request id, to find the request in the logs. */
  requestId?: string;
}

/**
 * Text fields take no control characters other than tab and line breaks (PostgreSQL refuses NUL,
 * and nobody types the others); a violation is `invalid_format`.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const PLAIN_TEXT_PATTERN = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;
