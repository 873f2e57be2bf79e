import { ConflictError, type KommunTransaction, NotFoundError } from '@kl/api/core';
import {
  IMPORT_PREVIEW_MAX_ITEMS,
  type ImportCounts,
  type ImportJob,
  type ImportJobState,
  type ImportKind,
  type ImportPreviewRow,
  type TabularProblem,
} from '@kl/shared/contracts';
import { fileProblem } from '@kl/shared/util';

/** What a job keeps of its preview (the `preview` column). */
export interface JobPreview {
  counts: ImportCounts;
  rows: ImportPreviewRow[];
  problems: TabularProblem[];
  problemCount: number;
  invitations: number;
}

/**
 * What a job keeps of its validated plan (the `plan` column): the plan, how it was asked for, and
 * the basis it rests on (a digest of the versions it read), compared again at confirmation.
 */
export interface KeptPlan {
  basis: string;
  inviteAccounts: boolean;
  plan: unknown;
}

export function jobPreview(
  counts: ImportCounts,
  rows: readonly ImportPreviewRow[],
  problems: readonly TabularProblem[],
  invitations = 0,
): JobPreview {
  // File problems first, then by row in the order found (the reader's, then the rules').
  const sorted = problems.map((problem, index) => ({ problem, index })).sort((a, b) => (a.problem.row ?? 0) - (b.problem.row ?? 0) || a.index - b.index);
  return {
    counts,
    rows: rows.slice(0, IMPORT_PREVIEW_MAX_ITEMS),
    problems: sorted.slice(0, IMPORT_PREVIEW_MAX_ITEMS).map(({ problem }) => problem),
    problemCount: problems.length,
    invitations,
  };
}

const JOB_SELECT = `SELECT j.id, j.kind, j.round_id AS "roundId", j.file_name AS "fileName", j.state, j.preview,
       j.created_at AS "createdAt", j.finished_at AS "finishedAt" FROM import_job j`;

interface JobRow {
  id: string;
  kind: ImportKind;
  roundId: string | null;
  fileName: string;
  state: ImportJobState;
  preview: JobPreview;
  createdAt: Date;
  finishedAt: Date | null;
}

const toJob = (row: JobRow): ImportJob => ({
  id: row.id,
  kind: row.kind,
  roundId: row.roundId,
  fileName: row.fileName,
  state: row.state,
  ...row.preview,
  // The text is the current wording for the kept code, so a job kept before a rewording reads as today.
  problems: row.preview.problems.map(fileProblem),
  invitations: row.preview.invitations ?? 0,
  createdAt: new Date(row.createdAt).toISOString(),
  finishedAt: row.finishedAt ? new Date(row.finishedAt).toISOString() : null,
});

export async function insertJob(
  tx: KommunTransaction,
  job: { kind: ImportKind; roundId: string | null; fileName: string; file: Buffer | null; preview: JobPreview; kept: KeptPlan },
): Promise<ImportJob> {
  const state: ImportJobState = job.preview.problemCount > 0 ? 'invalid' : 'previewed';
  const waiting = state === 'previewed';
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO import_job (municipality_id, kind, round_id, state, file_name, file, plan, preview, created_by_user_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      tx.municipalityId,
      job.kind,
      job.roundId,
      state,
      job.fileName,
      waiting ? job.file : null,
      waiting ? JSON.stringify(job.kept) : null,
      JSON.stringify(job.preview),
      tx.actorUserId,
    ],
  );
  return loadJob(tx, row.id);
}

/** A job of the kommun, started by anyone there (the administrators share the import page). */
export async function loadJob(tx: KommunTransaction, id: string): Promise<ImportJob> {
  const rows = await tx.query<JobRow>(`${JOB_SELECT} WHERE j.municipality_id = $1 AND j.id = $2`, [tx.municipalityId, id]);
  if (rows.length === 0) throw new NotFoundError('Import');
  return toJob(rows[0]);
}

/** The kommun's latest jobs, newest first. */
export async function listJobs(tx: KommunTransaction, limit: number): Promise<ImportJob[]> {
  const rows = await tx.query<JobRow>(`${JOB_SELECT} WHERE j.municipality_id = $1 ORDER BY j.created_at DESC, j.id LIMIT $2`, [tx.municipalityId, limit]);
  return rows.map(toJob);
}

export class ImportNotConfirmableError extends ConflictError {
  constructor(current: ImportJob) {
    super('IMPORT_NOT_CONFIRMABLE', `The import is ${current.state} and cannot be confirmed`, { current });
  }
}

/**
 * Takes a previewed job for writing (exactly one of concurrent confirmations does) and gives its
 * file and kept plan; its own short transaction, so that the `writing` state shows to a page
 * reloaded meanwhile. A job previewed before plans were kept has none (its file is planned again).
 */
export async function claimJob(tx: KommunTransaction, id: string): Promise<{ job: ImportJob; file: Buffer; kept: KeptPlan | null }> {
  const rows = await tx.modify<{ file: Buffer; plan: KeptPlan | null }>(
    `UPDATE import_job SET state = 'writing' WHERE municipality_id = $1 AND id = $2 AND state = 'previewed' AND file IS NOT NULL
     RETURNING file, plan`,
    [tx.municipalityId, id],
  );
  const job = await loadJob(tx, id);
  if (rows.length === 0) throw new ImportNotConfirmableError(job);
  return { job, file: rows[0].file, kept: rows[0].plan };
}

/** Ends a job: its result, and the file and plan dropped (they hold personal data and are no longer needed). */
export async function finishJob(tx: KommunTransaction, id: string, state: 'done' | 'invalid' | 'failed', preview?: JobPreview): Promise<ImportJob> {
  await tx.query(
    `UPDATE import_job SET state = $3, file = NULL, plan = NULL, finished_at = now(), preview = coalesce($4::jsonb, preview)
     WHERE municipality_id = $1 AND id = $2`,
    [tx.municipalityId, id, state, preview ? JSON.stringify(preview) : null],
  );
  return loadJob(tx, id);
}

/**
 * Serialises the imports of one kommun: a second confirmation waits here until the first has
 * committed or rolled back, then plans against what the first wrote (never interleaved).
 */
export async function lockKommunImports(tx: KommunTransaction): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('kl.import:' || $1::text, 0))`, [tx.municipalityId]);
}
