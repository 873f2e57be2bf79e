import { Injectable } from '@nestjs/common';
import { type Actor, type AggregateTransaction, KeptAggregates, type KommunTransaction, ScopedData } from '@kl/api/core';
import type { SubmissionFilePreview, SubmissionFileResult } from '@kl/shared/contracts';
import { checkSubmissionFile, type SubmissionFileContext } from '@kl/shared/util';
import { ImportInvalidError, NationalRoundNotOpenError } from './national.errors';
import { loadNationalRound, nationalRoundStatus, type NationalRoundRow } from './national-round-row';
import { loadTopics } from './national-tables.service';
import { CELL_PLACEHOLDERS, arraysOfRows, cellParams } from './submission-arrays';
import { readSubmissionTable, type SubmissionTable } from './tabular-file';

export interface UploadedFile {
  buffer: Buffer;
  originalname: string;
}

/**
 * A submission file (FORMATS.md §3) through the §4 route: a national analyst loads any kommuner
 * into any round (historical survey data, corrections); a kommun administrator sends its own,
 * within the round's window. Checked whole first; written all or nothing, set-based.
 */
@Injectable()
export class SubmissionFileService {
  constructor(
    private readonly data: ScopedData,
    private readonly kept: KeptAggregates,
  ) {}

  async submit(
    actor: Actor,
    code: string,
    file: UploadedFile | undefined,
    dryRun: boolean,
  ): Promise<SubmissionFileResult | SubmissionFilePreview> {
    const table = await read(file);
    if (actor.scope.kind === 'kommun') {
      return this.data
        .inKommun(actor, (tx) => this.submitOwn(tx, code, table, dryRun), 'National round')
        .finally(() => this.kept.forget());
    }
    return this.data
      .inAggregates(actor, (tx) => this.load(tx, code, table, dryRun), 'National round')
      .finally(() => this.kept.forget());
  }

  private async load(
    tx: AggregateTransaction,
    code: string,
    table: SubmissionTable,
    dryRun: boolean,
  ): Promise<SubmissionFileResult | SubmissionFilePreview> {
    const round = await loadNationalRound(tx, code);
    const ctx = await context(tx, round);
    const rows = check(table, ctx);
    const a = arraysOfRows(rows);
    const kommunkoder = [...new Set(rows.map((r) => r.kommunkod))].sort();
    if (dryRun) return preview(tx, round, kommunkoder, a.kommun, rows.length);
    const [result] = await tx.query<SubmissionFileResult>(
      `SELECT * FROM national_submissions_store($1, $2::uuid[], ${CELL_PLACEHOLDERS(3)})`,
      [round.id, a.kommun, ...cellParams(a)],
    );
    await tx.audit({
      entityType: 'national_round',
      entityId: round.id,
      action: 'submit',
      before: null,
      after: { source: 'national_file', kommunkoder, ...result },
    });
    return result;
  }

  private async submitOwn(
    tx: KommunTransaction,
    code: string,
    table: SubmissionTable,
    dryRun: boolean,
  ): Promise<SubmissionFileResult | SubmissionFilePreview> {
    const round = await loadNationalRound(tx, code);
    const [{ kommunkod }] = await tx.query<{ kommunkod: string }>(
      'SELECT code::text AS kommunkod FROM municipality WHERE id = $1',
      [tx.municipalityId],
    );
    const ctx = { ...(await context(tx, round)), ownKommunkod: kommunkod };
    const rows = check(table, ctx);
    if (dryRun) return preview(tx, round, rows.length > 0 ? [kommunkod] : [], rows.length > 0 ? [tx.municipalityId] : [], rows.length);
    if (nationalRoundStatus(round) !== 'open') throw new NationalRoundNotOpenError(round.code);
    const a = arraysOfRows(rows);
    const [result] = await tx.query<SubmissionFileResult>(
      `SELECT * FROM national_submission_store_own($1, 'kommun_file', ${CELL_PLACEHOLDERS(2)})`,
      [round.id, ...cellParams(a)],
    );
    const [{ id }] = await tx.query<{ id: string }>(
      `SELECT id FROM national_submission WHERE national_round_id = $1 AND municipality_id = $2 AND replaced_at IS NULL`,
      [round.id, tx.municipalityId],
    );
    await tx.audit({
      entityType: 'national_submission',
      entityId: id,
      action: 'submit',
      before: null,
      after: { source: 'kommun_file', round: round.code, ...result },
    });
    return result;
  }
}

async function read(file: UploadedFile | undefined): Promise<SubmissionTable> {
  if (!file) {
    throw new ImportInvalidError([{ row: 0, column: 'file', code: 'required', message: 'Ingen fil skickades (fältet file).' }]);
  }
  const table = await readSubmissionTable(file.buffer);
  if (table.problems.length > 0) throw new ImportInvalidError(table.problems);
  return table;
}

function check(table: SubmissionTable, ctx: SubmissionFileContext) {
  const { rows, errors } = checkSubmissionFile(table.header, table.rows, ctx);
  if (errors.length > 0) throw new ImportInvalidError(errors);
  return rows;
}

async function context(
  tx: KommunTransaction | AggregateTransaction,
  round: NationalRoundRow,
): Promise<SubmissionFileContext> {
  const kommuner = await tx.query<{ code: string; id: string }>('SELECT code::text AS code, id FROM municipality');
  const rounds = await tx.query<{ code: string }>('SELECT code FROM national_round');
  const topics = await loadTopics(tx, round.frameworkId);
  return {
    roundCode: round.code,
    roundCodes: new Set(rounds.map((r) => r.code)),
    kommuner: new Map(kommuner.map((k) => [k.code, k.id])),
    topics: new Set(topics.map((t) => t.code)),
  };
}

/** The dry run: how many kommuner and rows, and how many earlier submissions would be replaced. */
async function preview(
  tx: KommunTransaction | AggregateTransaction,
  round: NationalRoundRow,
  kommunkoder: string[],
  municipalityIds: string[],
  rows: number,
): Promise<SubmissionFilePreview> {
  const [{ replaced }] = await tx.query<{ replaced: number }>(
    `SELECT count(*)::int AS replaced FROM national_submission
     WHERE national_round_id = $1 AND municipality_id = ANY($2::uuid[]) AND replaced_at IS NULL`,
    [round.id, [...new Set(municipalityIds)]],
  );
  return { dryRun: true, kommuner: kommunkoder.length, rows, replaced, kommunkoder };
}
