import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import type { InventoryRound, OrgUnitTreeNode, RoundDashboard } from '@kl/shared/contracts';
import { AuthStore } from '@kl/web/auth/data-access';
import {
  coverageText,
  distributionCsvRows,
  distributionRows,
  heatmapCsvRows,
  heatmapTable,
  InventoryApi,
  LEVEL_COLUMNS,
  staffCsvRows,
} from '@kl/web/inventory/data-access';
import { flattenUnitTree, UnitsApi } from '@kl/web/organisation/data-access';
import { levelDistributionSeries, StackedBarChart } from '@kl/web/shared/ui-charts';
import { csvFileName, downloadCsv, errorText, toCsv, toErrorBody } from '@kl/web/shared/util';

type View = 'table' | 'chart';

/** /oversikt: coverage, staleness, the FTE-weighted level distribution and the unit × topic heatmap of a round. */
@Component({
  selector: 'kl-dashboard-page',
  imports: [StackedBarChart],
  templateUrl: './dashboard-page.html',
  styleUrl: './dashboard-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardPage {
  private readonly api = inject(InventoryApi);
  private readonly unitsApi = inject(UnitsApi);
  private readonly auth = inject(AuthStore);
  private readonly document = inject(DOCUMENT);

  protected readonly rounds = signal<InventoryRound[]>([]);
  protected readonly roundId = signal<string | null>(null);
  protected readonly unitId = signal<string>('');
  private readonly units = signal<OrgUnitTreeNode[]>([]);
  protected readonly dashboard = signal<RoundDashboard | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly distributionView = signal<View>('table');

  protected readonly isAdmin = computed(() => this.auth.role() === 'municipality_admin');
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
    return dashboard ? heatmapTable(dashboard) : null;
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
  protected readonly newStaff = computed(() => this.staffList('newStaff'));

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

  protected exportDistribution(): void {
    this.download('nivafordelning', distributionCsvRows(this.distribution()));
  }

  protected exportHeatmap(): void {
    const table = this.heatmap();
    if (table) this.download('saknar-tillracklig-per-enhet', heatmapCsvRows(table));
  }

  protected exportStaff(kind: 'notAssessed' | 'newStaff'): void {
    const staff = this.dashboard()?.staleness[kind] ?? [];
    this.download(
      kind === 'notAssessed' ? 'ej-bedomda' : 'nya-medarbetare',
      staffCsvRows(staff, this.unitName()),
    );
  }

  private staffList(kind: 'notAssessed' | 'newStaff') {
    const unitName = this.unitName();
    return (this.dashboard()?.staleness[kind] ?? []).map((person) => ({
      ...person,
      unitName: unitName(person.unitId),
    }));
  }

  private download(name: string, rows: string[][]): void {
    const round = this.dashboard()?.round.name ?? '';
    downloadCsv(this.document, csvFileName(name, round), toCsv(rows));
  }

  private async init(): Promise<void> {
    try {
      const [rounds, units] = await Promise.all([
        this.api.rounds(),
        // Only administrators choose a unit; a team leader's scope is their own units.
        this.isAdmin() ? this.unitsApi.tree() : Promise.resolve([]),
      ]);
      this.rounds.set(rounds);
      this.units.set(units);
      const chosen = rounds.find((round) => round.status === 'open') ?? rounds[0];
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
    this.loading.set(true);
    this.error.set(null);
    try {
      this.dashboard.set(await this.api.dashboard(roundId, this.unitId() || undefined));
    } catch (error) {
      this.dashboard.set(null);
      this.error.set(errorText(toErrorBody(error).code));
    } finally {
      this.loading.set(false);
    }
  }
}
