import { COURSE_TYPES, type CourseType, type PublishedTraining, TRAINING_BANDS, TRAINING_DEGREES, TRAINING_ROLES } from '@kl/shared/contracts';
import type { ExportTable } from '../export-table';
import type { PublishedNames } from './published-export';
import { type PublishedLine, publishedLinesExport } from './published-lines';

const TYPE_TEXT: Record<CourseType, string> = {
  university_course: 'högskolekurs',
  one_day_course: 'endagskurs',
  two_day_course: 'tvådagarskurs',
  supervision: 'handledning',
  introduction_programme: 'introduktionsprogram',
  commissioned_training: 'uppdragsutbildning',
  network_conference: 'nätverk eller konferens',
  e_learning: 'webbutbildning',
  other: 'annan',
};
const ROLE_TEXT = { caseworker: 'handläggare', team_leader: 'arbetsledare' } as const;
const DEGREE_TEXT = { socionom: 'med socionomexamen', withoutSocionom: 'utan socionomexamen' } as const;
const BAND_TEXT = { under1Year: 'under 1 år', from1To3Years: '1–3 år', from3Years: 'minst 3 år' } as const;

/** The training table's Swedish words (lower case, to be set in a sentence or label). */
export const TRAINING_TEXT = { types: TYPE_TEXT, roles: ROLE_TEXT, degrees: DEGREE_TEXT, bands: BAND_TEXT } as const;

/** One line of the published training table: its Swedish label, its value and whether it was left out. */
export interface TrainingLine extends PublishedLine {
  unit: 'antal' | 'procent' | 'kronor' | 'kommuner';
}

/** The training table (docs/national.md §7) as lines, in the order of the final report's section. */
export function publishedTrainingLines(t: PublishedTraining, names: PublishedNames): TrainingLine[] {
  const top = (label: string, unit: TrainingLine['unit'], key: string, value: string | number | null): TrainingLine => ({ label, unit, value, key, suppressed: t.suppressed });
  return [
    ...COURSE_TYPES.map((type) => top(`Aktiviteter: ${TYPE_TEXT[type]}`, 'antal', `activities.byType.${type}`, t.activities.byType[type])),
    top('Aktiviteter totalt', 'antal', 'activities.total', t.activities.total),
    top('Aktiviteter som ger högskolepoäng', 'antal', 'activities.withCredits', t.activities.withCredits),
    top('Aktiviteter i samverkan med andra kommuner', 'antal', 'activities.joint', t.activities.joint),
    top('Andel aktiviteter som ger högskolepoäng', 'procent', 'activities.creditsShare', t.activities.creditsShare),
    top('Andel aktiviteter i samverkan', 'procent', 'activities.jointShare', t.activities.jointShare),
    top('Deltagare totalt', 'antal', 'participants.total', t.participants.total),
    ...TRAINING_ROLES.map((role) => top(`Deltagare: ${ROLE_TEXT[role]}`, 'antal', `participants.byRole.${role}`, t.participants.byRole[role])),
    ...TRAINING_DEGREES.flatMap((degree) =>
      TRAINING_BANDS.map((band) =>
        top(`Deltagare ${DEGREE_TEXT[degree]}, erfarenhet ${BAND_TEXT[band]}`, 'antal', `participants.byDegreeAndBand.${degree}.${band}`, t.participants.byDegreeAndBand[degree][band]),
      ),
    ),
    ...t.topics.flatMap((row) => {
      const name = `${row.topic} ${names.topics.get(row.topic) ?? ''}`.trim();
      const suppressed = row.suppressed ?? [];
      return [
        { label: `${name}: deltagare`, unit: 'antal' as const, value: row.participants, key: 'participants', suppressed },
        { label: `${name}: aktiviteter`, unit: 'antal' as const, value: row.activities, key: 'activities', suppressed },
      ];
    }),
    top('Introduktionsprogram i bruk', 'antal', 'introduction.programmes', t.introduction.programmes),
    top('Kommuner med introduktionsprogram i bruk', 'kommuner', 'introduction.kommunerInUse', t.introduction.kommunerInUse),
    top('N, introduktionsprogram (kommuner)', 'kommuner', 'introduction.n', t.introduction.n),
    top('Statsbidrag rekvirerat', 'kronor', 'grants.requisitioned', t.grants.requisitioned),
    top('Statsbidrag använt', 'kronor', 'grants.used', t.grants.used),
    top('N, statsbidrag (kommuner)', 'kommuner', 'grants.n', t.grants.n),
    top('N (kommuner)', 'kommuner', 'n', t.n),
  ];
}

export function publishedTrainingExport(t: PublishedTraining, names: PublishedNames): ExportTable {
  return publishedLinesExport('Genomförd utbildning', publishedTrainingLines(t, names));
}
