import type JSZip from 'jszip';
import { type CellValue, type RawRow, UnreadableFileError } from './tabular-types';
import { type CellStyleKind, cellStyleKinds, firstSheetPath, partChunks, partParser, sharedStrings } from './xlsx-parts';

/** Days between Excel's day 0 (1899-12-30, the 1900 system) and 1970-01-01; the 1904 system starts 1 462 days later. */
const UNIX_EPOCH_SERIAL = 25_569;
const DAYS_1900_TO_1904 = 1_462;
const DAY_MS = 86_400_000;

/** `BC12` → 54 (zero-based column of a cell reference). */
function columnIndex(reference: string): number {
  let index = 0;
  for (const char of reference) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}

interface CellState {
  column: number;
  type: string;
  style: number;
  formula: boolean;
  value: string;
  inline: string;
}

interface SheetContext {
  strings: readonly string[];
  styles: readonly CellStyleKind[];
  date1904: boolean;
}

const asText = (text: string): CellValue => (text.trim() === '' ? null : text);

/** A cell's value as the reader hands it on: numbers, text, booleans, dates; formulas and error values flagged. */
function cellValue(cell: CellState, context: SheetContext): { value: CellValue; formula?: true; error?: true } {
  if (cell.formula) return { value: null, formula: true };
  switch (cell.type) {
    case 'e':
      return { value: null, error: true };
    case 's': {
      const text = context.strings[Number(cell.value)];
      return text === undefined ? { value: null, error: true } : { value: asText(text) };
    }
    case 'inlineStr':
      return { value: asText(cell.inline) };
    case 'str':
      return { value: asText(cell.value) };
    case 'b':
      return { value: cell.value === '1' || cell.value === 'true' };
    case 'd': {
      const date = new Date(cell.value);
      return Number.isNaN(date.getTime()) ? { value: null, error: true } : { value: date };
    }
  }
  if (cell.value.trim() === '') return { value: null };
  const number = Number(cell.value);
  if (!Number.isFinite(number)) return { value: null, error: true };
  const kind = context.styles[cell.style] ?? 'plain';
  if (kind === 'date') {
    const days = number - UNIX_EPOCH_SERIAL + (context.date1904 ? DAYS_1900_TO_1904 : 0);
    return { value: new Date(Math.round(days * DAY_MS)) };
  }
  // A number shown as a percentage is read as shown: 37,5 % is 37.5 (FORMATS: percent of full time).
  return { value: kind === 'percent' ? Number((number * 100).toPrecision(12)) : number };
}

/**
 * The worksheet's rows, parsed as the part is inflated (SAX events straight into arrays of cells):
 * nothing of the sheet is held beyond the rows of the chunk being parsed.
 */
async function* sheetRows(archive: JSZip, path: string, context: SheetContext): AsyncGenerator<RawRow> {
  const entry = archive.file(path);
  if (!entry) throw new Error(`the archive has no ${path}`);
  const ready: RawRow[] = [];
  let row: RawRow | null = null;
  let lastRow = 0;
  let cell: CellState | null = null;
  let capture: 'value' | 'inline' | null = null;
  let inPhonetic = false;
  const parser = partParser({
    open(name, attributes) {
      if (name === 'row') {
        lastRow = attributes['r'] ? Number(attributes['r']) : lastRow + 1;
        row = { row: lastRow, cells: [] };
      } else if (name === 'c' && row) {
        const previous = cell?.column ?? -1;
        const reference = attributes['r'];
        cell = {
          column: reference ? columnIndex(reference) : previous + 1,
          type: attributes['t'] ?? 'n',
          style: Number(attributes['s'] ?? 0),
          formula: false,
          value: '',
          inline: '',
        };
      } else if (cell) {
        if (name === 'f') cell.formula = true;
        else if (name === 'v') capture = 'value';
        else if (name === 'rPh') inPhonetic = true;
        else if (name === 't' && !inPhonetic) capture = 'inline';
      }
    },
    close(name) {
      if (name === 'v' || name === 't') capture = null;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'c' && cell && row) {
        const { value, formula, error } = cellValue(cell, context);
        if (value !== null) row.cells[cell.column] = value;
        if (formula) (row.formulas ??= []).push(cell.column);
        if (error) (row.errors ??= []).push(cell.column);
        cell = { ...cell, formula: false, value: '', inline: '' };
      } else if (name === 'row' && row) {
        ready.push(row);
        row = null;
        cell = null;
      }
    },
    text(text) {
      if (!cell || capture === null) return;
      if (capture === 'value') cell.value += text;
      else cell.inline += text;
    },
  });
  for await (const chunk of partChunks(entry)) {
    parser.write(chunk);
    yield* ready.splice(0);
  }
  parser.end();
  yield* ready.splice(0);
}

/**
 * The rows of the first worksheet (in the workbook's own order) of an XLSX file. The archive is
 * opened through its central directory (jszip), the workbook, shared strings and styles are read
 * first, then the sheet is parsed as it is inflated, never held whole. Formulas and error values
 * are flagged, not read: an import takes values only.
 */
export async function* readXlsxRows(bytes: Uint8Array): AsyncGenerator<RawRow> {
  try {
    const zip = await import('jszip');
    const archive: JSZip = await (zip.default ?? zip).loadAsync(bytes);
    const { path, date1904 } = await firstSheetPath(archive);
    const [strings, styles] = [await sharedStrings(archive), await cellStyleKinds(archive)];
    yield* sheetRows(archive, path, { strings, styles, date1904 });
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError({ row: null, column: null, code: 'file_unreadable' }, `XLSX: ${String(error)}`);
  }
}
