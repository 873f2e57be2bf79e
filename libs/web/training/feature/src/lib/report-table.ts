import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { exportCellText, type ExportTable } from '@kl/web/shared/util';
import { ExportButtons } from './export-buttons';

/**
 * One report table as it is exported: caption, column headings, every cell as the file writes it
 * in Swedish (decimal comma, `..` for a suppressed figure), and downloads as XLSX and CSV.
 */
@Component({
  selector: 'kl-report-table',
  imports: [ExportButtons],
  templateUrl: './report-table.html',
  styleUrls: ['./training-tables.css', './report-table.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportTable {
  readonly table = input.required<ExportTable>();
  readonly caption = input.required<string>();
  /** The file's name without extension. */
  readonly fileName = input.required<string>();

  protected readonly numeric = computed(() => this.table().columns.map((c) => c.kind !== 'text' && c.kind !== 'date'));
  protected readonly cells = computed(() => {
    const { columns, rows } = this.table();
    return rows.map((row) => columns.map((column, i) => exportCellText(column, row[i] ?? null)));
  });
}
