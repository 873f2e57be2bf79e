import { CELL_VALUES, type CellValue } from '@kl/shared/contracts';

/** One letter per value of a cell in the compact form the dashboard reads. */
const VALUE_LETTERS: Readonly<Record<NonNullable<CellValue>, string>> = {
  insufficient: 'i',
  basic: 'b',
  advanced: 'a',
  not_applicable: 'n',
};
const VALUE_OF_LETTER = new Map(CELL_VALUES.map((value) => [VALUE_LETTERS[value], value] as const));
/** The first topic's character: the topic at index i is String.fromCharCode(TOPIC_BASE + i). */
const TOPIC_BASE = 65;

/**
 * SQL for the compact form of one cell with a value: two characters, the topic's index (0-based
 * `index`, as chr(65 + index)) and the value's letter. string_agg of these over a person's cells
 * gives a short text per person that {@link decodeLevels} reads far faster than JSON objects.
 */
export function compactCellSql(index: string, value: string): string {
  const cases = Object.entries(VALUE_LETTERS)
    .map(([v, letter]) => `WHEN '${v}' THEN '${letter}'`)
    .join(' ');
  return `chr(${TOPIC_BASE} + ${index}) || CASE ${value} ${cases} END`;
}

/** The values by topic index from the compact text (null or missing: not assessed). */
export function decodeLevels(
  compact: string | null,
  topicCount: number,
): (CellValue | undefined)[] {
  const values = new Array<CellValue | undefined>(topicCount);
  if (!compact) return values;
  for (let k = 0; k + 1 < compact.length; k += 2) {
    const index = compact.charCodeAt(k) - TOPIC_BASE;
    const value = VALUE_OF_LETTER.get(compact[k + 1]);
    if (value === undefined || index < 0 || index >= topicCount) {
      throw new RangeError(`Not a compact cell: "${compact.slice(k, k + 2)}"`);
    }
    values[index] = value;
  }
  return values;
}
