/**
 * The PX file format (PC-Axis, AXIS-VERSION 2013, as Statistics Sweden specifies it), which the
 * PxWeb statistical databases read. A file is keywords `KEYWORD("subkey")=value;` in the
 * recommended order, ending with DATA: one line per combination of the stub's values, one cell per
 * combination of the heading's values. Texts are written as Windows text (`CHARSET="ANSI"`) in
 * ISO-8859-1 (`CODEPAGE`); the caller encodes the string as latin1.
 */

/** A cell left out by disclosure control. */
export const PX_SUPPRESSED = '..';
/** A cell that cannot have a value (a share of nobody): one dot, as Swedish official statistics write it. */
export const PX_NOT_APPLICABLE = '.';

export interface PxVariable {
  name: string;
  values: string[];
  /** Stable codes beside the values (topic codes, county codes). */
  codes?: string[];
}

export interface PxTable {
  matrix: string;
  subjectCode: string;
  subjectArea: string;
  title: string;
  contents: string;
  /** The unit of every cell; with a content variable, one unit per value of it (`contentUnits`). */
  units: string;
  contentVariable?: { name: string; units: string[] };
  stub: PxVariable[];
  heading: PxVariable[];
  decimals: number;
  /** `CCYYMMDD hh:mm`. */
  creationDate: string;
  source: string;
  /** Shown as one note, one line each. */
  notes: string[];
  /** Row by row: the stub's combinations (last variable fastest), each with the heading's in order. */
  data: string[];
}

/** Characters outside ISO-8859-1 that our texts hold, written as their nearest latin1 text. */
const LATIN1_FALLBACK: Record<string, string> = {
  '\u2013': '-',
  '\u2014': '-',
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': "'",
  '\u201d': "'",
  '\u2026': '...',
  '\u2265': '>=',
  '\u2264': '<=',
};

/** A text as a PX value may hold it: latin1 only, no quotation mark (it ends a value), no line break. */
export function pxText(text: string): string {
  return [...text.replace(/"/g, "'").replace(/\s+/g, ' ')]
    .map((c) => LATIN1_FALLBACK[c] ?? (c.charCodeAt(0) > 0xff ? '?' : c))
    .join('');
}

const MAX_LINE = 200;

/** A long text split at spaces into quoted pieces, one per line (a PX line is kept under 256 characters). */
function quotedText(text: string): string {
  const words = pxText(text).split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + word.length + 1 > MAX_LINE) {
      lines.push(`${line} `);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  lines.push(line);
  return lines.map((l) => `"${l}"`).join('\n');
}

/** A list of values, quoted and comma-separated, a line break after a comma when the line grows long. */
function quotedList(values: readonly string[]): string {
  const lines: string[] = [];
  let line = '';
  for (const value of values.map((v) => `"${pxText(v)}"`)) {
    if (line && line.length + value.length + 1 > MAX_LINE) {
      lines.push(`${line},`);
      line = value;
    } else {
      line = line ? `${line},${value}` : value;
    }
  }
  lines.push(line);
  return lines.join('\n');
}

function combinations(variables: readonly PxVariable[]): number {
  return variables.reduce((n, v) => n * v.values.length, 1);
}

/** A data cell: a number as decimal text with a point, or a dot code within quotation marks. */
function dataCell(cell: string): string {
  if (cell === PX_SUPPRESSED || cell === PX_NOT_APPLICABLE) return `"${cell}"`;
  if (!/^-?\d+(\.\d+)?$/.test(cell)) throw new Error(`Not a PX data cell: ${cell}`);
  return cell;
}

export function writePx(table: PxTable): string {
  const columns = combinations(table.heading);
  if (table.data.length !== combinations(table.stub) * columns) {
    throw new Error(`PX data has ${table.data.length} cells, the table ${combinations(table.stub) * columns}`);
  }
  const variables = [...table.stub, ...table.heading];
  const sub = (name: string) => `("${pxText(name)}")`;
  const lines = [
    'CHARSET="ANSI";',
    'AXIS-VERSION="2013";',
    'CODEPAGE="iso-8859-1";',
    'LANGUAGE="sv";',
    `CREATION-DATE="${table.creationDate}";`,
    `DECIMALS=${table.decimals};`,
    `SHOWDECIMALS=${table.decimals};`,
    `MATRIX="${pxText(table.matrix)}";`,
    `SUBJECT-CODE="${pxText(table.subjectCode)}";`,
    `SUBJECT-AREA=${quotedText(table.subjectArea)};`,
    `TITLE=${quotedText(table.title)};`,
    `CONTENTS=${quotedText(table.contents)};`,
    `UNITS=${quotedText(table.units)};`,
    `STUB=${quotedList(table.stub.map((v) => v.name))};`,
    `HEADING=${quotedList(table.heading.map((v) => v.name))};`,
    ...(table.contentVariable ? [`CONTVARIABLE="${pxText(table.contentVariable.name)}";`] : []),
    ...variables.map((v) => `VALUES${sub(v.name)}=${quotedList(v.values)};`),
    ...variables.filter((v) => v.codes).map((v) => `CODES${sub(v.name)}=${quotedList(v.codes ?? [])};`),
    ...contentKeywords(table, sub),
    `SOURCE=${quotedText(table.source)};`,
    // One NOTE; `#` is the format's line break within it.
    ...(table.notes.length > 0 ? [`NOTE=${quotedText(table.notes.map(pxText).join('#'))};`] : []),
    'DATA=',
    ...dataLines(table.data, columns),
  ];
  return `${lines.join('\r\n').replace(/\r?\n/g, '\r\n')}\r\n`;
}

/** With a content variable, each of its values carries its own unit. */
function contentKeywords(table: PxTable, sub: (name: string) => string): string[] {
  const content = table.contentVariable;
  if (!content) return [];
  const variable = [...table.stub, ...table.heading].find((v) => v.name === content.name);
  if (!variable || variable.values.length !== content.units.length) throw new Error(`Content variable ${content.name} needs one unit per value`);
  return variable.values.map((value, i) => `UNITS${sub(value)}=${quotedText(content.units[i])};`);
}

function dataLines(data: readonly string[], columns: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < data.length; i += columns) lines.push(`${data.slice(i, i + columns).map(dataCell).join(' ')} `);
  lines[lines.length - 1] = `${lines[lines.length - 1].trimEnd()};`;
  return lines;
}
