import { Injectable, Logger } from '@nestjs/common';
import { type Actor, type KommunTransaction, ScopedData } from '@kl/api/core';
import type { ExportFormat, ImportJob, ImportKind } from '@kl/shared/contracts';
import { assessmentTable } from './assessment-export';
import { staffTable } from './staff-export';
import { FILE_MEDIA_TYPE, writeTableFile } from './table-file';
import { claimJob, finishJob, insertJob, type JobPreview, listJobs, loadJob, lockKommunImports } from './import-jobs';
import { planStaffFile, writeStaffPlan } from './staff-import';
import { planAssessmentFile, writeAssessmentPlan } from './assessment-import';

/** One kind of import: how a file is checked into a plan, and how a plan is written. */
interface ImportPlanner {
  plan(tx: KommunTransaction, file: Buffer, roundId: string | null): Promise<{ preview: JobPreview; write: () => Promise<void> }>;
}

const FILE_NAME_MAX_LENGTH = 200;

/**
 * Upload → preview → confirm (FORMATS.md): an upload is checked whole and kept as a job with its
 * preview; a confirmation checks the file again against the kommun as it is then, under the
 * kommun's import lock, and writes it in one transaction, or nothing.
 */
@Injectable()
export class ImportsService {
  private readonly logger = new Logger(ImportsService.name);
  private readonly planners: Record<ImportKind, ImportPlanner>;

  constructor(private readonly data: ScopedData) {
    this.planners = {
      staff: {
        plan: async (tx, file) => {
          const { plan, preview } = await planStaffFile(tx, file);
          return { preview, write: () => writeStaffPlan(tx, plan) };
        },
      },
      assessments: {
        plan: async (tx, file, roundId) => {
          const { plan, preview } = await planAssessmentFile(tx, file, roundId as string);
          return { preview, write: () => writeAssessmentPlan(tx, plan) };
        },
      },
    };
  }

  /** Checks a file and keeps it as a job awaiting confirmation (or refused, with its problems). */
  upload(actor: Actor, kind: ImportKind, file: Buffer, fileName: string | undefined, roundId: string | null = null): Promise<ImportJob> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const { preview } = await this.planners[kind].plan(tx, file, roundId);
        return insertJob(tx, { kind, roundId, fileName: cleanFileName(fileName), file, preview });
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
   * Writes a previewed job: all or nothing. The file is checked again (the kommun may have changed
   * since the preview); when it no longer passes, the job becomes `invalid` with its problems and
   * nothing is written. A confirmation of a job already written answers 409 with the job.
   */
  async confirm(actor: Actor, id: string): Promise<ImportJob> {
    const { job, file } = await this.data.inKommun(actor, (tx) => claimJob(tx, id), 'Import');
    try {
      return await this.data.inKommun(actor, async (tx) => {
        await lockKommunImports(tx);
        const { preview, write } = await this.planners[job.kind].plan(tx, file, job.roundId);
        if (preview.problemCount > 0) return finishJob(tx, id, 'invalid', preview);
        await write();
        return finishJob(tx, id, 'done', preview);
      });
    } catch (error) {
      this.logger.warn({ event: 'import_failed', importId: id, error: String(error) }, 'Import rolled back');
      await this.data.inKommun(actor, (tx) => finishJob(tx, id, 'failed'));
      throw error;
    }
  }
}

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
