import type JSZip from 'jszip';
import { PassThrough } from 'node:stream';
import { SaxesParser, type SaxesTagPlain } from 'saxes';

/** What a part's parser is told: elements by their local name (a producer may write `x:row`). */
export interface PartHandlers {
  open?(name: string, attributes: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** A SAX parser over one part of the archive, fed chunk by chunk as the part is inflated. */
export function partParser(handlers: PartHandlers): { write(chunk: Uint8Array): void; end(): void } {
  const parser = new SaxesParser({ position: false });
  const decoder = new TextDecoder('utf-8');
  let failure: Error | null = null;
  parser.on('error', (error) => (failure ??= error));
  if (handlers.open) {
    const open = handlers.open;
    parser.on('opentag', (tag) => open(localName(tag.name), (tag as SaxesTagPlain).attributes));
  }
  if (handlers.close) {
    const close = handlers.close;
    parser.on('closetag', (tag) => close(localName(tag.name)));
  }
  if (handlers.text) parser.on('text', handlers.text);
  const check = () => {
    if (failure) throw failure;
  };
  return {
    write(chunk) {
      parser.write(decoder.decode(chunk, { stream: true }));
      check();
    },
    end() {
      parser.write(decoder.decode());
      parser.close();
      check();
    },
  };
}

/** A part as it is inflated (jszip's own stream is an old readable-stream, not async iterable). */
export function partChunks(entry: JSZip.JSZipObject): AsyncIterable<Buffer> {
  return entry.nodeStream('nodebuffer').pipe(new PassThrough());
}

/** Parses a whole part (the small ones: workbook, relationships, shared strings, styles). */
export async function parsePart(archive: JSZip, path: string, handlers: PartHandlers): Promise<boolean> {
  const entry = archive.file(path);
  if (!entry) return false;
  const parser = partParser(handlers);
  for await (const chunk of partChunks(entry)) parser.write(chunk);
  parser.end();
  return true;
}

/** Workbook order of the sheets, the 1904 date system, and where the first sheet's part is. */
export async function firstSheetPath(archive: JSZip): Promise<{ path: string; date1904: boolean }> {
  const sheets: string[] = [];
  let date1904 = false;
  const found = await parsePart(archive, 'xl/workbook.xml', {
    open(name, attributes) {
      if (name === 'sheet') sheets.push(attributes['r:id'] ?? attributes['id'] ?? '');
      if (name === 'workbookPr') date1904 = ['1', 'true'].includes(attributes['date1904'] ?? '');
    },
  });
  if (!found) throw new Error('the archive has no xl/workbook.xml');
  const targets = new Map<string, string>();
  await parsePart(archive, 'xl/_rels/workbook.xml.rels', {
    open(name, attributes) {
      if (name === 'Relationship' && attributes['Id'] && attributes['Target']) targets.set(attributes['Id'], attributes['Target']);
    },
  });
  const target = sheets.length > 0 ? targets.get(sheets[0]) : undefined;
  if (!target) throw new Error('the workbook has no worksheet');
  const path = target.replace(/^\//, '');
  return { path: path.startsWith('xl/') ? path : `xl/${path}`, date1904 };
}

/** The shared strings, rich text joined and phonetic runs (`rPh`) left out, as Excel shows them. */
export async function sharedStrings(archive: JSZip): Promise<string[]> {
  const strings: string[] = [];
  let current = '';
  let inText = false;
  let inPhonetic = false;
  await parsePart(archive, 'xl/sharedStrings.xml', {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 't') inText = !inPhonetic;
    },
    close(name) {
      if (name === 'si') strings.push(current);
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 't') inText = false;
    },
    text(text) {
      if (inText) current += text;
    },
  });
  return strings;
}

/** Excel's built-in number formats that show a date or a percentage (ids 14–22, 27–36, 45–47, 50–58; 9, 10). */
const BUILT_IN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
const BUILT_IN_PERCENT_IDS = new Set([9, 10]);

/** Whether a format code shows a date: a date or time token outside quotes and brackets. */
export function isDateFormat(code: string): boolean {
  return /[ymdhsb]/i.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, ''));
}

export type CellStyleKind = 'date' | 'percent' | 'plain';

/** For each cell style (`s` of a cell), whether its number shows as a date, a percentage or as it is. */
export async function cellStyleKinds(archive: JSZip): Promise<CellStyleKind[]> {
  const codes = new Map<number, string>();
  const styles: number[] = [];
  let inCellXfs = false;
  await parsePart(archive, 'xl/styles.xml', {
    open(name, attributes) {
      if (name === 'numFmt') codes.set(Number(attributes['numFmtId']), attributes['formatCode'] ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) styles.push(Number(attributes['numFmtId'] ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return styles.map((id) => {
    const code = codes.get(id);
    if (code !== undefined) return isDateFormat(code) ? 'date' : code.includes('%') ? 'percent' : 'plain';
    return BUILT_IN_DATE_IDS.has(id) ? 'date' : BUILT_IN_PERCENT_IDS.has(id) ? 'percent' : 'plain';
  });
}
