import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, type OnInit, signal } from '@angular/core';
import { NATIONAL_TABLES, type ComparisonRound, type ComparisonTrend, type NationalLevel, type NationalTableName, type TableComparison } from '@kl/shared/contracts';
import { FrameworksApi } from '@kl/web/competence/data-access';
import {
  COMPARISON_TABLE_LABELS,
  comparisonExport,
  comparisonLines,
  comparisonText,
  comparisonTrendLines,
  LEVEL_LABELS,
  NationalApi,
  sharePercent,
} from '@kl/web/national/data-access';
import { LineChart } from '@kl/web/shared/ui-charts';
import { downloadCsv, downloadXlsx, errorText, exportFileName, tableToCsv, toErrorBody } from '@kl/web/shared/util';

/**
 * /nationell-jamforelse: the kommun's own column (exact) beside the published national, län and
 * kommungrupp values of a table, and its own trend against the nation's (docs/national.md §8).
 */
@Component({
  selector: 'kl-comparison-page',
  imports: [LineChart],
  templateUrl: './comparison-page.html',
  styleUrl: './national-round-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ComparisonPage implements OnInit {
  private readonly api = inject(NationalApi);
  private readonly frameworksApi = inject(FrameworksApi);
  private readonly document = inject(DOCUMENT);

  // The training and staffing tables have shapes of their own; these pages show the inventory's tables.
  protected readonly tableNames = NATIONAL_TABLES.filter((name) => name !== 'training' && name !== 'staffing');
  protected readonly tableLabels = COMPARISON_TABLE_LABELS;
  protected readonly levels: readonly NationalLevel[] = ['S', 'G', 'F'];
  protected readonly levelLabels = LEVEL_LABELS;
  protected readonly text = comparisonText;
  protected readonly share = sharePercent;

  protected readonly rounds = signal<ComparisonRound[] | null>(null);
  protected readonly round = signal('');
  protected readonly table = signal<NationalTableName>('areas');
  protected readonly level = signal<NationalLevel>('S');
  protected readonly comparison = signal<TableComparison | null>(null);
  protected readonly trend = signal<ComparisonTrend | null>(null);
  protected readonly trendArea = signal('');
  protected readonly names = signal<ReadonlyMap<string, string>>(new Map());
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);
  private load = 0;

  protected readonly columns = computed(() => {
    const c = this.comparison();
    if (!c) return [];
    return [
      { heading: `Egen kommun (${c.kommun.name})`, table: c.own },
      { heading: 'Riket', table: c.national },
      { heading: c.county.name, table: c.lan },
      ...(c.group ? [{ heading: `Kommungrupp ${c.group.code} ${c.group.name}`, table: c.kommungrupp }] : []),
    ];
  });
  protected readonly lines = computed(() => {
    const c = this.comparison();
    return c ? comparisonLines(c.table, this.columns(), this.level(), this.names()) : [];
  });
  protected readonly hasLevel = computed(() => this.table() === 'topics' || this.table() === 'areas');
  protected readonly caption = computed(() => {
    const c = this.comparison();
    if (!c) return '';
    const level = this.hasLevel() ? `, andel ${LEVEL_LABELS[this.level()]}` : '';
    return `${COMPARISON_TABLE_LABELS[c.table]}${level}, omgång ${c.round}`;
  });
  protected readonly trendCode = computed(() => this.trendArea() || (this.trend()?.areas[0]?.area ?? ''));
  protected readonly trendSeries = computed(() => {
    const t = this.trend();
    return t ? comparisonTrendLines(t, this.trendCode(), this.level()) : [];
  });
  protected readonly trendPoints = computed(() => this.trend()?.areas.find((a) => a.area === this.trendCode())?.points ?? []);

  async ngOnInit(): Promise<void> {
    try {
      const rounds = await this.api.comparisonRounds();
      this.rounds.set(rounds);
      if (rounds.length > 0) {
        this.round.set(rounds[0].code);
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

  protected chooseTrendArea(event: Event): void {
    this.trendArea.set((event.target as HTMLSelectElement).value);
  }

  /** Loads the chosen round's table and trend; a newer choice makes an older answer be ignored. */
  private async reload(): Promise<void> {
    const load = ++this.load;
    this.loading.set(true);
    this.error.set(null);
    try {
      const [comparison, trend] = await Promise.all([this.api.comparison(this.round(), this.table()), this.api.comparisonTrend(this.round())]);
      const framework = await this.frameworksApi.get(comparison.frameworkId);
      if (load !== this.load) return;
      this.names.set(new Map(framework.areas.flatMap((a) => [[a.code, a.name] as const, ...a.topics.map((t) => [t.code, t.name] as const)])));
      this.comparison.set(comparison);
      this.trend.set(trend);
    } catch (e) {
      if (load === this.load) this.error.set(errorText(toErrorBody(e).code));
    } finally {
      if (load === this.load) this.loading.set(false);
    }
  }

  protected async download(format: 'xlsx' | 'csv'): Promise<void> {
    const c = this.comparison();
    if (!c) return;
    const level = this.hasLevel() ? ` ${this.level()}` : '';
    const table = comparisonExport(`${COMPARISON_TABLE_LABELS[c.table]}${level}`, this.columns(), this.lines());
    const name = exportFileName(format, 'jamforelse', c.kommun.code, c.round, c.table);
    if (format === 'xlsx') await downloadXlsx(this.document, name, table);
    else downloadCsv(this.document, name, tableToCsv(table));
  }

  protected print(): void {
    this.document.defaultView?.print();
  }
}
