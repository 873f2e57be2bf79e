export interface CsvTable {
  header: string[];
  /** Data rows; `line` is the 1-based line number in the file, for error messages. */
  rows: { line: number; cells: string[] }[];
}

/**
 * Parses CSV text (RFC 4180 quoting) separated by `;` or `,`: the separator is the one that
 * occurs more often in the header line, as Excel sv-SE writes `;`. A BOM is dropped, CRLF and LF
 * both end a line, blank lines are skipped.
 */
export function parseCsv(text: string, separator?: ';' | ','): CsvTable {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const sep = separator ?? detectSeparator(source);
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') line++;
        cell += char;
      }
    } else if (char === '"' && cell === '') {
      quoted = true;
    } else if (char === sep) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      cells.push(cell);
      pushRecord(records, recordLine, cells);
      cells = [];
      cell = '';
      line++;
      recordLine = line;
    } else {
      cell += char;
    }
  }
  if (quoted) {
    throw new SyntaxError(`Unclosed quote starting on line ${recordLine}`);
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    pushRecord(records, recordLine, cells);
  }
  const [first, ...rows] = records;
  return { header: first?.cells.map((name) => name.trim()) ?? [], rows };
}

function pushRecord(records: CsvTable['rows'], line: number, cells: string[]): void {
  if (cells.length > 1 || cells[0].trim() !== '') {
    records.push({ line, cells });
  }
}

function detectSeparator(text: string): ';' | ',' {
  const headerLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => headerLine.split(c).length - 1;
  return count(';') >= count(',') && count(';') > 0 ? ';' : ',';
}

/** Rows as objects keyed by header name; throws when a row has another number of cells. */
export function csvRecords(table: CsvTable): { line: number; values: Record<string, string> }[] {
  return table.rows.map(({ line, cells }) => {
    if (cells.length !== table.header.length) {
      throw new SyntaxError(
        `Line ${line} has ${cells.length} cells; the header has ${table.header.length}`,
      );
    }
    return {
      line,
      values: Object.fromEntries(table.header.map((name, i) => [name, cells[i]])),
    };
  });
}
