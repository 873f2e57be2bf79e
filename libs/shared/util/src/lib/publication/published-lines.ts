import type { ExportTable } from '../export-table';
import { publishedCell } from './published-export';

/** One line of a table published as lines (training, staffing): its Swedish label, unit, value and whether it was left out. */
export interface PublishedLine {
  label: string;
  unit: string;
  value: string | number | null;
  key: string;
  suppressed: readonly string[];
}

/** Lines as a sheet (XLSX, CSV): label, value (a share in percent) and unit. */
export function publishedLinesExport(sheetName: string, lines: readonly PublishedLine[]): ExportTable {
  return {
    sheetName,
    columns: [
      { heading: 'Uppgift', kind: 'text' },
      { heading: 'Värde', kind: 'decimal', decimals: 2 },
      { heading: 'Enhet', kind: 'text' },
    ],
    rows: lines.map((line) => [
      line.label,
      line.unit === 'procent' && line.value !== null ? Number(line.value) * 100 : publishedCell(line.value, line.key, line.suppressed),
      line.unit,
    ]),
  };
}
