import {
  INDICATOR_ANSWERS,
  INDICATOR_MEASURES,
  NATIONAL_GENDERS,
  NATIONAL_LEVELS,
  NATIONAL_MEASURES,
  TRAINING_TOPIC_MEASURES,
  type FileRowError,
  type FileRowErrorCode,
  type TabularProblemCode,
  type NationalMeasure,
} from '@kl/shared/contracts';
import { fromScaled, toScaled } from './decimal';

/**
 * Checks a national submission file (FORMATS.md §3) row by row, after it has been read into cells:
 * every wrong row with its row number (the header is row 1), column and a Swedish message. The
 * file is written only when no row is wrong.
 */

export const SUBMISSION_COLUMNS = ['kommunkod', 'omgang', 'matt', 'inriktning', 'niva', 'kon', 'varde'] as const;
export type SubmissionColumn = (typeof SUBMISSION_COLUMNS)[number];

/** Measures broken down by gender; `bedomning_fte` is by topic and level; the rest by nothing. */
export const GENDERED_MEASURES: ReadonlySet<NationalMeasure> = new Set([
  'handlaggare_fte',
  'handlaggare_utan_socionom_fte',
  'arbetsledare_antal',
]);
const INDICATORS: ReadonlySet<string> = new Set(INDICATOR_MEASURES);
const MEASURES: ReadonlySet<string> = new Set(NATIONAL_MEASURES);
/** Training measures by topic (`inriktning`), without a level. */
const TOPIC_MEASURES: ReadonlySet<NationalMeasure> = new Set(TRAINING_TOPIC_MEASURES);
/** More errors than this are not listed (the file needs another look anyway). */
export const MAX_FILE_ERRORS = 1000;

export interface SubmissionFileContext {
  /** Code of the round the file is submitted to. */
  roundCode: string;
  /** Every national round code (to tell an unknown round from another one). */
  roundCodes: ReadonlySet<string>;
  /** Kommunkod → municipality id. */
  kommuner: ReadonlyMap<string, string>;
  /** Topic codes of the round's framework. */
  topics: ReadonlySet<string>;
  /** Set when a kommun submits for itself: every row must be its own. */
  ownKommunkod?: string;
}

/** A valid row, normalised: the value as a decimal with point, or the answer. */
export interface ValidSubmissionRow {
  municipalityId: string;
  kommunkod: string;
  matt: NationalMeasure;
  inriktning: string;
  niva: string;
  kon: string;
  value: string | null;
  answer: string | null;
}

export interface SubmissionFileCheck {
  rows: ValidSubmissionRow[];
  errors: FileRowError[];
}

/** Header matching: case, surrounding spaces and å/ä/ö versus a/a/o do not matter (FORMATS.md). */
export function normaliseHeader(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o');
}

export function checkSubmissionFile(
  header: readonly string[],
  rows: readonly { line: number; cells: readonly string[] }[],
  ctx: SubmissionFileContext,
): SubmissionFileCheck {
  const errors: FileRowError[] = [];
  const fail = (row: number, column: string, code: FileRowErrorCode | TabularProblemCode, message: string) => {
    if (errors.length < MAX_FILE_ERRORS) errors.push({ row, column, code, message });
  };

  const index = new Map<SubmissionColumn, number>();
  header.forEach((name, i) => {
    const column = normaliseHeader(name) as SubmissionColumn;
    if ((SUBMISSION_COLUMNS as readonly string[]).includes(column)) index.set(column, i);
    else if (name.trim() !== '') fail(1, name.trim(), 'column_unknown', `Okänd kolumn "${name.trim()}".`);
  });
  for (const column of SUBMISSION_COLUMNS) {
    if (!index.has(column)) fail(1, column, 'column_missing', `Kolumnen ${column} saknas.`);
  }
  if (errors.length > 0) return { rows: [], errors };

  const valid: ValidSubmissionRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of rows) {
    const cell = (c: SubmissionColumn) => (cells[index.get(c) as number] ?? '').trim();
    const before = errors.length;
    const kommunkod = cell('kommunkod');
    const municipalityId = ctx.kommuner.get(kommunkod);
    if (kommunkod === '') fail(line, 'kommunkod', 'required', 'Kommunkod saknas.');
    else if (!municipalityId) fail(line, 'kommunkod', 'unknown_kommun', `Okänd kommunkod "${kommunkod}".`);
    else if (ctx.ownKommunkod && kommunkod !== ctx.ownKommunkod)
      fail(line, 'kommunkod', 'other_kommun', `Kommun ${kommunkod} är inte din kommun: en kommun lämnar bara in för sig själv.`);

    const omgang = cell('omgang');
    if (omgang === '') fail(line, 'omgang', 'required', 'Omgång saknas.');
    else if (!ctx.roundCodes.has(omgang)) fail(line, 'omgang', 'unknown_round', `Okänd omgång "${omgang}".`);
    else if (omgang !== ctx.roundCode)
      fail(line, 'omgang', 'unknown_round', `Raden gäller omgång ${omgang}, men filen lämnas in till omgång ${ctx.roundCode}.`);

    const matt = cell('matt').toLowerCase();
    const measure = MEASURES.has(matt) ? (matt as NationalMeasure) : null;
    if (matt === '') fail(line, 'matt', 'required', 'Mått saknas.');
    else if (!measure) fail(line, 'matt', 'unknown_measure', `Okänt mått "${cell('matt')}".`);

    const inriktning = cell('inriktning').toUpperCase();
    const niva = cell('niva').toUpperCase();
    const kon = cell('kon').toUpperCase();
    if (measure) {
      checkKeys(measure, { inriktning, niva, kon }, line, ctx, fail);
    }

    const varde = cell('varde');
    let value: string | null = null;
    let answer: string | null = null;
    if (varde === '') fail(line, 'varde', 'required', 'Värde saknas.');
    else if (measure && INDICATORS.has(measure)) {
      answer = ANSWER_ALIASES[varde.toLowerCase()] ?? varde.toLowerCase();
      if (!(INDICATOR_ANSWERS as readonly string[]).includes(answer))
        fail(line, 'varde', 'not_an_answer', `"${varde}" är inget svar: skriv ja, delvis eller nej.`);
    } else if (measure) {
      value = checkValue(measure, varde, line, fail);
    }

    if (errors.length === before && measure && municipalityId) {
      const key = [kommunkod, measure, inriktning, niva, kon].join('|');
      const first = seen.get(key);
      if (first !== undefined) {
        fail(line, 'matt', 'duplicate', `Samma cell finns redan på rad ${first}.`);
      } else {
        seen.set(key, line);
        valid.push({ municipalityId, kommunkod, matt: measure, inriktning, niva, kon, value, answer });
      }
    }
  }
  return errors.length > 0 ? { rows: [], errors } : { rows: valid, errors };
}

type Fail = (row: number, column: string, code: FileRowErrorCode | TabularProblemCode, message: string) => void;

function checkKeys(
  measure: NationalMeasure,
  keys: { inriktning: string; niva: string; kon: string },
  line: number,
  ctx: SubmissionFileContext,
  fail: Fail,
): void {
  const byLevel = measure === 'bedomning_fte';
  if (byLevel || TOPIC_MEASURES.has(measure)) {
    if (keys.inriktning === '') fail(line, 'inriktning', 'required', 'Måttet kräver en inriktning.');
    else if (!ctx.topics.has(keys.inriktning))
      fail(line, 'inriktning', 'unknown_topic', `Okänd inriktning "${keys.inriktning}" i omgångens kompetensramverk.`);
  } else if (keys.inriktning !== '') {
    fail(line, 'inriktning', 'not_allowed', `Måttet ${measure} har ingen inriktning.`);
  }
  if (byLevel) {
    if (keys.niva === '') fail(line, 'niva', 'required', 'Måttet kräver en nivå (G, F eller S).');
    else if (!(NATIONAL_LEVELS as readonly string[]).includes(keys.niva))
      fail(line, 'niva', 'unknown_level', `Okänd nivå "${keys.niva}": skriv G, F eller S.`);
  } else if (keys.niva !== '') {
    fail(line, 'niva', 'not_allowed', `Måttet ${measure} har ingen nivå.`);
  }
  if (GENDERED_MEASURES.has(measure)) {
    if (keys.kon === '') fail(line, 'kon', 'required', 'Måttet kräver kön (K, M eller A).');
    else if (!(NATIONAL_GENDERS as readonly string[]).includes(keys.kon))
      fail(line, 'kon', 'unknown_gender', `Okänt kön "${keys.kon}": skriv K, M eller A.`);
  } else if (keys.kon !== '') {
    fail(line, 'kon', 'not_allowed', `Måttet ${measure} delas inte upp på kön.`);
  }
}

/** FORMATS.md: ja/nej also as j/n, yes/no, 1/0. */
const ANSWER_ALIASES: Readonly<Record<string, string>> = { j: 'ja', yes: 'ja', '1': 'ja', n: 'nej', no: 'nej', '0': 'nej' };

const DECIMAL = /^-?\d+(?:[.,]\d+)?$/;

/** Whole values: counts (`_antal`), kronor (`_kr`) and days (`_dagar`); the rest (FTE, högskolepoäng, medelantal) take one decimal. */
export function isWholeMeasure(measure: string): boolean {
  return measure.endsWith('_antal') || measure.endsWith('_kr') || measure.endsWith('_dagar');
}

/** A measure's value: non-negative, FTE and högskolepoäng with at most one decimal, counts and kronor whole. */
function checkValue(measure: NationalMeasure, varde: string, line: number, fail: Fail): string | null {
  const text = varde.replace(/\s/g, '');
  if (!DECIMAL.test(text)) {
    fail(line, 'varde', 'not_a_number', `"${varde}" är inget tal.`);
    return null;
  }
  if (text.startsWith('-') && /[1-9]/.test(text)) {
    fail(line, 'varde', 'negative', `Värdet får inte vara negativt (${varde}).`);
    return null;
  }
  const whole = isWholeMeasure(measure);
  try {
    const units = toScaled(text.replace(/^-/, ''), whole ? 0 : 1);
    return fromScaled(units, whole ? 0 : 1);
  } catch {
    if (measure.endsWith('_kr')) fail(line, 'varde', 'not_whole', `Kronor anges i hela kronor (${varde}).`);
    else if (measure.endsWith('_dagar')) fail(line, 'varde', 'not_whole', `Dagar anges i hela dagar (${varde}).`);
    else if (whole) fail(line, 'varde', 'not_whole', `Ett antal ska vara ett heltal (${varde}).`);
    else if (measure.endsWith('_medelantal'))
      fail(line, 'varde', 'too_many_decimals', `Medelantal anställda anges med högst en decimal (${varde}).`);
    else if (measure.endsWith('_hp')) fail(line, 'varde', 'too_many_decimals', `Högskolepoäng anges med högst en decimal (${varde}).`);
    else fail(line, 'varde', 'too_many_decimals', `Årsarbetare anges med högst en decimal (${varde}).`);
    return null;
  }
}
