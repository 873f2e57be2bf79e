import type {
  IntroductionStepKind,
  IntroductionStepProgress,
  IntroductionSummary,
  MentorLoad,
  NewStaffIntroduction,
  Role,
} from '@kl/shared/contracts';
import type { ExportTable } from '@kl/web/shared/util';

export const STEP_KIND_LABELS: Record<IntroductionStepKind, string> = {
  course: 'Kurs',
  supervision: 'Handledning',
  mentor_meeting: 'Mentorsamtal',
  reading: 'Läsning',
  other: 'Annat',
};

/** Whole percent of the steps done (0 for a programme without steps). */
export function progressPercent(i: Pick<IntroductionSummary, 'stepCount' | 'doneCount'>): number {
  return i.stepCount === 0 ? 0 : Math.round((100 * i.doneCount) / i.stepCount);
}

/** "3 av 5 steg klara, 1 försenat" — the progress bar's text, so that it never rests on the bar alone. */
export function progressText(i: Pick<IntroductionSummary, 'stepCount' | 'doneCount' | 'overdueCount'>): string {
  const done = `${i.doneCount} av ${i.stepCount} steg klara`;
  if (i.overdueCount === 0) return done;
  return `${done}, ${i.overdueCount} ${i.overdueCount === 1 ? 'försenat' : 'försenade'}`;
}

/** A step's state in words: done (when, how), overdue or due. */
export function stepStatus(step: IntroductionStepProgress): string {
  if (step.doneOn) {
    if (step.source === 'participation') return `Klar ${step.doneOn} (kursen genomförd)`;
    return step.doneByName ? `Klar ${step.doneOn} (${step.doneByName})` : `Klar ${step.doneOn}`;
  }
  return step.overdue ? `Försenad, skulle vara klar ${step.dueOn}` : `Ska vara klar ${step.dueOn}`;
}

/** What a new staff member lacks, in words ("Saknar program och mentor"); empty when nothing. */
export function newStaffFlags(row: Pick<NewStaffIntroduction, 'noProgramme' | 'noMentor'>): string {
  if (row.noProgramme && row.noMentor) return 'Saknar program och mentor';
  if (row.noProgramme) return 'Saknar program';
  if (row.noMentor) return 'Saknar mentor';
  return '';
}

export function newStaffExportTable(rows: readonly NewStaffIntroduction[]): ExportTable {
  return {
    sheetName: 'Nyanställda',
    columns: [
      { heading: 'Efternamn', kind: 'text' },
      { heading: 'Förnamn', kind: 'text' },
      { heading: 'Enhet', kind: 'text' },
      { heading: 'Anställd från', kind: 'date' },
      { heading: 'Erfarenhet från', kind: 'date' },
      { heading: 'Introduktionsprogram', kind: 'text', emptyText: '–' },
      { heading: 'Mentor', kind: 'text', emptyText: '–' },
      { heading: 'Saknas', kind: 'text' },
    ],
    rows: rows.map((r) => [
      r.lastName,
      r.firstName,
      r.unitName,
      r.employmentStart,
      r.experienceStart,
      r.programmeName,
      r.mentorName,
      newStaffFlags(r),
    ]),
  };
}

export function introductionsExportTable(rows: readonly IntroductionSummary[]): ExportTable {
  return {
    sheetName: 'Introduktioner',
    columns: [
      { heading: 'Efternamn', kind: 'text' },
      { heading: 'Förnamn', kind: 'text' },
      { heading: 'Enhet', kind: 'text' },
      { heading: 'Program', kind: 'text' },
      { heading: 'Mentor', kind: 'text', emptyText: '–' },
      { heading: 'Start', kind: 'date' },
      { heading: 'Steg', kind: 'integer' },
      { heading: 'Klara', kind: 'integer' },
      { heading: 'Försenade', kind: 'integer' },
    ],
    rows: rows.map((r) => [
      r.lastName,
      r.firstName,
      r.unitName,
      r.programmeName,
      r.mentorName,
      r.startDate,
      r.stepCount,
      r.doneCount,
      r.overdueCount,
    ]),
  };
}

export function mentorLoadExportTable(rows: readonly MentorLoad[]): ExportTable {
  return {
    sheetName: 'Mentorernas belastning',
    columns: [
      { heading: 'Efternamn', kind: 'text' },
      { heading: 'Förnamn', kind: 'text' },
      { heading: 'Enhet', kind: 'text' },
      { heading: 'Adepter', kind: 'integer' },
      { heading: 'Pågående introduktioner', kind: 'integer' },
    ],
    rows: rows.map((r) => [r.lastName, r.firstName, r.unitName, r.mentees, r.activeIntroductions]),
  };
}

/**
 * Whether the caller may mark a step, as the API decides it: HR and the team leader any step but
 * a course step (done by participation) of someone else's introduction they lead; the new hire
 * their own reading steps; a mentor none.
 */
export function canMarkStep(
  caller: { role: Role | null; staffMemberId: string | null },
  introduction: Pick<IntroductionSummary, 'staffMemberId' | 'asMentor'>,
  step: Pick<IntroductionStepProgress, 'kind'>,
): boolean {
  const own = caller.staffMemberId !== null && caller.staffMemberId === introduction.staffMemberId;
  if (own) return step.kind === 'reading';
  const leads = caller.role === 'municipality_admin' || caller.role === 'team_leader';
  return leads && !introduction.asMentor && step.kind !== 'course';
}

/**
 * What a listed new staff member lacks, from the introductions in reach: "Saknar program och
 * mentor" without one, "Saknar mentor" without a mentor, else "Program och mentor".
 */
export function introductionStateText(
  staffMemberId: string,
  introductions: readonly Pick<IntroductionSummary, 'staffMemberId' | 'mentorStaffMemberId' | 'asMentor'>[],
): string {
  const found = introductions.find((i) => i.staffMemberId === staffMemberId && !i.asMentor);
  return newStaffFlags({ noProgramme: !found, noMentor: !found?.mentorStaffMemberId }) || 'Program och mentor';
}
