import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import {
  downloadCsv,
  downloadXlsx,
  exportFileName,
  type ExportTable,
  tableToCsv,
} from '@kl/web/shared/util';

/**
 * "Ladda ned som Excel (XLSX)" and "… som CSV" for one table (DESIGN.md §8: every table exports
 * to both). The table is built on click, so it may be loaded first; the XLSX writer itself is
 * loaded on the first XLSX click. Each button's accessible name is its text followed by what it
 * downloads, so that the many download buttons of a page can be told apart by a screen reader.
 */
@Component({
  selector: 'kl-export-buttons',
  template: `
    <div class="export">
      <button
        type="button"
        class="button-secondary"
        [attr.aria-disabled]="busy() || null"
        [attr.aria-label]="'Ladda ned som Excel (XLSX): ' + subject()"
        (click)="download('xlsx')"
      >
        Ladda ned som Excel (XLSX)
      </button>
      <button
        type="button"
        class="button-secondary"
        [attr.aria-disabled]="busy() || null"
        [attr.aria-label]="'Ladda ned som CSV: ' + subject()"
        (click)="download('csv')"
      >
        Ladda ned som CSV
      </button>
      <span class="busy" role="status">{{ busy() ? 'Skapar filen …' : '' }}</span>
    </div>
    @if (error(); as message) {
      <p class="error" role="alert">{{ message }}</p>
    }
  `,
  styles: `
    .export {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
      margin: 0.25rem 0 0.75rem;
    }
    .busy {
      color: var(--kl-muted);
    }
    .error {
      color: var(--kl-error);
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExportButtons {
  private readonly document = inject(DOCUMENT);

  /** What is downloaded, in Swedish, e.g. "nivåfördelningen". */
  readonly subject = input.required<string>();
  /** The parts of the file name, e.g. `['nivafordelning', 'Höst 2026']`. */
  readonly fileName = input.required<string[]>();
  readonly table = input.required<() => ExportTable | Promise<ExportTable>>();

  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async download(format: 'csv' | 'xlsx'): Promise<void> {
    // aria-disabled rather than disabled while busy: a disabled button would drop the keyboard focus.
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const table = await this.table()();
      const name = exportFileName(format, ...this.fileName());
      if (format === 'xlsx') await downloadXlsx(this.document, name, table);
      else downloadCsv(this.document, name, tableToCsv(table));
    } catch {
      this.error.set('Filen kunde inte skapas. Försök igen om en stund.');
    } finally {
      this.busy.set(false);
    }
  }
}
