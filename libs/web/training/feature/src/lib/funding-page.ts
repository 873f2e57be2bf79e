import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { GroupedBarChart } from '@kl/web/shared/ui-charts';
import type { DevelopmentPlan, FundingSummary } from '@kl/shared/contracts';
import {
  decimalText,
  FUNDING_LABELS,
  fundingRows,
  fundingSeries,
  fundingTable,
  grantsTable,
  LEVEL_LABELS,
  moneyText,
  TrainingApi,
} from '@kl/web/training/data-access';
import { errorText, toErrorBody } from '@kl/web/shared/util';
import { ExportButtons } from './export-buttons';

/**
 * /utbildningsbudget: every training cost of a year by funding source against the money of the
 * source (a chart and its table), and the kommun's statsbidrag with what is granted, requisitioned, used and left; a new statsbidrag.
 */
@Component({
  selector: 'kl-funding-page',
  imports: [RouterLink, GroupedBarChart, ExportButtons],
  templateUrl: './funding-page.html',
  styleUrls: ['./training-tables.css', './gaps-page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FundingPage {
  private readonly api = inject(TrainingApi);

  protected readonly years = Array.from({ length: 6 }, (_v, i) => new Date().getFullYear() - 2 + i);
  protected readonly year = signal(new Date().getFullYear());
  protected readonly summary = signal<FundingSummary | null>(null);
  /** The kommun's overall plan of the year, when there is one. */
  protected readonly plan = signal<DevelopmentPlan | null>(null);
  protected readonly levels = LEVEL_LABELS;
  protected readonly decimal = decimalText;
  protected readonly error = signal<string | null>(null);
  protected readonly saved = signal<string | null>(null);
  protected readonly labels = FUNDING_LABELS;
  protected readonly money = moneyText;
  /** Per funding source its money against its costs: the table and the chart beside it. */
  protected readonly rows = computed(() => {
    const summary = this.summary();
    return summary ? fundingRows(summary, this.plan()) : [];
  });
  protected readonly bars = computed(() => fundingSeries(this.rows()));
  /** The two tables as files (XLSX, CSV). */
  protected readonly costTable = computed(() => fundingTable(this.summary()?.year ?? this.year(), this.rows()));
  protected readonly grantTable = computed(() => {
    const summary = this.summary();
    return summary ? grantsTable(summary) : grantsTable({ year: this.year(), sources: [], grants: [] });
  });

  constructor() {
    void this.load(this.year());
  }

  protected async load(year: number): Promise<void> {
    this.year.set(year);
    this.error.set(null);
    try {
      const [summary, plans] = await Promise.all([this.api.funding(year), this.api.plans(year)]);
      if (this.year() !== year) return;
      this.summary.set(summary);
      // The kommun's plan for its caseworkers (or all staff) first; the team leaders' otherwise.
      const kommun = plans.filter((p) => p.kind === 'overall' && p.unitId === null);
      this.plan.set(kommun.find((p) => p.staffGroup !== 'team_leader') ?? kommun[0] ?? null);
    } catch (error) {
      this.error.set(errorText(toErrorBody(error).code));
    }
  }

  protected selectedYear(event: Event): number {
    return Number((event.target as HTMLSelectElement).value);
  }

  protected activity(plan: DevelopmentPlan, topicCode: string): string {
    const a = plan.activities.find((x) => x.topicCode === topicCode);
    return a
      ? `${a.planned} planerade eller bokade, ${a.completed} genomförda`
      : 'Inget bokat ännu';
  }

  protected async addGrant(form: HTMLFormElement): Promise<void> {
    const data = new FormData(form);
    this.error.set(null);
    this.saved.set(null);
    try {
      const grant = await this.api.createGrant({
        name: String(data.get('name') ?? ''),
        year: Number(data.get('year')),
        granted: String(data.get('granted') ?? ''),
        requisitioned: String(data.get('requisitioned') || '0'),
      });
      this.saved.set(`Statsbidraget ${grant.name} ${grant.year} är sparat.`);
      form.reset();
      await this.load(this.year());
    } catch (error) {
      const body = toErrorBody(error);
      const fields = body.errors ? ` (${Object.keys(body.errors).join(', ')})` : '';
      this.error.set(`${errorText(body.code)}${fields}`);
    }
  }
}
