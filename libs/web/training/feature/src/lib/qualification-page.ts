import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import type { QualificationList } from '@kl/shared/contracts';
import {
  dispensationText,
  QUALIFICATION_CLASS_LABELS,
  qualificationExportTable,
  SupportApi,
} from '@kl/web/training/data-access';
import {
  downloadCsv,
  downloadXlsx,
  errorText,
  exportFileName,
  tableToCsv,
  toErrorBody,
} from '@kl/web/shared/util';

/**
 * /behorighet: behörighet for barn-och-unga casework (SOSFS 2014:7) of the caseworkers in reach,
 * dispensations running out within 90 days warned about, exportable for compliance reporting.
 */
@Component({
  selector: 'kl-qualification-page',
  templateUrl: './qualification-page.html',
  styleUrls: ['./training-tables.css', './support-pages.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QualificationPage {
  private readonly api = inject(SupportApi);
  private readonly document = inject(DOCUMENT);

  protected readonly list = signal<QualificationList | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly labels = QUALIFICATION_CLASS_LABELS;
  protected readonly dispensation = dispensationText;
  protected readonly alerts = computed(() => this.list()?.rows.filter((r) => r.dispensationAlert) ?? []);
  protected readonly counts = computed(() => {
    const rows = this.list()?.rows ?? [];
    return (['qualified', 'dispensation', 'in_education', 'not_qualified'] as const).map((c) => ({
      label: QUALIFICATION_CLASS_LABELS[c],
      count: rows.filter((r) => r.classification === c).length,
    }));
  });

  constructor() {
    void this.load();
  }

  protected async download(format: 'xlsx' | 'csv'): Promise<void> {
    const list = this.list();
    if (!list) return;
    const table = qualificationExportTable(list.rows);
    const name = exportFileName(format, 'behorighet', list.today);
    if (format === 'csv') downloadCsv(this.document, name, tableToCsv(table));
    else await downloadXlsx(this.document, name, table);
  }

  private async load(): Promise<void> {
    try {
      this.list.set(await this.api.qualification());
    } catch (error) {
      this.error.set(errorText(toErrorBody(error).code));
    }
  }
}
