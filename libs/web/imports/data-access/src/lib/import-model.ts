import type { ImportJob, ImportJobState, ImportKind, FileProblem } from '@kl/shared/contracts';
import { tabularProblemPlace } from '@kl/web/shared/util';

export const IMPORT_KIND_LABELS: Record<ImportKind, string> = {
  staff: 'Personal',
  assessments: 'Bedömningar',
};

export const IMPORT_STATE_LABELS: Record<ImportJobState, string> = {
  previewed: 'Väntar på bekräftelse',
  invalid: 'Filen har fel – inget skrivet',
  writing: 'Skrivs',
  done: 'Klar',
  failed: 'Misslyckades – inget skrivet',
};

/** The steps of an import the progress bar shows, in order. */
export type ImportPhase = 'upload' | 'check' | 'preview' | 'write' | 'done';

export const IMPORT_PHASE_LABELS: Record<ImportPhase, string> = {
  upload: 'Skickar filen',
  check: 'Läser och kontrollerar filen',
  preview: 'Förhandsgranskning',
  write: 'Skriver till databasen',
  done: 'Klart',
};

/** The phase a job is in, as the page shows it after a reload. */
export function phaseOfJob(job: Pick<ImportJob, 'state'>): ImportPhase {
  switch (job.state) {
    case 'writing':
      return 'write';
    case 'done':
      return 'done';
    default:
      return 'preview';
  }
}

/**
 * The progress bar's value (0–100) for a phase: sending the file is measured; checking and writing
 * happen on the server in one go, so those show their step (and the bar says it is busy).
 */
export function progressValue(phase: ImportPhase, sentShare: number): number {
  switch (phase) {
    case 'upload':
      return Math.round(Math.min(Math.max(sentShare, 0), 1) * 40);
    case 'check':
      return 50;
    case 'preview':
      return 60;
    case 'write':
      return 80;
    case 'done':
      return 100;
  }
}

export interface ProblemLine {
  place: string;
  text: string;
}

/** Each problem as a line of the preview: where (row and column) and what, in Swedish. */
export function problemLines(problems: readonly FileProblem[]): ProblemLine[] {
  return problems.map((problem) => ({ place: tabularProblemPlace(problem), text: problem.message }));
}

/** What the counts say, e.g. "3 läggs till, 1 ändras, 10 oförändrade" (cells for assessments). */
export function countsText(job: Pick<ImportJob, 'kind' | 'counts'>): string {
  const unit = job.kind === 'assessments' ? ' bedömningar' : '';
  const { add, change, unchanged } = job.counts;
  return `${add}${unit} läggs till, ${change} ändras, ${unchanged} oförändrade`;
}

/** Links to the files in the import formats (the browser downloads them with the session). */
export function downloadLinks(kind: ImportKind, roundId?: string): { label: string; href: string }[] {
  if (kind === 'staff') {
    return [
      { label: 'Mall för personal (Excel)', href: '/api/imports/staff/template' },
      { label: 'Exportera personal (Excel)', href: '/api/imports/staff/export?format=xlsx' },
      { label: 'Exportera personal (CSV)', href: '/api/imports/staff/export?format=csv' },
    ];
  }
  if (!roundId) return [];
  const round = `roundId=${encodeURIComponent(roundId)}`;
  return [
    { label: 'Mall för bedömningar (Excel)', href: `/api/imports/assessments/template?${round}` },
    { label: 'Exportera bedömningar (Excel)', href: `/api/imports/assessments/export?${round}&format=xlsx` },
    { label: 'Exportera bedömningar (CSV)', href: `/api/imports/assessments/export?${round}&format=csv` },
  ];
}
