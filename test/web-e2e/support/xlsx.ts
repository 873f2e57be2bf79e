import { strFromU8, unzipSync } from 'fflate';

export type SheetValue = string | number | null;

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

function columnIndex(reference: string): number {
  const letters = /^[A-Z]+/.exec(reference)?.[0] ?? '';
  return [...letters].reduce((index, letter) => index * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

/**
 * The first sheet of an XLSX file as rows of values, read the way Excel reads it: shared strings
 * as text, other cells as numbers. Enough for checking what the app exports, not a general reader.
 */
export function readFirstSheet(bytes: Uint8Array): { name: string; rows: SheetValue[][] } {
  const files = unzipSync(bytes);
  const text = (path: string) => strFromU8(files[path] ?? new Uint8Array());
  const strings = [...text('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((si) =>
    unescapeXml([...si[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')),
  );
  const name = unescapeXml(/<sheet [^>]*name="([^"]*)"/.exec(text('xl/workbook.xml'))?.[1] ?? '');
  const rows = [...text('xl/worksheets/sheet1.xml').matchAll(/<row [^>]*>([\s\S]*?)<\/row>/g)].map((row) => {
    const values: SheetValue[] = [];
    for (const cell of row[1].matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const raw = /<v>([\s\S]*?)<\/v>/.exec(cell[3] ?? '')?.[1];
      const index = columnIndex(cell[1]);
      while (values.length < index) values.push(null);
      values[index] = raw === undefined ? null : / t="s"/.test(cell[2]) ? strings[Number(raw)] : Number(raw);
    }
    return values;
  });
  return { name, rows };
}
