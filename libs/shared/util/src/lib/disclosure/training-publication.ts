import {
  COURSE_TYPES,
  TRAINING_BANDS,
  TRAINING_DEGREES,
  type PublicationReason,
  type PublishedTraining,
  type TrainingTopicFigures,
} from '@kl/shared/contracts';
import type { CellIndex, NationalTopic } from '../national-tables';
import { TRAINING_ROLE_CODES, activityMeasure, targetMeasure, trainingFigures } from '../national-training-table';
import type { DisclosureCell } from './suppress-cells';
import { type AddCell, type AddLine, type RowHider, kommunFigureCell } from './table-cells';

/**
 * The training table's cells for disclosure control (docs/national.md §6–7) and its published
 * form. Activities and participants rest on at least as many persons as they count; introduction
 * programmes, kommuner with one and statsbidrag are the kommuner's, so only the kommun threshold
 * applies to them.
 */


const ROLES = Object.keys(TRAINING_ROLE_CODES) as (keyof typeof TRAINING_ROLE_CODES)[];
/** Kommuner without an introduction programme: known from N and those with one, never shown itself. */
const NOT_IN_USE = 'training||@introduction.notInUse';

const count = (value: number, kommuner: number, total = false): DisclosureCell => ({ value, kommuner, persons: value, total });

export function trainingCells(topics: readonly NationalTopic[], index: CellIndex, add: AddCell, line: AddLine): void {
  const f = trainingFigures(topics, index);
  const support = (measures: readonly string[]) => Math.max(0, ...measures.map((m) => index.support(m)));

  const types = COURSE_TYPES.map((t) =>
    add(`training||activities.byType.${t}`, count(f.activities.byType[t], index.support(activityMeasure(t)))),
  );
  line(types, add('training||activities.total', count(f.activities.total, support(COURSE_TYPES.map(activityMeasure)), true)));
  add('training||activities.withCredits', count(f.activities.withCredits, index.support('aktivitet_hp_antal')));
  add('training||activities.joint', count(f.activities.joint, index.support('aktivitet_samverkan_antal')));

  const all = ROLES.flatMap((r) => TRAINING_DEGREES.flatMap((d) => TRAINING_BANDS.map((b) => targetMeasure(r, d, b))));
  const total = add('training||participants.total', count(f.participants.total, support(all), true));
  const roles = ROLES.map((r) =>
    add(
      `training||participants.byRole.${r}`,
      count(f.participants.byRole[r], support(TRAINING_DEGREES.flatMap((d) => TRAINING_BANDS.map((b) => targetMeasure(r, d, b))))),
    ),
  );
  line(roles, total);
  const groups = TRAINING_DEGREES.flatMap((d) =>
    TRAINING_BANDS.map((b) =>
      add(
        `training||participants.byDegreeAndBand.${d}.${b}`,
        count(f.participants.byDegreeAndBand[d][b], support(ROLES.map((r) => targetMeasure(r, d, b)))),
      ),
    ),
  );
  line(groups, total);

  for (const t of f.topics) {
    add(`training|${t.topic}|participants`, count(t.participants, index.support('deltagare_inriktning_antal', t.topic)));
    add(`training|${t.topic}|activities`, count(t.activities, index.support('aktivitet_inriktning_antal', t.topic)));
  }

  add('training||introduction.programmes', kommunFigureCell(f.introduction.programmes, index.support('introduktionsprogram_antal')));
  const inUse = add('training||introduction.kommunerInUse', kommunFigureCell(f.introduction.kommunerInUse, f.introduction.kommunerInUse));
  const notInUse = f.introduction.n - f.introduction.kommunerInUse;
  const n = f.introduction.n;
  line([inUse, add(NOT_IN_USE, kommunFigureCell(notInUse, notInUse))], add('training||introduction.n', { value: n, kommuner: n, persons: n, shown: true }));

  for (const key of ['requisitioned', 'used'] as const) {
    const measure = key === 'requisitioned' ? 'statsbidrag_rekvirerat_kr' : 'statsbidrag_anvant_kr';
    add(`training||grants.${key}`, kommunFigureCell(Number(f.grants[key]), index.support(measure)));
  }
}

/** The training table of one filter with every value not published null and named in `suppressed` (a topic's in its row). */
export function publishedTraining(
  topics: readonly NationalTopic[],
  index: CellIndex,
  reasonOf: (id: string) => PublicationReason | null,
  hider: RowHider,
): PublishedTraining {
  const figures = trainingFigures(topics, index);
  const { suppressed, hide, derive } = hider('');
  const out = structuredClone(figures) as PublishedTraining;
  const keys = [
    ...COURSE_TYPES.map((t) => `activities.byType.${t}`),
    'activities.total',
    'activities.withCredits',
    'activities.joint',
    'participants.total',
    ...ROLES.map((r) => `participants.byRole.${r}`),
    ...TRAINING_DEGREES.flatMap((d) => TRAINING_BANDS.map((b) => `participants.byDegreeAndBand.${d}.${b}`)),
    'introduction.programmes',
    'introduction.kommunerInUse',
    'grants.requisitioned',
    'grants.used',
  ];
  for (const key of keys) hide(out, key, reasonOf(`training||${key}`));
  derive(out, 'activities.creditsShare', ['training||activities.withCredits', 'training||activities.total']);
  derive(out, 'activities.jointShare', ['training||activities.joint', 'training||activities.total']);

  const rows = figures.topics.map((t) => {
    const row = hider(t.topic);
    const published = { ...t, suppressed: row.suppressed } as TrainingTopicFigures<number | null> & { suppressed: string[] };
    for (const key of ['participants', 'activities']) row.hide(published, key, reasonOf(`training|${t.topic}|${key}`));
    return published;
  });
  // A suppressed topic keeps no place in the ranking: its rank would bound its value.
  out.topics = [
    ...rows.filter((r) => r.participants !== null),
    ...rows.filter((r) => r.participants === null).sort((a, b) => order(topics, a.topic) - order(topics, b.topic)),
  ];
  out.suppressed = suppressed;
  return out;
}

function order(topics: readonly NationalTopic[], code: string): number {
  return topics.findIndex((t) => t.code === code);
}
