import { DISCLOSURE_POLICY, type DisclosureCell, type DisclosurePolicy, type SumLine, type SuppressionReason, suppressCells } from './suppress-cells';

/**
 * A table as published: inner cells by row and column, and whichever margins it shows (a row's
 * total, a column's total, and the grand total when both are shown).
 */
export interface MarginTable {
  cells: readonly (readonly Omit<DisclosureCell, 'total'>[])[];
  rowTotals?: readonly Omit<DisclosureCell, 'total'>[];
  columnTotals?: readonly Omit<DisclosureCell, 'total'>[];
  total?: Omit<DisclosureCell, 'total'>;
}

export interface TableSuppression {
  cells: (SuppressionReason | null)[][];
  rowTotals: (SuppressionReason | null)[];
  columnTotals: (SuppressionReason | null)[];
  total: SuppressionReason | null;
}

/** Disclosure control of one table with its margins ({@link suppressCells} on its rows and columns). */
export function suppressTable(table: MarginTable, policy: DisclosurePolicy = DISCLOSURE_POLICY): TableSuppression {
  const rows = table.cells.length;
  const columns = rows === 0 ? 0 : table.cells[0].length;
  const cells: DisclosureCell[] = table.cells.flat();
  const at = (r: number, c: number) => r * columns + c;
  const rowTotal = table.rowTotals?.map((cell) => cells.push({ ...cell, total: true }) - 1);
  const columnTotal = table.columnTotals?.map((cell) => cells.push({ ...cell, total: true }) - 1);
  const grand = rowTotal && columnTotal && table.total ? cells.push({ ...table.total, total: true }) - 1 : undefined;

  const lines: SumLine[] = [];
  const range = (n: number) => Array.from({ length: n }, (_v, i) => i);
  if (rowTotal) range(rows).forEach((r) => lines.push({ parts: range(columns).map((c) => at(r, c)), total: rowTotal[r] }));
  if (columnTotal) range(columns).forEach((c) => lines.push({ parts: range(rows).map((r) => at(r, c)), total: columnTotal[c] }));
  if (rowTotal && columnTotal && grand !== undefined) {
    lines.push({ parts: columnTotal, total: grand });
    lines.push({ parts: rowTotal, total: grand });
  }

  const reasons = suppressCells(cells, lines, policy);
  return {
    cells: range(rows).map((r) => range(columns).map((c) => reasons[at(r, c)])),
    rowTotals: (rowTotal ?? []).map((cell) => reasons[cell]),
    columnTotals: (columnTotal ?? []).map((cell) => reasons[cell]),
    total: grand === undefined ? null : reasons[grand],
  };
}
