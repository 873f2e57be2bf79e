/**
 * The memory scenario of bench/lib/imports.ts, in processes of their own: `write <path>` makes an
 * XLSX file of about 20 MB with exceljs's streaming writer; `read <path>` reads it with the
 * import's reader and reports the peak resident memory of that process alone.
 */
import ExcelJS from 'exceljs';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readTableInBatches } from '@kl/api/core';

/**
 * Peak resident memory of this process's own address space (Linux VmHWM). Not ru_maxrss: after
 * fork and exec it still counts the pages the parent had at the fork (the bench's API, ≈ 350 MB).
 */
function peakRssMb(): number {
  const status = existsSync('/proc/self/status') ? readFileSync('/proc/self/status', 'utf8') : '';
  const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
  return kb ? Number(kb) / 1024 : process.resourceUsage().maxRSS / 1024;
}

const COLUMNS = ['anstallningsnummer', ...Array.from({ length: 26 }, (_v, i) => `T${String(i).padStart(2, '0')}`)];
const ROWS = 170_000;

async function write(path: string): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const sheet = writer.addWorksheet('data');
  sheet.addRow(COLUMNS).commit();
  for (let row = 0; row < ROWS; row++) {
    sheet.addRow([100_000 + row, ...COLUMNS.slice(1).map((_c, i) => ['G', 'F', 'S', '-'][(row + i) % 4])]).commit();
  }
  await sheet.commit();
  await writer.commit();
  process.send?.({ bytes: statSync(path).size });
}

/**
 * `read <path> <maxRows>`: the import's own limit (50 000 rows), or more to read the whole file;
 * the rows handed on in batches, as the imports take them (each batch's cells are read, then dropped).
 */
async function read(path: string, maxRows: number): Promise<void> {
  const bytes = readFileSync(path);
  const started = performance.now();
  let rows = 0;
  let levels = 0;
  await readTableInBatches(bytes, COLUMNS.map((name) => ({ name })), { maxBytes: bytes.length, maxRows }, [], (batch) => {
    rows += batch.length;
    for (const row of batch) for (const column of COLUMNS) if (row.has(column)) levels++;
  });
  const ms = performance.now() - started;
  process.send?.({ maxRssMb: peakRssMb(), bytes: bytes.length, rows, cells: levels, ms });
}

const [mode, path, maxRows] = process.argv.slice(2);
(mode === 'write' ? write(path) : read(path, Number(maxRows))).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
