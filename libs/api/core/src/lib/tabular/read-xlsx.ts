import type ExcelJS from 'exceljs';
import { type CellValue, type RawRow, UnreadableFileError } from './tabular-types';
import { firstWorksheet } from './xlsx-workbook';

type ExcelValue = ExcelJS.CellValue;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

/** A number shown as a percentage is read as shown: 37,5 % is 37.5 (FORMATS: percent of full time). */
function shownNumber(value: number, numFmt: string | undefined): number {
  return numFmt?.includes('%') ? Number((value * 100).toPrecision(12)) : value;
}

type CellKind = { value: CellValue; formula?: true; error?: true };

function cellValue(value: ExcelValue, numFmt: string | undefined): CellKind {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === 'number') return { value: shownNumber(value, numFmt) };
  if (typeof value === 'string') return { value: value.trim() === '' ? null : value };
  if (typeof value === 'boolean' || value instanceof Date) return { value };
  if (isObject(value)) {
    if ('formula' in value || 'sharedFormula' in value) return { value: null, formula: true };
    if ('error' in value) return { value: null, error: true };
    if (Array.isArray(value['richText'])) {
      const text = (value['richText'] as { text?: unknown }[]).map((part) => String(part.text ?? '')).join('');
      return { value: text.trim() === '' ? null : text };
    }
    if (typeof value['text'] === 'string') return { value: value['text'].trim() === '' ? null : value['text'] };
  }
  return { value: null, error: true };
}

/**
 * The rows of the first worksheet of an XLSX file, read with exceljs's streaming worksheet reader
 * so that a large file is never held as a whole workbook. Formulas and error values are flagged, not read:
 * an import takes values only.
 */
export async function* readXlsxRows(bytes: Uint8Array): AsyncGenerator<RawRow> {
  try {
    for await (const row of await firstWorksheet(bytes)) {
      const values = row.values as ExcelValue[];
      const raw: RawRow = { row: row.number, cells: [] };
      for (let index = 1; index < values.length; index++) {
        if (values[index] === undefined || values[index] === null) continue;
        const cell = cellValue(values[index], row.getCell(index).numFmt);
        raw.cells[index - 1] = cell.value;
        if (cell.formula) (raw.formulas ??= []).push(index - 1);
        if (cell.error) (raw.errors ??= []).push(index - 1);
      }
      yield raw;
    }
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError({ row: null, column: null, code: 'file_unreadable' }, `XLSX: ${String(error)}`);
  }
}
