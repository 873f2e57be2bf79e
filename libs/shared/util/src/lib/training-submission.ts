import {
  COURSE_TYPES,
  TRAINING_TYPE_CODES,
  type CourseType,
  type Degree,
  type NationalMeasure,
  type StaffRole,
} from '@kl/shared/contracts';
import { fromScaled, roundRatio, toScaled } from './decimal';
import { experienceBands } from './experience';
import { hasSocionomexamen, type SubmissionCell } from './national-submission';

/**
 * The training measures of a kommun's submission (docs/national.md §7) from its participation and
 * funding in the year of the round's reference date. Only counts and sums leave: no participant
 * is named, and the rows in hold no one's identity either.
 */

/** One completed participation on a session starting in the year. */
export interface CompletedParticipation {
  sessionId: string;
  courseType: CourseType;
  /** Högskolepoäng of the course, exact decimal; null when it gives none. */
  credits: string | null;
  /** The session was held jointly with other kommuner (organised by another, or seats given to others). */
  joint: boolean;
  startsOn: string;
  /** Topic codes the course develops. */
  topicCodes: readonly string[];
  /** The participant's attributes; null when the person was erased (counted in activities only). */
  participant: { role: StaffRole; degree: Degree; experienceStart: string } | null;
}

export interface TrainingYear {
  completed: readonly CompletedParticipation[];
  /** Introduction programmes (courses of that type) with a participation of the kommun not cancelled. */
  introductionProgrammes: number;
  /** Kronor with öre, exact decimals: the year's statsbidrag requisitioned, and what is used of them. */
  grantsRequisitioned: string;
  grantsUsed: string;
}

const ROLE_CODE: Record<StaffRole, string> = { caseworker: 'handlaggare', team_leader: 'arbetsledare' };

/** The experience band code of the measure name, at the session's start: < 1, 1 to < 3, 3 or more years. */
export function trainingBandCode(experienceStart: string, on: string): 'under1ar' | '1till3ar' | 'minst3ar' {
  const bands = experienceBands(experienceStart, on);
  return bands.under1 ? 'under1ar' : bands.under3 ? '1till3ar' : 'minst3ar';
}

/** Kronor with öre, rounded once to whole kronor, half away from zero. */
export function wholeKronor(amount: string): string {
  return roundRatio(toScaled(amount, 2), 100n, 0);
}

export function buildTrainingCells(year: TrainingYear, topicCodes: readonly string[]): SubmissionCell[] {
  const sessions = new Map<string, CompletedParticipation>();
  for (const p of year.completed) sessions.set(p.sessionId, p);
  const activities = [...sessions.values()];
  const cells: SubmissionCell[] = [];
  const count = (matt: NationalMeasure, value: number, inriktning = '') =>
    cells.push({ matt, inriktning, niva: '', kon: '', varde: String(value) });

  for (const type of COURSE_TYPES) {
    count(`aktivitet_${TRAINING_TYPE_CODES[type]}_antal`, activities.filter((a) => a.courseType === type).length);
  }
  count('aktivitet_hp_antal', activities.filter((a) => a.credits !== null && toScaled(a.credits, 1) > 0n).length);
  count('aktivitet_samverkan_antal', activities.filter((a) => a.joint).length);
  for (const topic of topicCodes) {
    count('aktivitet_inriktning_antal', activities.filter((a) => a.topicCodes.includes(topic)).length, topic);
  }
  for (const topic of topicCodes) {
    count('deltagare_inriktning_antal', year.completed.filter((p) => p.topicCodes.includes(topic)).length, topic);
  }

  const groups = new Map<string, number>();
  for (const p of year.completed) {
    if (!p.participant) continue;
    const degree = hasSocionomexamen(p.participant.degree) ? 'socionom' : 'utan_socionom';
    const key = `deltagare_${ROLE_CODE[p.participant.role]}_${degree}_${trainingBandCode(p.participant.experienceStart, p.startsOn)}_antal`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  for (const role of ['handlaggare', 'arbetsledare']) {
    for (const degree of ['socionom', 'utan_socionom']) {
      for (const band of ['under1ar', '1till3ar', 'minst3ar']) {
        const key = `deltagare_${role}_${degree}_${band}_antal`;
        count(key as NationalMeasure, groups.get(key) ?? 0);
      }
    }
  }

  const credits = year.completed.reduce((sum, p) => sum + (p.credits === null ? 0n : toScaled(p.credits, 1)), 0n);
  cells.push({ matt: 'deltagare_hp', inriktning: '', niva: '', kon: '', varde: fromScaled(credits, 1) });
  count('introduktionsprogram_antal', year.introductionProgrammes);
  cells.push({ matt: 'statsbidrag_rekvirerat_kr', inriktning: '', niva: '', kon: '', varde: wholeKronor(year.grantsRequisitioned) });
  cells.push({ matt: 'statsbidrag_anvant_kr', inriktning: '', niva: '', kon: '', varde: wholeKronor(year.grantsUsed) });
  return cells;
}
