import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import {
  downloadCsv,
  downloadXlsx,
  exportCellText,
  exportFileName,
  type ExportTable,
  tableToCsv,
} from '@kl/web/shared/util';

/**
 * One report table as it is exported: caption, column headings, every cell as the file writes it
 * in Swedish (decimal comma, `..` for a suppressed figure), and downloads as XLSX and CSV.
 */
@Component({
  selector: 'kl-report-table',
  templateUrl: './report-table.html',
  styleUrls: ['./training-tables.css', './report-table.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportTable {
  private readonly document = inject(DOCUMENT);
  readonly table = input.required<ExportTable>();
  readonly caption = input.required<string>();
  /** The file's name without extension. */
  readonly fileName = input.required<string>();

  protected readonly exporting = signal(false);
  protected readonly numeric = computed(() => this.table().columns.map((c) => c.kind !== 'text' && c.kind !== 'date'));
  protected readonly cells = computed(() => {
    const { columns, rows } = this.table();
    return rows.map((row) => columns.map((column, i) => exportCellText(column, row[i] ?? null)));
  });

  protected async download(format: 'xlsx' | 'csv'): Promise<void> {
    const name = exportFileName(format, this.fileName());
    if (format === 'csv') {
      downloadCsv(this.document, name, tableToCsv(this.table()));
      return;
    }
    this.exporting.set(true);
    try {
      await downloadXlsx(this.document, name, this.table());
    } finally {
      this.exporting.set(false);
    }
  }
}
