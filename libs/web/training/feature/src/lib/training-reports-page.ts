import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  STAFF_ROLES,
  type StaffRole,
  type TrainingDeliveryReport,
  type TrainingEffectReport,
  type TrainingReachReport,
} from '@kl/shared/contracts';
import { AuthStore } from '@kl/web/auth/data-access';
import {
  deliveryByCourseTypeTable,
  deliveryByReasonTable,
  deliveryByUnitTable,
  effectSeries,
  effectTable,
  reachTable,
  TrainingApi,
} from '@kl/web/training/data-access';
import { GroupedBarChart } from '@kl/web/shared/ui-charts';
import { errorText, toErrorBody } from '@kl/web/shared/util';
import { ReportTable } from './report-table';

interface ReportChoice {
  year: number;
  /** The effect for sessions of the chosen year only, or of every year. */
  effectAllYears: boolean;
  staffRole: StaffRole;
}

interface Reports {
  choice: ReportChoice;
  effect: TrainingEffectReport;
  delivery: TrainingDeliveryReport;
  reach: TrainingReachReport;
}

const THIS_YEAR = new Date().getFullYear();

/**
 * /utbildningsuppfoljning: whether last year's training was carried out, reached whom, and moved
 * levels — the effect of training, planned vs carried out and who got training, each table with
 * downloads; the gap and cost reports are linked, not repeated. HR sees the kommun, a team leader
 * their units (the API scopes every figure).
 */
@Component({
  selector: 'kl-training-reports-page',
  imports: [RouterLink, ReportTable, GroupedBarChart],
  templateUrl: './training-reports-page.html',
  styleUrls: ['./training-tables.css', './training-reports-page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrainingReportsPage {
  private readonly api = inject(TrainingApi);
  private readonly document = inject(DOCUMENT);
  protected readonly isAdmin = inject(AuthStore).role() === 'municipality_admin';
  protected readonly years = Array.from({ length: 6 }, (_, i) => THIS_YEAR + 1 - i);
  protected readonly choice = signal<ReportChoice>({ year: THIS_YEAR - 1, effectAllYears: true, staffRole: 'caseworker' });
  protected readonly reports = signal<Reports | null>(null);
  protected readonly error = signal<string | null>(null);
  private loads = 0;

  protected readonly effect = computed(() => {
    const r = this.reports();
    return r ? effectTable(r.effect) : null;
  });
  protected readonly effectBars = computed(() => {
    const r = this.reports();
    return r ? effectSeries(r.effect) : [];
  });
  protected readonly suppressedCount = computed(
    () => this.reports()?.effect.effects.filter((e) => e.suppressed.length > 0).length ?? 0,
  );
  protected readonly byUnit = computed(() => {
    const r = this.reports();
    return r ? deliveryByUnitTable(r.delivery) : null;
  });
  protected readonly byType = computed(() => {
    const r = this.reports();
    return r ? deliveryByCourseTypeTable(r.delivery) : null;
  });
  protected readonly byReason = computed(() => {
    const r = this.reports();
    return r ? deliveryByReasonTable(r.delivery) : null;
  });
  protected readonly reach = computed(() => {
    const r = this.reports();
    return r ? reachTable(r.reach) : null;
  });

  constructor() {
    void this.load(this.choice());
  }

  protected choose(change: Partial<ReportChoice>): void {
    const next = { ...this.choice(), ...change };
    this.choice.set(next);
    void this.load(next);
  }

  protected print(): void {
    this.document.defaultView?.print();
  }

  protected value(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }

  /** The select offers only the staff roles; anything else keeps the current one. */
  protected chooseRole(event: Event): void {
    const value = this.value(event);
    const staffRole = STAFF_ROLES.find((r) => r === value);
    if (staffRole) this.choose({ staffRole });
  }

  /** A newer choice wins: an answer to an older one is dropped (STYLE.md 17). */
  private async load(choice: ReportChoice): Promise<void> {
    const load = ++this.loads;
    this.error.set(null);
    try {
      const [effect, delivery, reach] = await Promise.all([
        this.api.effectReport(choice.effectAllYears ? null : choice.year),
        this.api.deliveryReport(choice.year),
        this.api.reachReport(choice.year, choice.staffRole),
      ]);
      if (load === this.loads) this.reports.set({ choice, effect, delivery, reach });
    } catch (error) {
      if (load === this.loads) this.error.set(errorText(toErrorBody(error).code));
    }
  }
}
