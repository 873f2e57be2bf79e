import { choiceMap, RowReader, type TabularColumn, type TabularRow } from '@kl/api/core';
import {
  COMPETENCE_LEVEL_CODES,
  COMPETENCE_LEVELS,
  type CompetenceLevel,
  FRAMEWORK_DOCUMENT_LIMITS as LIMITS,
  type FrameworkDocument,
  type FrameworkDocumentArea,
  SERVICE_AREA_CODES,
  type ServiceAreaCode,
  type TabularProblem,
} from '@kl/shared/contracts';
import type { ExportTable, ExportValue } from '@kl/shared/util';

/**
 * The spreadsheet of a framework (docs/frameworks.md §3): one sheet, one row per thing, told apart
 * by `typ`. One sheet keeps the file readable by the project's one table reader and writable as CSV.
 */
export const SHEET_COLUMNS = {
  kind: 'typ',
  code: 'kod',
  name: 'namn',
  text: 'beskrivning',
  area: 'område',
  serviceArea: 'verksamhetsområde',
} as const;

export const FRAMEWORK_SHEET_COLUMNS: TabularColumn[] = [
  { name: SHEET_COLUMNS.kind, required: true },
  { name: SHEET_COLUMNS.code, required: true },
  { name: SHEET_COLUMNS.name, required: true },
  { name: SHEET_COLUMNS.text },
  { name: SHEET_COLUMNS.area },
  { name: SHEET_COLUMNS.serviceArea },
];

type RowKind = 'framework' | 'level' | 'area' | 'topic';

export const ROW_KIND_WORDS: Record<RowKind, string> = {
  framework: 'kompetensmodell',
  level: 'nivå',
  area: 'område',
  topic: 'inriktning',
};

const KINDS = choiceMap<RowKind>([
  ...(Object.entries(ROW_KIND_WORDS) as [RowKind, string][]).map(([kind, word]): [string, RowKind] => [word, kind]),
  ['niva', 'level'],
  ['omrade', 'area'],
]);
const LEVELS = choiceMap<CompetenceLevel>(COMPETENCE_LEVELS.map((level) => [COMPETENCE_LEVEL_CODES[level], level]));
const SERVICE_AREAS = choiceMap<ServiceAreaCode>(SERVICE_AREA_CODES.map((code) => [code, code]));

/** A framework as the sheet's rows. */
export function frameworkSheet(document: FrameworkDocument): ExportTable {
  const row = (kind: RowKind, code: string, name: string, text: string | null, area: string | null = null, serviceArea: string | null = null) =>
    [ROW_KIND_WORDS[kind], code, name, text, area, serviceArea] satisfies ExportValue[];
  return {
    sheetName: 'Kompetensmodell',
    columns: FRAMEWORK_SHEET_COLUMNS.map((column) => ({ heading: column.name, kind: 'text' })),
    rows: [
      row('framework', document.code, document.name, document.source, null, document.serviceAreaCode),
      ...document.levels.map((level) => row('level', COMPETENCE_LEVEL_CODES[level.level], level.name, level.definition)),
      ...document.areas.flatMap((area) => [
        row('area', area.code, area.name, null),
        ...area.topics.map((topic) => row('topic', topic.code, topic.name, topic.note, area.code)),
      ]),
    ],
  };
}

/** Where each document path was read from, so that a rule broken later is shown at its row. */
export type SheetPlaces = Map<string, { row: number; column: string | null }>;

const COLUMN_OF_FIELD: Record<string, string> = {
  code: SHEET_COLUMNS.code,
  level: SHEET_COLUMNS.code,
  name: SHEET_COLUMNS.name,
  source: SHEET_COLUMNS.text,
  definition: SHEET_COLUMNS.text,
  note: SHEET_COLUMNS.text,
  serviceAreaCode: SHEET_COLUMNS.serviceArea,
};

/** The row and column of a document path (the nearest row for a path of a whole list). */
export function placeOf(places: SheetPlaces, path: string): { row: number | null; column: string | null } {
  const parts = path.split('.');
  for (let n = parts.length; n >= 0; n--) {
    const place = places.get(parts.slice(0, n).join('.'));
    if (place) return { row: place.row, column: n === parts.length - 1 ? (COLUMN_OF_FIELD[parts[n]] ?? null) : place.column };
  }
  return { row: null, column: null };
}

/**
 * The document the rows hold. Problems of single values are added with their row; the values'
 * own rules (lengths, patterns, uniqueness) are the DTO's and `documentRuleErrors`' afterwards.
 */
export function documentFromSheet(rows: readonly TabularRow[], problems: TabularProblem[]): { document: FrameworkDocument | null; places: SheetPlaces } {
  const places: SheetPlaces = new Map();
  let head: { code: string; name: string; source: string | null; serviceAreaCode: ServiceAreaCode } | null = null;
  const levels: FrameworkDocument['levels'] = [];
  const areas: FrameworkDocumentArea[] = [];
  const pendingTopics: { row: number; area: string; topic: FrameworkDocumentArea['topics'][number] }[] = [];
  for (const source of rows) {
    const reader = new RowReader(source, problems);
    const kind = reader.choice(SHEET_COLUMNS.kind, KINDS, { required: true });
    const code = reader.text(SHEET_COLUMNS.code, { required: true, maxLength: LIMITS.codeLength });
    const name = reader.text(SHEET_COLUMNS.name, { required: true, maxLength: LIMITS.nameLength });
    const text = reader.text(SHEET_COLUMNS.text, { maxLength: LIMITS.definitionLength });
    if (kind === null || code === null || name === null) continue;
    if (kind === 'framework') {
      if (head) reader.report(SHEET_COLUMNS.kind, 'not_unique');
      const serviceAreaCode = reader.choice(SHEET_COLUMNS.serviceArea, SERVICE_AREAS, { required: true });
      if (serviceAreaCode !== null && !head) {
        head = { code, name, source: text, serviceAreaCode };
        places.set('', { row: source.row, column: null });
      }
    } else if (kind === 'level') {
      const level = reader.choice(SHEET_COLUMNS.code, LEVELS);
      if (level === null) continue;
      if (text === null) reader.report(SHEET_COLUMNS.text, 'required');
      places.set(`levels.${levels.length}`, { row: source.row, column: null });
      levels.push({ level, name, definition: text ?? '' });
    } else if (kind === 'area') {
      places.set(`areas.${areas.length}`, { row: source.row, column: null });
      areas.push({ code, name, topics: [] });
    } else {
      const area = reader.text(SHEET_COLUMNS.area, { required: true, maxLength: LIMITS.codeLength });
      if (area !== null) pendingTopics.push({ row: source.row, area, topic: { code, name, note: text } });
    }
  }
  for (const { row, area, topic } of pendingTopics) {
    const index = areas.findIndex((a) => a.code === area);
    if (index < 0) {
      problems.push({ row, column: SHEET_COLUMNS.area, code: 'unknown_reference' });
      continue;
    }
    places.set(`areas.${index}.topics.${areas[index].topics.length}`, { row, column: null });
    areas[index].topics.push(topic);
  }
  if (!head) {
    if (problems.length === 0) problems.push({ row: null, column: SHEET_COLUMNS.kind, code: 'required' });
    return { document: null, places };
  }
  return { document: { ...head, levels, areas }, places };
}
