import { CsvError, parse } from 'csv-parse';
import { decodeText, detectDelimiter } from './decode-text';
import { type RawRow, UnreadableFileError } from './tabular-types';

/**
 * The rows of a CSV file, parsed by csv-parse one record at a time (a quoted value may span lines;
 * each record is one spreadsheet row, numbered from 1). A value longer than `maxCellLength` × 4
 * ends the parse rather than being held whole.
 */
export async function* readCsvRows(bytes: Uint8Array, maxCellLength: number): AsyncGenerator<RawRow> {
  const { text } = decodeText(bytes);
  if (text.includes('\u0000')) {
    throw new UnreadableFileError({ row: null, column: null, code: 'file_unreadable' }, 'CSV text holds NUL characters');
  }
  const parser = parse({
    delimiter: detectDelimiter(text),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: Math.max(maxCellLength * 4, 64 * 1024),
  });
  parser.end(text);
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row++;
      yield { row, cells: record.map((value) => (value.trim() === '' ? null : value)) };
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const code = error.code === 'CSV_MAX_RECORD_SIZE' ? 'cell_too_long' : 'file_unreadable';
    const records = (error as { records?: unknown }).records;
    const failed = typeof records === 'number' ? records + 1 : row + 1;
    throw new UnreadableFileError({ row: failed, column: null, code }, `CSV: ${error.code}`);
  }
}
