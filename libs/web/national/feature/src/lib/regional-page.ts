import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, type OnInit, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NATIONAL_TABLES, type NationalLevel, type NationalTableName, type RegionalOverview, type RegionalTable } from '@kl/shared/contracts';
import { FrameworksApi } from '@kl/web/competence/data-access';
import {
  COMPARISON_TABLE_LABELS,
  comparisonExport,
  comparisonLines,
  comparisonText,
  LEVEL_LABELS,
  NATIONAL_ROUND_STATUS_LABELS,
  NationalApi,
  responseRateText,
} from '@kl/web/national/data-access';
import { downloadCsv, downloadXlsx, errorText, exportFileName, tableToCsv, toErrorBody } from '@kl/web/shared/util';

/**
 * /regionalt: the regional analyst's län: response rates per national round and which kommuner
 * submitted, the län's published tables beside the nation's, and a way to the län's joint courses.
 */
@Component({
  selector: 'kl-regional-page',
  imports: [RouterLink],
  templateUrl: './regional-page.html',
  styleUrl: './national-round-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegionalPage implements OnInit {
  private readonly api = inject(NationalApi);
  private readonly frameworksApi = inject(FrameworksApi);
  private readonly document = inject(DOCUMENT);

  // The training and staffing tables have shapes of their own; these pages show the inventory's tables.
  protected readonly tableNames = NATIONAL_TABLES.filter((name) => name !== 'training' && name !== 'staffing');
  protected readonly tableLabels = COMPARISON_TABLE_LABELS;
  protected readonly statusLabels = NATIONAL_ROUND_STATUS_LABELS;
  protected readonly levels: readonly NationalLevel[] = ['S', 'G', 'F'];
  protected readonly levelLabels = LEVEL_LABELS;
  protected readonly text = comparisonText;
  protected readonly rate = responseRateText;

  protected readonly overview = signal<RegionalOverview | null>(null);
  protected readonly round = signal('');
  protected readonly table = signal<NationalTableName>('areas');
  protected readonly level = signal<NationalLevel>('S');
  protected readonly regional = signal<RegionalTable | null>(null);
  protected readonly names = signal<ReadonlyMap<string, string>>(new Map());
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);
  private load = 0;

  protected readonly published = computed(() => this.overview()?.rounds.filter((r) => r.publishedAt !== null) ?? []);
  protected readonly columns = computed(() => {
    const r = this.regional();
    return r ? [{ heading: r.county.name, table: r.lan }, { heading: 'Riket', table: r.national }] : [];
  });
  protected readonly lines = computed(() => {
    const r = this.regional();
    return r ? comparisonLines(r.table, this.columns(), this.level(), this.names()) : [];
  });
  protected readonly hasLevel = computed(() => this.table() === 'topics' || this.table() === 'areas');

  async ngOnInit(): Promise<void> {
    try {
      const overview = await this.api.regionalOverview();
      this.overview.set(overview);
      const first = overview.rounds.find((r) => r.publishedAt !== null);
      if (first) {
        this.round.set(first.code);
        await this.reload();
      }
    } catch (e) {
      this.error.set(errorText(toErrorBody(e).code));
    }
  }

  protected chooseRound(event: Event): void {
    this.round.set((event.target as HTMLSelectElement).value);
    void this.reload();
  }

  protected chooseTable(event: Event): void {
    this.table.set((event.target as HTMLSelectElement).value as NationalTableName);
    void this.reload();
  }

  protected chooseLevel(event: Event): void {
    this.level.set((event.target as HTMLSelectElement).value as NationalLevel);
  }

  /** A newer choice makes an older answer be ignored. */
  private async reload(): Promise<void> {
    const load = ++this.load;
    this.loading.set(true);
    this.error.set(null);
    try {
      const regional = await this.api.regionalTable(this.round(), this.table());
      const framework = await this.frameworksApi.get(regional.frameworkId);
      if (load !== this.load) return;
      this.names.set(new Map(framework.areas.flatMap((a) => [[a.code, a.name] as const, ...a.topics.map((t) => [t.code, t.name] as const)])));
      this.regional.set(regional);
    } catch (e) {
      if (load === this.load) this.error.set(errorText(toErrorBody(e).code));
    } finally {
      if (load === this.load) this.loading.set(false);
    }
  }

  protected async download(format: 'xlsx' | 'csv'): Promise<void> {
    const r = this.regional();
    if (!r) return;
    const level = this.hasLevel() ? ` ${this.level()}` : '';
    const table = comparisonExport(`${COMPARISON_TABLE_LABELS[r.table]}${level}`, this.columns(), this.lines());
    const name = exportFileName(format, 'regionalt', r.county.code, r.round, r.table);
    if (format === 'xlsx') await downloadXlsx(this.document, name, table);
    else downloadCsv(this.document, name, tableToCsv(table));
  }

  protected print(): void {
    this.document.defaultView?.print();
  }
}
