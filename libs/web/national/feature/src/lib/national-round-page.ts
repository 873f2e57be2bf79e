import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, type OnInit, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type {
  AreasTable,
  CaseworkersTable,
  IndicatorsTable,
  NationalRound,
  NationalTableFilters,
  NationalTrend,
  SubmissionStatus,
  TeamLeadersTable,
  TopicsTable,
} from '@kl/shared/contracts';
import { FrameworksApi } from '@kl/web/competence/data-access';
import {
  areasExport,
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
} from '@kl/web/national/data-access';
import { StackedBarChart } from '@kl/web/shared/ui-charts';
import { downloadCsv, downloadXlsx, errorText, exportFileName, type ExportTable, tableToCsv, toErrorBody } from '@kl/web/shared/util';

interface Tables {
  trend: NationalTrend;
  topics: TopicsTable;
  areas: AreasTable;
  caseworkers: CaseworkersTable;
  teamLeaders: TeamLeadersTable;
  indicators: IndicatorsTable;
}

/**
 * /nationellt/:code: who has submitted (response rate per län and kommungrupp, the reminder list)
 * and the national tables with their filters, charts, exports and a print layout.
 */
@Component({
  selector: 'kl-national-round-page',
  imports: [ReactiveFormsModule, RouterLink, StackedBarChart],
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
      const [trend, topics, areas, caseworkers, teamLeaders, indicators] = await Promise.all([
        this.api.trend(code, filters),
        this.api.table<TopicsTable>(code, 'topics', filters),
        this.api.table<AreasTable>(code, 'areas', filters),
        this.api.table<CaseworkersTable>(code, 'caseworkers', filters),
        this.api.table<TeamLeadersTable>(code, 'team-leaders', filters),
        this.api.table<IndicatorsTable>(code, 'indicators', filters),
      ]);
      this.tables.set({ trend, topics, areas, caseworkers, teamLeaders, indicators });
    } catch (e) {
      this.error.set(errorText(toErrorBody(e).code));
    } finally {
      this.loading.set(false);
    }
  }

  protected async download(which: 'topics' | 'areas' | 'staff' | 'indicators', format: 'xlsx' | 'csv'): Promise<void> {
    const t = this.tables();
    if (!t) return;
    const table: ExportTable =
      which === 'topics'
        ? topicsExport(t.topics.rows, this.topicNames())
        : which === 'areas'
          ? areasExport(t.areas.rows, this.areaNames())
          : which === 'staff'
            ? staffFiguresExport(this.staffRows())
            : indicatorsExport(t.indicators.rows);
    const name = exportFileName(format, 'nationellt', this.code(), table.sheetName);
    if (format === 'xlsx') await downloadXlsx(this.document, name, table);
    else downloadCsv(this.document, name, tableToCsv(table));
  }

  protected print(): void {
    this.document.defaultView?.print();
  }
}
