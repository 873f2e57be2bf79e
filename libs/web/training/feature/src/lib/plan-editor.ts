import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  linkedSignal,
  output,
  signal,
  viewChild,
} from '@angular/core';
import {
  PLAN_STAFF_GROUPS,
  PLAN_STATUSES,
  TARGET_LEVELS,
  type DevelopmentPlan,
  type PlanBudget,
  type PlanGoal,
} from '@kl/shared/contracts';
import {
  createPlanRequestOf,
  emptyGoalDraft,
  emptyPlanDraft,
  type GoalDraft,
  LEVEL_LABELS,
  PLAN_STAFF_GROUP_LABELS,
  PLAN_STATUS_LABELS,
  planConflictRows,
  planDraftErrors,
  planDraftOf,
  planFieldErrors,
  type PlanDraft,
  planGoalProgressText,
  planGoalWarning,
  type PlanGroup,
  planSubject,
  TrainingApi,
  updatePlanRequestOf,
} from '@kl/web/training/data-access';
import { ConflictPanel, FieldControl, FormField } from '@kl/web/shared/ui';
import { errorText, fieldErrorText, versionedSave } from '@kl/web/shared/util';

export interface PlanChoice {
  id: string;
  label: string;
}

/**
 * The form that writes a new plan or changes one: whose plan (the kommun's or a unit's, for a
 * staff group, or a person's) and its year when new; status, goals per topic (level, share of
 * the group, due date, with the progress the API measured) and the budget per funding source.
 * The API's field errors are shown at their fields; a newer version saved meanwhile is a conflict.
 */
@Component({
  selector: 'kl-plan-editor',
  imports: [ConflictPanel, FormField, FieldControl],
  templateUrl: './plan-editor.html',
  styleUrls: ['./training-tables.css', './plans-page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlanEditor {
  private readonly api = inject(TrainingApi);
  private readonly injector = inject(Injector);

  /** The plan to change; null writes a new one. */
  readonly plan = input<DevelopmentPlan | null>(null);
  readonly year = input.required<number>();
  /** Only HR writes the kommun's overall plan. */
  readonly kommunPlanAllowed = input(false);
  readonly units = input<PlanChoice[]>([]);
  readonly staff = input<PlanChoice[]>([]);
  readonly topics = input<PlanChoice[]>([]);
  readonly saved = output<DevelopmentPlan>();
  readonly cancelled = output<void>();

  /** The version the form edits from: the plan given, or the one someone else saved meanwhile. */
  private readonly base = linkedSignal(() => this.plan());
  protected readonly draft = linkedSignal<PlanDraft>(() => {
    const base = this.base();
    return base ? planDraftOf(base) : emptyPlanDraft(this.year());
  });
  protected readonly isNew = computed(() => this.base() === null);
  /** A new plan's kind in the form's terms: the kommun's, a unit's or a person's. */
  protected readonly scope = linkedSignal<PlanGroup>(() =>
    this.kommunPlanAllowed() ? 'kommun' : 'unit',
  );
  protected readonly heading = computed(() => {
    const base = this.base();
    return base ? `Ändra planen: ${planSubject(base)} ${base.year}` : 'Ny utvecklingsplan';
  });
  protected readonly fieldErrors = signal<Record<string, string>>({});
  protected readonly error = signal<string | null>(null);
  protected readonly saving = signal(false);
  /** The plan as someone else saved it meanwhile. */
  protected readonly conflict = signal<DevelopmentPlan | null>(null);
  private readonly headingElement = viewChild.required<ElementRef<HTMLElement>>('headingRef');

  protected readonly statuses = PLAN_STATUSES;
  protected readonly statusLabels = PLAN_STATUS_LABELS;
  protected readonly levels = TARGET_LEVELS;
  protected readonly levelLabels = LEVEL_LABELS;
  protected readonly groups = PLAN_STAFF_GROUPS;
  protected readonly groupLabels = PLAN_STAFF_GROUP_LABELS;
  protected readonly progressText = planGoalProgressText;
  protected readonly warning = planGoalWarning;
  protected readonly budgetFields: { key: keyof PlanBudget; label: string }[] = [
    { key: 'ordinaryBudget', label: 'Ordinarie budget (kr)' },
    { key: 'grant', label: 'Statsbidrag (kr)' },
    { key: 'other', label: 'Annan finansiering (kr)' },
  ];
  protected readonly conflictRows = computed(() => {
    const theirs = this.conflict();
    return theirs ? planConflictRows(theirs, this.draft()) : [];
  });
  protected readonly errorCount = computed(() => Object.keys(this.fieldErrors()).length);

  constructor() {
    afterNextRender(() => this.headingElement().nativeElement.focus());
  }

  protected fieldError(field: string): string | null {
    return this.fieldErrors()[field] ?? null;
  }

  /** A goal's topic is wrong, or the same topic is there twice (`goals.1`). */
  protected goalError(index: number): string | null {
    return this.fieldError(`goals.${index}.topicCode`) ?? this.fieldError(`goals.${index}`);
  }

  /** The goal as stored, with the progress the API measured; null for a goal not saved yet. */
  protected storedGoal(topicCode: string): PlanGoal | null {
    const code = topicCode.trim().toUpperCase();
    return this.base()?.goals.find((g) => g.topicCode === code) ?? null;
  }

  /** A plan for one group has goals of that group only. */
  protected chooseGroup(value: string): void {
    const staffGroup = PLAN_STAFF_GROUPS.find((g) => g === value);
    if (!staffGroup) return;
    this.draft.update((d) => ({
      ...d,
      staffGroup,
      goals: staffGroup === 'all' ? d.goals : d.goals.map((g) => ({ ...g, staffGroup })),
    }));
  }

  protected chooseGoalGroup(index: number, value: string): void {
    const staffGroup = PLAN_STAFF_GROUPS.find((g) => g === value);
    if (staffGroup) this.updateGoal(index, { staffGroup });
  }

  protected chooseScope(value: string): void {
    const scope = (['kommun', 'unit', 'individual'] as const).find((s) => s === value);
    if (!scope) return;
    this.scope.set(scope);
    this.update({
      kind: scope === 'individual' ? 'individual' : 'overall',
      unitId: '',
      staffMemberId: '',
    });
  }

  protected update(change: Partial<PlanDraft>): void {
    this.draft.update((d) => ({ ...d, ...change }));
  }

  protected updateBudget(key: keyof PlanBudget, value: string): void {
    this.draft.update((d) => ({ ...d, budget: { ...d.budget, [key]: value } }));
  }

  protected updateGoal(index: number, change: Partial<GoalDraft>): void {
    this.draft.update((d) => ({
      ...d,
      goals: d.goals.map((g, i) => (i === index ? { ...g, ...change } : g)),
    }));
  }

  protected chooseLevel(index: number, value: string): void {
    const level = TARGET_LEVELS.find((l) => l === value);
    if (level) this.updateGoal(index, { level });
  }

  protected chooseStatus(value: string): void {
    const status = PLAN_STATUSES.find((s) => s === value);
    if (status) this.update({ status });
  }

  /** A new goal row, with the keyboard on its topic. */
  protected addGoal(): void {
    const index = this.draft().goals.length;
    this.draft.update((d) => ({ ...d, goals: [...d.goals, emptyGoalDraft(d)] }));
    afterNextRender(() => document.getElementById(`goal-topic-${index}`)?.focus(), {
      injector: this.injector,
    });
  }

  protected removeGoal(index: number): void {
    this.draft.update((d) => ({ ...d, goals: d.goals.filter((_g, i) => i !== index) }));
    afterNextRender(() => document.getElementById('add-goal')?.focus(), {
      injector: this.injector,
    });
  }

  protected async save(version?: number): Promise<void> {
    if (this.saving()) return;
    const plan = this.base();
    this.error.set(null);
    this.conflict.set(null);
    const missing = plan ? {} : this.missingChoice();
    const invalid = planDraftErrors(this.draft());
    this.fieldErrors.set({ ...missing, ...invalid });
    if (Object.keys(missing).length > 0 || Object.keys(invalid).length > 0) {
      this.error.set(
        Object.keys(missing).length > 0 ? 'Välj vems planen är.' : 'Några värden är felaktiga.',
      );
      return;
    }
    this.saving.set(true);
    const result = await versionedSave(() =>
      plan
        ? this.api.updatePlan(plan.id, updatePlanRequestOf(this.draft(), version ?? plan.version))
        : this.api.createPlan(createPlanRequestOf(this.draft())),
    );
    this.saving.set(false);
    if (result.kind === 'saved') this.saved.emit(result.value);
    else if (result.kind === 'conflict') this.conflict.set(result.current);
    else {
      this.fieldErrors.set(planFieldErrors(result.error.errors, fieldErrorText));
      this.error.set(errorText(result.error.code));
    }
  }

  /** Someone else's version stands: the form shows it, to edit on from there. */
  protected keepTheirs(): void {
    const theirs = this.conflict();
    if (!theirs) return;
    this.conflict.set(null);
    this.base.set(theirs);
  }

  protected overwrite(): void {
    const theirs = this.conflict();
    if (theirs) void this.save(theirs.version);
  }

  /** Without a unit the API would take a unit's plan for the kommun's: the form asks first. */
  private missingChoice(): Record<string, string> {
    const draft = this.draft();
    if (this.scope() === 'unit' && !draft.unitId) return { unitId: 'Välj en enhet.' };
    if (this.scope() === 'individual' && !draft.staffMemberId)
      return { staffMemberId: 'Välj en medarbetare.' };
    return {};
  }

  protected yearOf(value: string): number {
    return Number(value);
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement | HTMLSelectElement).value;
  }
}
