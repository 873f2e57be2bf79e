import {
  COURSE_TYPES,
  TRAINING_ACTIVITY_MEASURES,
  TRAINING_BANDS,
  TRAINING_DEGREES,
  TRAINING_TYPE_CODES,
  type CourseType,
  type TrainingBand,
  type TrainingDegree,
  type TrainingFigures,
} from '@kl/shared/contracts';
import { type CellIndex, type NationalTopic, exactShare, tenthsToDecimal } from './national-tables';

/**
 * The national training table (docs/national.md §7) from kept aggregate cells: activities by type,
 * with credits and held jointly; participants by role and by degree × experience band; the topics
 * most trained; introduction programmes in use; statsbidrag. Counts are integers, kronor and
 * shares exact decimal strings.
 */

export const TRAINING_ROLE_CODES = { caseworker: 'handlaggare', team_leader: 'arbetsledare' } as const;
export const TRAINING_DEGREE_CODES: Record<TrainingDegree, string> = { socionom: 'socionom', withoutSocionom: 'utan_socionom' };
export const TRAINING_BAND_CODES: Record<TrainingBand, string> = {
  under1Year: 'under1ar',
  from1To3Years: '1till3ar',
  from3Years: 'minst3ar',
};

export function activityMeasure(type: CourseType): string {
  return `aktivitet_${TRAINING_TYPE_CODES[type]}_antal`;
}

export function targetMeasure(role: keyof typeof TRAINING_ROLE_CODES, degree: TrainingDegree, band: TrainingBand): string {
  return `deltagare_${TRAINING_ROLE_CODES[role]}_${TRAINING_DEGREE_CODES[degree]}_${TRAINING_BAND_CODES[band]}_antal`;
}

const ROLES = Object.keys(TRAINING_ROLE_CODES) as (keyof typeof TRAINING_ROLE_CODES)[];

export function trainingFigures(topics: readonly NationalTopic[], cells: CellIndex): TrainingFigures {
  const byType = Object.fromEntries(COURSE_TYPES.map((t) => [t, cells.count(activityMeasure(t))])) as Record<CourseType, number>;
  const total = COURSE_TYPES.reduce((s, t) => s + byType[t], 0);
  const withCredits = cells.count('aktivitet_hp_antal');
  const joint = cells.count('aktivitet_samverkan_antal');
  const group = (role: keyof typeof TRAINING_ROLE_CODES, degree: TrainingDegree, band: TrainingBand) =>
    cells.count(targetMeasure(role, degree, band));
  const byRole = Object.fromEntries(
    ROLES.map((r) => [r, TRAINING_DEGREES.reduce((s, d) => s + TRAINING_BANDS.reduce((x, b) => x + group(r, d, b), 0), 0)]),
  ) as Record<keyof typeof TRAINING_ROLE_CODES, number>;
  const byDegreeAndBand = Object.fromEntries(
    TRAINING_DEGREES.map((d) => [d, Object.fromEntries(TRAINING_BANDS.map((b) => [b, ROLES.reduce((s, r) => s + group(r, d, b), 0)]))]),
  ) as Record<TrainingDegree, Record<TrainingBand, number>>;
  const topicFigures = topics.map((t, position) => ({
    position,
    topic: t.code,
    area: t.area,
    participants: cells.count('deltagare_inriktning_antal', t.code),
    activities: cells.count('aktivitet_inriktning_antal', t.code),
  }));
  topicFigures.sort((a, b) => b.participants - a.participants || a.position - b.position);
  return {
    activities: {
      byType,
      total,
      withCredits,
      joint,
      creditsShare: exactShare(BigInt(withCredits), BigInt(total)),
      jointShare: exactShare(BigInt(joint), BigInt(total)),
    },
    participants: { total: byRole.caseworker + byRole.team_leader, byRole, byDegreeAndBand },
    topics: topicFigures.map(({ position: _p, ...t }) => t),
    introduction: {
      programmes: cells.count('introduktionsprogram_antal'),
      kommunerInUse: cells.coverage('introduktionsprogram_antal').nonzero,
      n: cells.coverage('introduktionsprogram_antal').reported,
    },
    grants: {
      requisitioned: tenthsToDecimal(cells.tenths('statsbidrag_rekvirerat_kr')).replace(/\.0$/, ''),
      used: tenthsToDecimal(cells.tenths('statsbidrag_anvant_kr')).replace(/\.0$/, ''),
      n: Math.max(cells.coverage('statsbidrag_rekvirerat_kr').reported, cells.coverage('statsbidrag_anvant_kr').reported),
    },
    n: Math.max(...TRAINING_ACTIVITY_MEASURES.map((m) => cells.coverage(m).reported)),
  };
}
