import type ExcelJS from 'exceljs';
import type JSZip from 'jszip';

/**
 * The parts of exceljs's streaming `WorkbookReader` that read one part of the archive each. They are
 * exceljs 4.4.0 internals (the version is pinned); we call them ourselves because its own `parse()`
 * reads the archive in one streaming pass and intermittently loses entries, so that
 * `xl/workbook.xml` (written last by exceljs) is not read before the sheets: "Cannot read
 * properties of undefined (reading 'sheets')", exceljs#3064, about 1 read in 400 here.
 */
interface WorkbookParts {
  model?: { sheets?: { id: number; name: string; rId: string }[] };
  workbookRels?: { Id: string; Target: string }[];
  sharedStrings?: unknown[];
  _parseRels(entry: NodeJS.ReadableStream): Promise<void>;
  _parseWorkbook(entry: NodeJS.ReadableStream): Promise<void>;
  _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncGenerator<unknown>;
  _parseStyles(entry: NodeJS.ReadableStream): Promise<void>;
  _parseWorksheet(iterator: AsyncIterable<unknown>, sheetNo: string): Generator<{ eventType: string; value: ExcelJS.stream.xlsx.WorksheetReader }>;
}

const READER_OPTIONS = { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' } as const;

/** `xl/worksheets/sheet1.xml` from a relationship target, relative (`worksheets/…`) or absolute (`/xl/…`). */
function partPath(target: string): string {
  const path = target.replace(/^\//, '');
  return path.startsWith('xl/') ? path : `xl/${path}`;
}

/**
 * The first worksheet (in the workbook's own order) of an XLSX archive, as exceljs's streaming
 * worksheet reader: the archive is opened through its central directory (random access), the
 * workbook, shared strings and styles are read first, and the sheet's rows are then parsed as they
 * are inflated, never as a whole workbook.
 */
export async function firstWorksheet(bytes: Uint8Array): Promise<AsyncIterable<ExcelJS.Row>> {
  const [excel, zip] = await Promise.all([import('exceljs'), import('jszip')]);
  const archive: JSZip = await (zip.default ?? zip).loadAsync(bytes);
  const part = (path: string) => archive.file(path)?.nodeStream('nodebuffer') ?? null;
  const required = (path: string) => {
    const stream = part(path);
    if (!stream) throw new Error(`the archive has no ${path}`);
    return stream;
  };

  const workbook = new (excel.default ?? excel).stream.xlsx.WorkbookReader(null as never, READER_OPTIONS) as unknown as WorkbookParts;
  await workbook._parseRels(required('xl/_rels/workbook.xml.rels'));
  await workbook._parseWorkbook(required('xl/workbook.xml'));
  const sharedStrings = part('xl/sharedStrings.xml');
  if (sharedStrings) for await (const _ of workbook._parseSharedStrings(sharedStrings));
  else workbook.sharedStrings = [];
  const styles = part('xl/styles.xml');
  if (styles) await workbook._parseStyles(styles);

  const first = workbook.model?.sheets?.[0];
  const target = first && workbook.workbookRels?.find((rel) => rel.Id === first.rId)?.Target;
  const sheetNo = target && /sheet(\d+)\.xml$/.exec(target)?.[1];
  if (!target || !sheetNo) throw new Error('the workbook has no worksheet');
  const [{ value }] = [...workbook._parseWorksheet(required(partPath(target)) as unknown as AsyncIterable<unknown>, sheetNo)];
  return value as unknown as AsyncIterable<ExcelJS.Row>;
}
