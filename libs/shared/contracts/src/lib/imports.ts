import type { FileProblem } from './tabular';

/** What a file imports: staff (FORMATS.md §1, `personal`) or a round's assessments (§2, `bedomningar`). */
export const IMPORT_KINDS = ['staff', 'assessments'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/**
 * - `previewed`: the whole file is valid and waits for the user's confirmation;
 * - `invalid`: the file has problems, nothing can be written;
 * - `writing`: confirmed, the one transaction is under way;
 * - `done`: written; `failed`: the transaction was rolled back, nothing was written.
 */
export const IMPORT_JOB_STATES = ['previewed', 'invalid', 'writing', 'done', 'failed'] as const;
export type ImportJobState = (typeof IMPORT_JOB_STATES)[number];

export const IMPORT_ROW_ACTIONS = ['add', 'change', 'unchanged'] as const;
export type ImportRowAction = (typeof IMPORT_ROW_ACTIONS)[number];

/** Limits of an import file. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 50_000;
/** The preview lists at most this many rows and problems (the counts cover them all). */
export const IMPORT_PREVIEW_MAX_ITEMS = 500;

/** One row of the file as the import would take it. */
export interface ImportPreviewRow {
  /** The spreadsheet's row number. */
  row: number;
  /** The row's key: the employee number. */
  key: string;
  action: ImportRowAction;
  /** For `change`: the file's columns whose values differ from what is stored. */
  changedColumns: string[];
}

export interface ImportCounts {
  add: number;
  change: number;
  unchanged: number;
}

export interface ImportJob {
  id: string;
  kind: ImportKind;
  /** For assessments: the round imported into. */
  roundId: string | null;
  fileName: string;
  state: ImportJobState;
  /** Rows to add, change and leave; for assessments, counted in cells (person × topic). */
  counts: ImportCounts;
  /** The first rows, in file order (see {@link IMPORT_PREVIEW_MAX_ITEMS}). */
  rows: ImportPreviewRow[];
  /** Every problem up to {@link IMPORT_PREVIEW_MAX_ITEMS}; `problemCount` has them all. */
  problems: FileProblem[];
  problemCount: number;
  /**
   * Staff imports asked to invite (`inviteAccounts`): the accounts the confirmation invites, one
   * per e-mail in the file without an account in the kommun yet (once done: that it invited); else 0.
   */
  invitations: number;
  /** ISO 8601. */
  createdAt: string;
  finishedAt: string | null;
}

/** Query of an upload: the file's name as the user chose it (shown in the preview). */
export interface ImportUploadQuery {
  fileName?: string;
}

export interface StaffImportQuery extends ImportUploadQuery {
  /**
   * Invite every row's e-mail that has no account in the kommun yet, linked to the staff record:
   * as caseworker, or team leader of the row's unit for `roll=arbetsledare`.
   */
  inviteAccounts?: boolean;
}

export interface AssessmentImportQuery extends ImportUploadQuery {
  roundId: string;
}

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
