import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type {
  IntroductionSummary,
  InventoryRound,
  OrgUnitTreeNode,
  RoundDashboard,
  RoundGaps,
  RoundScopeQuery,
  RoundTrend,
  StaffRole,
  UnitGaps,
} from '@kl/shared/contracts';
import { AuthStore } from '@kl/web/auth/data-access';
import {
  coverageText,
  distributionExportTable,
  distributionRows,
  hasTrend,
  heatmapExportTable,
  heatmapTable,
  InventoryApi,
  LEVEL_COLUMNS,
  overviewGapRows,
  defaultRound,
  roundOptionLabel,
  staffExportTable,
  trendChartItems,
  trendExportTable,
  trendFrameworkNote,
  trendModel,
  trendRows,
  trendTopicNotes,
} from '@kl/web/inventory/data-access';
import { flattenUnitTree, UnitsApi } from '@kl/web/organisation/data-access';
import {
  gapsExportHref,
  IntroductionApi,
  introductionStateText,
  TrainingApi,
} from '@kl/web/training/data-access';
import { levelDistributionSeries, StackedBarChart } from '@kl/web/shared/ui-charts';
import { errorText, type ExportTable, toErrorBody } from '@kl/web/shared/util';
import { ExportButtons } from '@kl/web/shared/ui';
import { ServiceAreaPanel } from './service-area-panel';
import { StaffGroupSwitch } from './staff-group-switch';

type View = 'table' | 'chart';

/**
 * /oversikt: coverage, staleness, the FTE-weighted level distribution, the gaps against the
 * målnivåer (the API's, as on /kompetensglapp), the unit × topic heatmap with each unit's gaps
 * marked, and the trend across the kommun's rounds; every table downloads as XLSX and CSV.
 */
@Component({
  selector: 'kl-dashboard-page',
  imports: [StackedBarChart, ExportButtons, StaffGroupSwitch, RouterLink, ServiceAreaPanel],
  templateUrl: './dashboard-page.html',
  styleUrl: './dashboard-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardPage {
  private readonly api = inject(InventoryApi);
  private readonly unitsApi = inject(UnitsApi);
  private readonly auth = inject(AuthStore);
  private readonly training = inject(TrainingApi);
  private readonly introductionApi = inject(IntroductionApi);

  protected readonly rounds = signal<InventoryRound[]>([]);
  protected readonly roundId = signal<string | null>(null);
  protected readonly unitId = signal<string>('');
  /** Caseworkers or team leaders: the two groups are never pooled. */
  protected readonly staffRole = signal<StaffRole>('caseworker');
  /** Counts the loads, so that an answer overtaken by a newer choice is dropped (never a stale page). */
  private loads = 0;
  private readonly units = signal<OrgUnitTreeNode[]>([]);
  protected readonly dashboard = signal<RoundDashboard | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly distributionView = signal<View>('table');
  protected readonly trend = signal<RoundTrend | null>(null);
  protected readonly trendError = signal<string | null>(null);
  protected readonly trendView = signal<View>('chart');
  protected readonly gaps = signal<RoundGaps | null>(null);
  protected readonly unitGaps = signal<UnitGaps | null>(null);
  protected readonly gapsError = signal<string | null>(null);

  protected readonly isAdmin = computed(() => this.auth.role() === 'municipality_admin');
  protected readonly roundLabel = (round: InventoryRound) => roundOptionLabel(round, this.rounds());
  protected readonly unitOptions = computed(() => flattenUnitTree(this.units()));
  protected readonly levelColumns = LEVEL_COLUMNS;
  protected readonly coverage = computed(() => {
    const dashboard = this.dashboard();
    return dashboard ? coverageText(dashboard.coverage) : '';
  });
  protected readonly distribution = computed(() => {
    const dashboard = this.dashboard();
    return dashboard ? distributionRows(dashboard) : [];
  });
  protected readonly heatmap = computed(() => {
    const dashboard = this.dashboard();
    return dashboard ? heatmapTable(dashboard, this.unitGaps()) : null;
  });
  protected readonly heatmapMarksGaps = computed(() =>
    (this.heatmap()?.rows ?? []).some((row) => row.cells.some((cell) => cell.belowTarget)),
  );
  protected readonly gapRows = computed(() => {
    const gaps = this.gaps();
    return gaps ? overviewGapRows(gaps) : [];
  });
  /** The gap list as a file from the API, for the round, unit and staff group shown. */
  protected readonly gapsExport = computed(() => {
    const gaps = this.gaps();
    if (!gaps) return null;
    const scope: RoundScopeQuery = { unitId: gaps.unitId ?? undefined, staffRole: gaps.staffRole };
    return {
      xlsx: gapsExportHref(gaps.round.id, 'xlsx', scope),
      csv: gapsExportHref(gaps.round.id, 'csv', scope),
    };
  });
  protected readonly areaSeries = computed(() =>
    levelDistributionSeries(this.dashboard()?.areas ?? []),
  );
  protected readonly topicCharts = computed(() =>
    (this.dashboard()?.areas ?? []).map((area) => ({
      code: area.code,
      name: area.name,
      series: levelDistributionSeries(
        area.topics.map((topic) => ({ name: `${topic.code} ${topic.name}`, shares: topic.shares })),
      ),
    })),
  );
  private readonly unitName = computed(() => {
    const names = new Map<string, string>(
      this.unitOptions().map((option) => [option.id, option.label]),
    );
    for (const unit of this.dashboard()?.heatmap ?? [])
      if (!names.has(unit.unitId)) names.set(unit.unitId, unit.unitName);
    return (id: string) => names.get(id) ?? '';
  });
  protected readonly notAssessed = computed(() => this.staffList('notAssessed'));
  /** The introductions in reach, to say which new staff lack a programme or a mentor; null until loaded. */
  private readonly introductions = signal<IntroductionSummary[] | null>(null);
  protected readonly newStaff = computed(() => {
    const introductions = this.introductions();
    return this.staffList('newStaff').map((person) => ({
      ...person,
      introduction: introductions ? introductionStateText(person.staffMemberId, introductions) : '–',
    }));
  });

  private readonly trendModel = computed(() => {
    const trend = this.trend();
    return trend ? trendModel(trend) : null;
  });
  protected readonly trendAreas = computed(() =>
    (this.trendModel()?.areas ?? []).map((area) => ({ ...area, rows: trendRows(area) })),
  );
  protected readonly trendRounds = computed(() => this.trendModel()?.rounds ?? []);
  protected readonly hasTrend = computed(() => {
    const model = this.trendModel();
    return model !== null && hasTrend(model);
  });
  protected readonly trendNote = computed(() => {
    const model = this.trendModel();
    return model ? trendFrameworkNote(model) : null;
  });
  protected readonly trendTopicNotes = computed(() => {
    const trend = this.trend();
    return trend ? trendTopicNotes(trend) : [];
  });
  protected readonly trendCharts = computed(() => {
    const model = this.trendModel();
    return (model ? trendChartItems(model) : []).map((area) => ({
      code: area.code,
      name: area.name,
      series: levelDistributionSeries(area.items),
    }));
  });

  /** File names carry the round, e.g. `nivafordelning-host-2026.xlsx`. */
  protected readonly roundName = computed(() => this.dashboard()?.round.name ?? '');
  protected readonly distributionExport = () => distributionExportTable(this.requireDashboard());
  protected readonly heatmapExport = () => heatmapExportTable(this.requireDashboard());
  protected readonly notAssessedExport = () =>
    staffExportTable('Ej bedömda', this.requireDashboard().staleness.notAssessed, this.unitName());
  protected readonly newStaffExport = (): ExportTable => {
    const table = staffExportTable('Nya medarbetare', this.requireDashboard().staleness.newStaff, this.unitName());
    const states = this.newStaff().map((person) => person.introduction);
    return {
      ...table,
      columns: [...table.columns, { heading: 'Introduktion', kind: 'text' }],
      rows: table.rows.map((row, i) => [...row, states[i]]),
    };
  };
  protected readonly trendExport = (): ExportTable => {
    const model = this.trendModel();
    if (!model) throw new Error('No trend loaded');
    return trendExportTable(model);
  };

  constructor() {
    void this.init();
  }

  protected async chooseRound(id: string): Promise<void> {
    this.roundId.set(id);
    await this.load();
  }

  protected async chooseUnit(id: string): Promise<void> {
    this.unitId.set(id);
    await this.load();
  }

  protected async chooseStaffRole(role: StaffRole): Promise<void> {
    this.staffRole.set(role);
    await this.load();
  }

  private staffList(kind: 'notAssessed' | 'newStaff') {
    const unitName = this.unitName();
    return (this.dashboard()?.staleness[kind] ?? []).map((person) => ({
      ...person,
      unitName: unitName(person.unitId),
    }));
  }

  private requireDashboard(): RoundDashboard {
    const dashboard = this.dashboard();
    if (!dashboard) throw new Error('No dashboard loaded');
    return dashboard;
  }

  private async init(): Promise<void> {
    void this.loadIntroductions();
    try {
      const [rounds, units] = await Promise.all([
        this.api.rounds(),
        // Only administrators choose a unit; a team leader's scope is their own units.
        this.isAdmin() ? this.unitsApi.tree() : Promise.resolve([]),
      ]);
      this.rounds.set(rounds);
      this.units.set(units);
      const chosen = defaultRound(rounds);
      if (chosen) {
        this.roundId.set(chosen.id);
        await this.load();
      }
    } catch (error) {
      this.error.set(errorText(toErrorBody(error).code));
    } finally {
      this.loading.set(false);
    }
  }

  private async load(): Promise<void> {
    const roundId = this.roundId();
    if (!roundId) return;
    const load = ++this.loads;
    const current = () => load === this.loads;
    this.loading.set(true);
    this.error.set(null);
    const query: RoundScopeQuery = { unitId: this.unitId() || undefined, staffRole: this.staffRole() };
    const trend = this.loadTrend(roundId, query, current);
    const gaps = this.loadGaps(roundId, query, current);
    try {
      const dashboard = await this.api.dashboard(roundId, query);
      if (current()) this.dashboard.set(dashboard);
    } catch (error) {
      if (current()) {
        this.dashboard.set(null);
        this.error.set(errorText(toErrorBody(error).code));
      }
    } finally {
      await Promise.all([trend, gaps]);
      if (current()) this.loading.set(false);
    }
  }

  /** The gaps are secondary too: the API's gap list and its gaps per unit for the heatmap. */
  private async loadGaps(roundId: string, query: RoundScopeQuery, current: () => boolean): Promise<void> {
    this.gapsError.set(null);
    try {
      const [gaps, unitGaps] = await Promise.all([
        this.training.gaps(roundId, undefined, query),
        this.training.unitGaps(roundId, query),
      ]);
      if (current()) {
        this.gaps.set(gaps);
        this.unitGaps.set(unitGaps);
      }
    } catch (error) {
      if (current()) {
        this.gaps.set(null);
        this.unitGaps.set(null);
        this.gapsError.set(errorText(toErrorBody(error).code));
      }
    }
  }

  /** Secondary too: without it the new staff list shows "–" for their introduction. */
  private async loadIntroductions(): Promise<void> {
    try {
      this.introductions.set(await this.introductionApi.introductions());
    } catch {
      this.introductions.set(null);
    }
  }

  /** The trend is secondary: when it fails, the rest of the overview still shows. */
  private async loadTrend(roundId: string, query: RoundScopeQuery, current: () => boolean): Promise<void> {
    this.trendError.set(null);
    try {
      const trend = await this.api.trend(roundId, query);
      if (current()) this.trend.set(trend);
    } catch (error) {
      if (current()) {
        this.trend.set(null);
        this.trendError.set(errorText(toErrorBody(error).code));
      }
    }
  }
}
