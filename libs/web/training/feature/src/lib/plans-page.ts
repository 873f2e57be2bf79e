import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import type { DevelopmentPlan } from '@kl/shared/contracts';
import { AuthStore } from '@kl/web/auth/data-access';
import { FrameworksApi } from '@kl/web/competence/data-access';
import { flattenUnitTree, StaffApi, UnitsApi } from '@kl/web/organisation/data-access';
import {
  moneyText,
  PLAN_GROUP_LABELS,
  PLAN_STATUS_LABELS,
  planGoalProgressText,
  planGoalText,
  planGoalWarning,
  planGroup,
  type PlanGroup,
  planSubject,
  TrainingApi,
} from '@kl/web/training/data-access';
import { errorText, toErrorBody } from '@kl/web/shared/util';
import { PlanEditor, type PlanChoice } from './plan-editor';
import { PlanFollowUpForm } from './plan-follow-up';

type Panel = { mode: 'new' } | { mode: 'edit' | 'follow-up'; plan: DevelopmentPlan } | null;

const GROUPS: PlanGroup[] = ['kommun', 'unit', 'individual'];

/**
 * /utvecklingsplaner: the kompetensutvecklingsplaner of a year — the kommun's overall plan, the
 * units' and the individual ones (team leaders': those of their units) — and the forms that
 * write, change and follow them up.
 */
@Component({
  selector: 'kl-plans-page',
  imports: [PlanEditor, PlanFollowUpForm],
  templateUrl: './plans-page.html',
  styleUrls: ['./training-tables.css', './plans-page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlansPage {
  private readonly api = inject(TrainingApi);
  private readonly units = inject(UnitsApi);
  private readonly staff = inject(StaffApi);
  private readonly frameworks = inject(FrameworksApi);
  private readonly injector = inject(Injector);
  private readonly auth = inject(AuthStore);
  private readonly statusElement = viewChild<ElementRef<HTMLElement>>('statusMessage');

  protected readonly years = Array.from({ length: 8 }, (_v, i) => new Date().getFullYear() - 2 + i);
  protected readonly year = signal(new Date().getFullYear());
  protected readonly plans = signal<DevelopmentPlan[] | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly saved = signal<string | null>(null);
  protected readonly panel = signal<Panel>(null);
  protected readonly unitChoices = signal<PlanChoice[]>([]);
  protected readonly staffChoices = signal<PlanChoice[]>([]);
  protected readonly topicChoices = signal<PlanChoice[]>([]);
  protected readonly kommunPlanAllowed = computed(() => this.auth.role() === 'municipality_admin');
  protected readonly groups = computed(() => {
    const plans = this.plans() ?? [];
    return GROUPS.map((group) => ({
      group,
      label: PLAN_GROUP_LABELS[group],
      plans: plans
        .filter((p) => planGroup(p) === group)
        .sort((a, b) => planSubject(a).localeCompare(planSubject(b), 'sv')),
    }));
  });
  protected readonly statusLabels = PLAN_STATUS_LABELS;
  protected readonly subject = planSubject;
  protected readonly goalText = planGoalText;
  protected readonly progressText = planGoalProgressText;
  protected readonly warning = planGoalWarning;
  private choicesLoaded = false;

  constructor() {
    const asked = Number(inject(ActivatedRoute).snapshot.queryParamMap.get('year'));
    void this.load(asked >= 2000 && asked <= 2100 ? asked : this.year());
  }

  protected async load(year: number): Promise<void> {
    this.year.set(year);
    this.error.set(null);
    this.plans.set(null);
    try {
      const plans = await this.api.plans(year);
      // A newer choice of year wins.
      if (this.year() === year) this.plans.set(plans);
    } catch (error) {
      this.error.set(errorText(toErrorBody(error).code));
    }
  }

  protected selectedYear(event: Event): number {
    return Number((event.target as HTMLSelectElement).value);
  }

  protected budgetText(plan: DevelopmentPlan): string {
    const total = [plan.budget.ordinaryBudget, plan.budget.grant, plan.budget.other]
      .map((v) => Math.round(Number(v) * 100))
      .reduce((a, b) => a + b, 0);
    return moneyText((total / 100).toFixed(2));
  }

  protected async open(panel: Exclude<Panel, null>): Promise<void> {
    this.saved.set(null);
    if (panel.mode !== 'follow-up') await this.loadChoices();
    this.panel.set(panel);
  }

  protected close(): void {
    this.panel.set(null);
  }

  protected async onSaved(plan: DevelopmentPlan, what: string): Promise<void> {
    this.panel.set(null);
    await this.load(plan.year);
    this.saved.set(`${what} för ${planSubject(plan)} ${plan.year} är sparad.`);
    afterNextRender(() => this.statusElement()?.nativeElement.focus(), { injector: this.injector });
  }

  /** Units, people and topics for the form, read once when it is first opened. */
  private async loadChoices(): Promise<void> {
    if (this.choicesLoaded) return;
    try {
      const [tree, staff, frameworks] = await Promise.all([
        this.units.tree(),
        this.staff.list({ pageSize: 200, sort: 'lastName', order: 'asc' }),
        this.frameworks.list(),
      ]);
      const published = await Promise.all(
        frameworks.filter((f) => f.status === 'published').map((f) => this.frameworks.get(f.id)),
      );
      const topics = new Map<string, PlanChoice>();
      for (const framework of published)
        for (const area of framework.areas)
          for (const topic of area.topics)
            topics.set(topic.code, { id: topic.code, label: `${topic.code} ${topic.name}` });
      this.unitChoices.set(
        flattenUnitTree(tree)
          .filter((u) => !u.closed)
          .map((u) => ({ id: u.id, label: u.label })),
      );
      this.staffChoices.set(
        staff.items.map((s) => ({
          id: s.id,
          label: `${s.lastName}, ${s.firstName} (${s.unitName})`,
        })),
      );
      this.topicChoices.set([...topics.values()].sort((a, b) => a.id.localeCompare(b.id)));
      this.choicesLoaded = true;
    } catch (error) {
      this.error.set(errorText(toErrorBody(error).code));
    }
  }
}
