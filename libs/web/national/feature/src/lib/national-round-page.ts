import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, type OnInit, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type {
  AreasTable,
  CaseworkersTable,
  IndicatorsTable,
  NationalLevel,
  NationalRound,
  NationalTableFilters,
  NationalTrend,
  SubmissionStatus,
  TeamLeadersTable,
  TopicsTable,
  TrainingTable,
  PublishedTraining,
  PublishedStaffing,
  StaffingTable,
} from '@kl/shared/contracts';
import { nationalFilterText, publishedStaffingExport, publishedTrainingExport } from '@kl/shared/util';
import { FrameworksApi } from '@kl/web/competence/data-access';
import {
  areasExport,
  breakdownBars,
  LEVEL_LABELS,
  fteText,
  INDICATOR_LABELS,
  indicatorsExport,
  levelBars,
  NationalApi,
  responseRateText,
  sharePercent,
  staffFigureRows,
  staffFiguresExport,
  topicsExport,
  trendLines,
} from '@kl/web/national/data-access';
import { LineChart, StackedBarChart } from '@kl/web/shared/ui-charts';
import { StaffingFigures } from './staffing-figures';
import { TrainingFigures } from './training-figures';
import { downloadCsv, downloadXlsx, errorText, exportFileName, type ExportTable, tableToCsv, toErrorBody } from '@kl/web/shared/util';

type BreakdownBy = 'kommungrupp' | 'lan';

/** One areas table per kommungrupp or län of the round, for the comparison chart. */
interface Breakdown {
  by: BreakdownBy;
  groups: { code: string; name: string; areas: AreasTable['rows'] }[];
}

interface Tables {
  trend: NationalTrend;
  topics: TopicsTable;
  areas: AreasTable;
  caseworkers: CaseworkersTable;
  teamLeaders: TeamLeadersTable;
  indicators: IndicatorsTable;
  /** The exact training table in the published shape with nothing left out, for the shared view. */
  training: PublishedTraining;
  staffing: PublishedStaffing;
}

/**
 * /nationellt/:code: who has submitted (response rate per län and kommungrupp, the reminder list)
 * and the national tables with their filters, charts, exports and a print layout.
 */
@Component({
  selector: 'kl-national-round-page',
  imports: [ReactiveFormsModule, RouterLink, StackedBarChart, LineChart, TrainingFigures, StaffingFigures],
  templateUrl: './national-round-page.html',
  styleUrl: './national-round-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NationalRoundPage implements OnInit {
  private readonly api = inject(NationalApi);
  private readonly frameworksApi = inject(FrameworksApi);
  private readonly document = inject(DOCUMENT);
  readonly code = input.required<string>();

  protected readonly round = signal<NationalRound | null>(null);
  protected readonly status = signal<SubmissionStatus | null>(null);
  protected readonly rounds = signal<NationalRound[]>([]);
  protected readonly tables = signal<Tables | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly topicNames = signal<ReadonlyMap<string, string>>(new Map());
  protected readonly areaNames = signal<ReadonlyMap<string, string>>(new Map());
  /** The filters the shown tables are of, in words (set when they load). */
  protected readonly filterText = signal('hela landet');
  protected readonly share = sharePercent;
  protected readonly fte = fteText;
  protected readonly rate = responseRateText;
  protected readonly indicatorLabels = INDICATOR_LABELS;

  protected readonly filters = inject(FormBuilder).nonNullable.group({ kommungrupp: '', lan: '', cohort: '' });

  protected readonly missing = computed(() => this.status()?.kommuner.filter((k) => k.submittedAt === null) ?? []);
  protected readonly topicBars = computed(() =>
    levelBars((this.tables()?.topics.rows ?? []).map((r) => ({ name: `${r.topic} ${this.topicNames().get(r.topic) ?? ''}`.trim(), share: r.share }))),
  );
  protected readonly areaBars = computed(() =>
    levelBars((this.tables()?.areas.rows ?? []).map((r) => ({ name: this.areaNames().get(r.area) ?? r.area, share: r.meanOfTopicShares }))),
  );
  protected readonly levelLabels = LEVEL_LABELS;
  protected readonly levels: readonly NationalLevel[] = ['S', 'G', 'F'];
  /** The area the trend and comparison charts show; the first area until one is chosen. */
  protected readonly chosenArea = signal('');
  protected readonly chartArea = computed(() => this.chosenArea() || (this.tables()?.areas.rows[0]?.area ?? ''));
  protected readonly trendLevel = signal<NationalLevel>('S');
  protected readonly trendSeries = computed(() => {
    const t = this.tables();
    return t ? trendLines(t.trend, this.chartArea(), this.trendLevel(), this.topicNames()) : [];
  });
  protected readonly breakdownBy = signal<BreakdownBy>('kommungrupp');
  protected readonly breakdown = signal<Breakdown | null>(null);
  protected readonly breakdownProgress = signal<string | null>(null);
  private breakdownLoad = 0;
  protected readonly breakdownSeries = computed(() => breakdownBars(this.breakdown()?.groups ?? [], this.chartArea()));
  protected readonly breakdownRows = computed(() =>
    (this.breakdown()?.groups ?? []).map((g) => ({ ...g, area: g.areas.find((a) => a.area === this.chartArea()) ?? null })),
  );
  protected readonly staffRows = computed(() => {
    const t = this.tables();
    return t ? staffFigureRows(t.caseworkers, t.teamLeaders) : [];
  });

  async ngOnInit(): Promise<void> {
    try {
      const [round, status, rounds] = await Promise.all([this.api.round(this.code()), this.api.status(this.code()), this.api.rounds()]);
      this.round.set(round);
      this.status.set(status);
      this.rounds.set(rounds);
      const framework = await this.frameworksApi.get(round.frameworkId);
      this.topicNames.set(new Map(framework.areas.flatMap((a) => a.topics.map((t) => [t.code, t.name] as const))));
      this.areaNames.set(new Map(framework.areas.map((a) => [a.code, a.name] as const)));
      await this.loadTables();
      await this.loadBreakdown();
    } catch (e) {
      this.error.set(errorText(toErrorBody(e).code));
    }
  }

  protected async loadTables(): Promise<void> {
    const filters: NationalTableFilters = this.filters.getRawValue();
    this.loading.set(true);
    this.error.set(null);
    try {
      const code = this.code();
      const [trend, topics, areas, caseworkers, teamLeaders, indicators, training, staffing] = await Promise.all([
        this.api.trend(code, filters),
        this.api.table<TopicsTable>(code, 'topics', filters),
        this.api.table<AreasTable>(code, 'areas', filters),
        this.api.table<CaseworkersTable>(code, 'caseworkers', filters),
        this.api.table<TeamLeadersTable>(code, 'team-leaders', filters),
        this.api.table<IndicatorsTable>(code, 'indicators', filters),
        this.api.table<TrainingTable>(code, 'training', filters),
        this.api.table<StaffingTable>(code, 'staffing', filters),
      ]);
      // The analyst reads every cell: nothing is suppressed before publication.
      const unsuppressed = { training: { ...training, suppressed: [] }, staffing: { ...staffing, suppressed: [] } };
      this.tables.set({ trend, topics, areas, caseworkers, teamLeaders, indicators, ...unsuppressed });
      this.filterText.set(this.describe(filters));
    } catch (e) {
      this.error.set(errorText(toErrorBody(e).code));
    } finally {
      this.loading.set(false);
    }
  }

  protected chooseArea(event: Event): void {
    this.chosenArea.set((event.target as HTMLSelectElement).value);
  }

  protected chooseLevel(event: Event): void {
    this.trendLevel.set((event.target as HTMLSelectElement).value as NationalLevel);
  }

  protected chooseBreakdown(event: Event): void {
    this.breakdownBy.set((event.target as HTMLSelectElement).value as BreakdownBy);
    void this.loadBreakdown();
  }

  /**
   * The areas table of every kommungrupp (of the round's classification) or län, each read from its
   * kept aggregates; a newer choice makes an older load's answer be ignored.
   */
  protected async loadBreakdown(): Promise<void> {
    const status = this.status();
    if (!status) return;
    const by = this.breakdownBy();
    const load = ++this.breakdownLoad;
    const groups = by === 'kommungrupp' ? status.byGroup.filter((g) => g.code).map((g) => ({ code: g.code, name: `${g.code} ${g.name}` })) : status.byCounty;
    let done = 0;
    this.breakdownProgress.set(`Hämtar tabellerna: 0 av ${groups.length} …`);
    try {
      const tables = await Promise.all(
        groups.map(async (g) => {
          const table = await this.api.table<AreasTable>(this.code(), 'areas', { [by]: g.code });
          if (load === this.breakdownLoad) this.breakdownProgress.set(`Hämtar tabellerna: ${++done} av ${groups.length} …`);
          return { code: g.code, name: g.name, areas: table.rows };
        }),
      );
      if (load === this.breakdownLoad) this.breakdown.set({ by, groups: tables });
    } catch (e) {
      if (load === this.breakdownLoad) this.error.set(errorText(toErrorBody(e).code));
    } finally {
      if (load === this.breakdownLoad) this.breakdownProgress.set(null);
    }
  }

  protected async download(which: 'topics' | 'areas' | 'staff' | 'indicators' | 'training' | 'staffing', format: 'xlsx' | 'csv'): Promise<void> {
    const t = this.tables();
    if (!t) return;
    const table: ExportTable =
      which === 'topics'
        ? topicsExport(t.topics.rows, this.topicNames())
        : which === 'areas'
          ? areasExport(t.areas.rows, this.areaNames())
          : which === 'staff'
            ? staffFiguresExport(this.staffRows())
            : which === 'training'
              ? publishedTrainingExport(t.training, { topics: this.topicNames(), areas: this.areaNames() })
              : which === 'staffing'
                ? publishedStaffingExport(t.staffing)
                : indicatorsExport(t.indicators.rows);
    const name = exportFileName(format, 'nationellt', this.code(), table.sheetName);
    if (format === 'xlsx') await downloadXlsx(this.document, name, table);
    else downloadCsv(this.document, name, tableToCsv(table));
  }

  private describe(filters: NationalTableFilters): string {
    const status = this.status();
    return nationalFilterText(filters, { kommungrupp: status?.byGroup ?? [], lan: status?.byCounty ?? [] });
  }

  protected print(): void {
    this.document.defaultView?.print();
  }
}
