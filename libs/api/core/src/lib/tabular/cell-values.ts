import { PLAIN_TEXT_PATTERN, type FieldErrorCode, type TabularProblemCode } from '@kl/shared/contracts';
import type { CellValue } from './tabular-types';

export type Parsed<T> = { ok: true; value: T } | { ok: false; code: TabularProblemCode | FieldErrorCode };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(code: TabularProblemCode | FieldErrorCode): Parsed<T> => ({ ok: false, code });

/** Day 0 of Excel's 1900 date system (the 1900 leap-year bug makes it the 30th, not the 31st). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** 9999-12-31, the last day Excel shows. */
const EXCEL_LAST_SERIAL = 2_958_465;

function isoOfUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Text of a cell: numbers as JavaScript writes them, dates as ISO dates, ja/nej for booleans. */
export function cellText(cell: CellValue): string | null {
  if (cell === null) return null;
  if (cell instanceof Date) return isoOfUtc(cell.getTime());
  if (typeof cell === 'boolean') return cell ? 'ja' : 'nej';
  const text = String(cell).trim();
  return text === '' ? null : text;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Text without control characters (PostgreSQL refuses NUL; nobody types the others). */
export function parseText(cell: CellValue, maxLength: number): Parsed<string | null> {
  const text = cellText(cell);
  if (text === null) return ok(null);
  if (!PLAIN_TEXT_PATTERN.test(text) || LONE_SURROGATE.test(text)) return fail('invalid_format');
  return text.length > maxLength ? fail('max_length') : ok(text);
}

const DECIMAL_TEXT = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

/**
 * A number with a decimal comma or point; spaces (also no-break spaces, as Excel sv-SE groups
 * thousands) and a trailing % are ignored.
 */
export function parseDecimal(cell: CellValue): Parsed<number | null> {
  if (cell === null) return ok(null);
  if (typeof cell === 'number') return Number.isFinite(cell) ? ok(cell) : fail('invalid_number');
  if (typeof cell !== 'string') return fail('invalid_number');
  const text = cell.replace(/[\s\u00a0\u202f]/g, '').replace(/%$/, '');
  if (text === '') return ok(null);
  if (!DECIMAL_TEXT.test(text)) return fail('invalid_number');
  return ok(Number(text.replace(',', '.')));
}

export function parseInteger(cell: CellValue): Parsed<number | null> {
  const parsed = parseDecimal(cell);
  if (!parsed.ok || parsed.value === null) return parsed;
  return Number.isSafeInteger(parsed.value) ? parsed : fail('invalid_number');
}

function excelSerialDate(serial: number): Parsed<string> {
  if (!Number.isFinite(serial) || serial < 1 || serial > EXCEL_LAST_SERIAL) return fail('invalid_date');
  return ok(isoOfUtc(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS));
}

const ISO_DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]00:00(?::00(?:\.0+)?)?)?$/;

/**
 * A date as an ISO `YYYY-MM-DD` string: a spreadsheet date, an Excel serial number (a date column
 * formatted as a number, also when saved as CSV), or text `ÅÅÅÅ-MM-DD`.
 */
export function parseDate(cell: CellValue): Parsed<string | null> {
  if (cell === null) return ok(null);
  // exceljs gives dates at UTC midnight, sometimes a float's breadth off: round to the second.
  if (cell instanceof Date) {
    const ms = cell.getTime();
    return Number.isNaN(ms) ? fail('invalid_date') : ok(isoOfUtc(Math.round(ms / 1000) * 1000));
  }
  if (typeof cell === 'number') return excelSerialDate(cell);
  if (typeof cell !== 'string') return fail('invalid_date');
  const text = cell.trim();
  if (/^\d{5}$/.test(text)) return excelSerialDate(Number(text));
  const match = ISO_DATE_TEXT.exec(text);
  if (!match) return fail('invalid_date');
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  const real = year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? ok(`${match[1]}-${match[2]}-${match[3]}`) : fail('invalid_date');
}

const YES = new Set(['ja', 'j', 'yes', '1', 'sant', 'true']);
const NO = new Set(['nej', 'n', 'no', '0', 'falskt', 'false']);

/** ja/nej, also j/n, yes/no, 1/0 (FORMATS.md), and a spreadsheet's TRUE/FALSE. */
export function parseYesNo(cell: CellValue): Parsed<boolean | null> {
  if (cell === null) return ok(null);
  if (typeof cell === 'boolean') return ok(cell);
  const text = cellText(cell)?.toLocaleLowerCase('sv-SE') ?? '';
  if (YES.has(text)) return ok(true);
  if (NO.has(text)) return ok(false);
  return fail('invalid_yes_no');
}

/** A value written in words: matched case-insensitively, spaces around and repeated ignored. */
export function choiceKey(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE');
}

/** One of a column's values, each known by one or more written forms (`G`, `grundläggande`). */
export function parseChoice<T>(cell: CellValue, choices: ReadonlyMap<string, T>): Parsed<T | null> {
  const text = cellText(cell);
  if (text === null) return ok(null);
  const value = choices.get(choiceKey(text));
  return value === undefined ? fail('invalid_choice') : ok(value);
}

/** A choice map from written forms to values, keyed as {@link parseChoice} looks them up. */
export function choiceMap<T>(entries: readonly (readonly [string, T])[]): ReadonlyMap<string, T> {
  return new Map(entries.map(([written, value]) => [choiceKey(written), value]));
}
