import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { downloadCsv, downloadXlsx, exportFileName, type ExportTable, tableToCsv } from '@kl/web/shared/util';

/** "Ladda ner XLSX" and "Ladda ner CSV" for one table; `label` names it for screen readers. */
@Component({
  selector: 'kl-export-buttons',
  template: `
    <p class="downloads no-print">
      <button
        type="button"
        (click)="download('xlsx')"
        [attr.aria-disabled]="exporting() || null"
        [attr.aria-label]="'Ladda ner XLSX: ' + label()"
      >
        Ladda ner XLSX
      </button>
      <button type="button" (click)="download('csv')" [attr.aria-label]="'Ladda ner CSV: ' + label()">Ladda ner CSV</button>
    </p>
  `,
  styles: `
    .downloads { display: flex; gap: 0.5rem; }
    @media print { .no-print { display: none; } }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExportButtons {
  private readonly document = inject(DOCUMENT);
  readonly table = input.required<ExportTable>();
  readonly label = input.required<string>();
  /** The file's name without extension. */
  readonly fileName = input.required<string>();
  protected readonly exporting = signal(false);

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
