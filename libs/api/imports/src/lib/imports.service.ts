import { Injectable, Logger } from '@nestjs/common';
import { type Actor, type KommunTransaction, ScopedData } from '@kl/api/core';
import { type CreatedInvitation, UsersService } from '@kl/api/auth';
import type { ExportFormat, ImportJob, ImportKind } from '@kl/shared/contracts';
import { assessmentTable } from './assessment-export';
import { staffTable } from './staff-export';
import { FILE_MEDIA_TYPE, writeTableFile } from './table-file';
import { claimJob, finishJob, insertJob, type JobPreview, type KeptPlan, listJobs, loadJob, lockKommunImports } from './import-jobs';
import { planStaffFile, staffBasis, type StaffWritePlan, writeStaffPlan } from './staff-import';
import { inviteStaff } from './staff-invitations';
import {
  assessmentBasis,
  keepAssessmentPlan,
  type KeptAssessmentPlan,
  keptAssessmentPlan,
  planAssessmentFile,
  writeAssessmentPlan,
} from './assessment-import';

export interface ImportOptions {
  roundId: string | null;
  inviteAccounts: boolean;
}

/**
 * One kind of import: what its plans rest on (a digest, see `importBasis`), how a file is checked
 * into a plan, how a plan is kept on its job (JSON) and how it is written. A write answers the
 * invitations to deliver once committed.
 */
interface ImportPlanner {
  basis(tx: KommunTransaction, options: ImportOptions): Promise<string>;
  plan(tx: KommunTransaction, file: Buffer, options: ImportOptions): Promise<{ preview: JobPreview; kept: unknown }>;
  write(tx: KommunTransaction, kept: unknown, options: ImportOptions): Promise<{ invitations: CreatedInvitation[] }>;
}

const FILE_NAME_MAX_LENGTH = 200;

/**
 * Upload → preview → confirm (FORMATS.md): an upload is checked whole and kept as a job with its
 * preview and validated plan; a confirmation, under the kommun's import lock, writes that plan in
 * one transaction, or nothing, when what it rests on is unchanged, and otherwise checks the file
 * again against the kommun as it is then.
 */
@Injectable()
export class ImportsService {
  private readonly logger = new Logger(ImportsService.name);
  private readonly planners: Record<ImportKind, ImportPlanner>;

  constructor(
    private readonly data: ScopedData,
    private readonly users: UsersService,
  ) {
    this.planners = {
      staff: {
        basis: (tx) => staffBasis(tx),
        plan: async (tx, file, options) => {
          const { plan, preview } = await planStaffFile(tx, file, options.inviteAccounts);
          return { preview, kept: plan };
        },
        write: async (tx, kept) => {
          const plan = kept as StaffWritePlan;
          await writeStaffPlan(tx, plan);
          return { invitations: await inviteStaff(tx, this.users, plan.invitees) };
        },
      },
      assessments: {
        basis: (tx, options) => assessmentBasis(tx, options.roundId as string),
        plan: async (tx, file, options) => {
          const { plan, preview } = await planAssessmentFile(tx, file, options.roundId as string);
          return { preview, kept: keepAssessmentPlan(plan) };
        },
        write: async (tx, kept) => {
          await writeAssessmentPlan(tx, keptAssessmentPlan(kept as KeptAssessmentPlan));
          return { invitations: [] };
        },
      },
    };
  }

  /** Checks a file and keeps it as a job awaiting confirmation, with its plan (or refused, with its problems). */
  upload(actor: Actor, kind: ImportKind, file: Buffer, fileName: string | undefined, options: Partial<ImportOptions> = {}): Promise<ImportJob> {
    const chosen: ImportOptions = { roundId: options.roundId ?? null, inviteAccounts: kind === 'staff' && options.inviteAccounts === true };
    return this.data.inKommun(
      actor,
      async (tx) => {
        const planner = this.planners[kind];
        // The basis first: what changes while the file is planned makes the basis differ, never the plan stale.
        const basis = await planner.basis(tx, chosen);
        const { preview, kept } = await planner.plan(tx, file, chosen);
        const plan: KeptPlan = { basis, inviteAccounts: chosen.inviteAccounts, plan: kept };
        return insertJob(tx, { kind, roundId: chosen.roundId, fileName: cleanFileName(fileName), file, preview, kept: plan });
      },
      'Import',
    );
  }

  get(actor: Actor, id: string): Promise<ImportJob> {
    return this.data.inKommun(actor, (tx) => loadJob(tx, id), 'Import');
  }

  list(actor: Actor): Promise<ImportJob[]> {
    return this.data.inKommun(actor, (tx) => listJobs(tx, 20), 'Import');
  }

  /**
   * A file in the import's own format: the export of what is stored (the same file imported back
   * changes nothing), or the template (`empty`: headers and dropdowns; for assessments the round's
   * people without levels). Always XLSX for a template, which carries the dropdowns.
   */
  async download(actor: Actor, kind: ImportKind, options: { format: ExportFormat; empty: boolean; roundId?: string }): Promise<DownloadFile> {
    const table = await this.data.inKommun(
      actor,
      (tx) => (kind === 'staff' ? staffTable(tx, options.empty) : assessmentTable(tx, options.roundId as string, options.empty)),
      'Inventory round',
    );
    const format = options.empty ? 'xlsx' : options.format;
    const name = `${kind === 'staff' ? 'personal' : 'bedomningar'}${options.empty ? '-mall' : ''}.${format}`;
    return { fileName: name, mediaType: FILE_MEDIA_TYPE[format], bytes: await writeTableFile(table, format) };
  }

  /**
   * Writes a previewed job: all or nothing. When what its plan rests on is unchanged since the
   * preview (`importBasis`), the kept plan is written as it is; otherwise the file is checked
   * again, and when it no longer passes the job becomes `invalid` with its problems and nothing
   * is written. Invitations go out once the write is committed. A confirmation of a job already
   * written answers 409 with the job.
   */
  async confirm(actor: Actor, id: string): Promise<ImportJob> {
    const { job, file, kept } = await this.data.inKommun(actor, (tx) => claimJob(tx, id), 'Import');
    const options: ImportOptions = { roundId: job.roundId, inviteAccounts: kept?.inviteAccounts ?? false };
    const planner = this.planners[job.kind];
    let invitations: CreatedInvitation[] = [];
    let done: ImportJob;
    try {
      done = await this.data.inKommun(actor, async (tx) => {
        await lockKommunImports(tx);
        const basis = await planner.basis(tx, options);
        if (kept && kept.basis === basis) {
          ({ invitations } = await planner.write(tx, kept.plan, options));
          return finishJob(tx, id, 'done', { ...previewOf(job), invitations: invitations.length });
        }
        const planned = await planner.plan(tx, file, options);
        if (planned.preview.problemCount > 0) return finishJob(tx, id, 'invalid', planned.preview);
        ({ invitations } = await planner.write(tx, planned.kept, options));
        return finishJob(tx, id, 'done', { ...planned.preview, invitations: invitations.length });
      });
    } catch (error) {
      this.logger.warn({ event: 'import_failed', importId: id, error: String(error) }, 'Import rolled back');
      await this.data.inKommun(actor, (tx) => finishJob(tx, id, 'failed'));
      throw error;
    }
    for (const invitation of invitations) await this.users.deliverInvitation(actor, invitation);
    return done;
  }
}

/** The preview a job holds (the job less its own columns). */
const previewOf = (job: ImportJob): JobPreview => ({
  counts: job.counts,
  rows: job.rows,
  problems: job.problems,
  problemCount: job.problemCount,
  invitations: job.invitations,
});

export interface DownloadFile {
  fileName: string;
  mediaType: string;
  bytes: Buffer;
}

/** The name shown in the preview: the last path segment, printable, not too long. */
function cleanFileName(fileName: string | undefined): string {
  const base = (fileName ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- dropping control characters is the point
  const printable = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, FILE_NAME_MAX_LENGTH);
  return printable === '' ? 'fil' : printable;
}
