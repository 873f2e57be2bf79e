import type { SubmissionCell, ValidSubmissionRow } from '@kl/shared/util';

/** A submission as the columns the store functions take (unnest: one statement, never row by row). */
export interface SubmissionArrays {
  kommun: string[];
  measure: string[];
  topic: string[];
  level: string[];
  gender: string[];
  value: (string | null)[];
  answer: (string | null)[];
}

export function arraysOfRows(rows: readonly ValidSubmissionRow[]): SubmissionArrays {
  const a = emptyArrays();
  for (const r of rows) {
    a.kommun.push(r.municipalityId);
    a.measure.push(r.matt);
    a.topic.push(r.inriktning);
    a.level.push(r.niva);
    a.gender.push(r.kon);
    a.value.push(r.value);
    a.answer.push(r.answer);
  }
  return a;
}

export function arraysOfCells(municipalityId: string, cells: readonly SubmissionCell[]): SubmissionArrays {
  const a = emptyArrays();
  for (const c of cells) {
    const indicator = c.matt.startsWith('ind_');
    a.kommun.push(municipalityId);
    a.measure.push(c.matt);
    a.topic.push(c.inriktning);
    a.level.push(c.niva);
    a.gender.push(c.kon);
    a.value.push(indicator ? null : c.varde);
    a.answer.push(indicator ? c.varde : null);
  }
  return a;
}

function emptyArrays(): SubmissionArrays {
  return { kommun: [], measure: [], topic: [], level: [], gender: [], value: [], answer: [] };
}

/** The parameters after the round (and source) of the store functions, in their order. */
export function cellParams(a: SubmissionArrays): unknown[] {
  return [a.measure, a.topic, a.level, a.gender, a.value, a.answer];
}

export const CELL_PLACEHOLDERS = (from: number) =>
  [`text[]`, `text[]`, `text[]`, `text[]`, `numeric[]`, `text[]`].map((t, i) => `$${from + i}::${t}`).join(', ');
