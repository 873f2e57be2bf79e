import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  linkedSignal,
  output,
  signal,
  viewChild,
} from '@angular/core';
import type { DevelopmentPlan, PlanFollowUp } from '@kl/shared/contracts';
import { planFieldErrors, planSubject, TrainingApi } from '@kl/web/training/data-access';
import { ConflictPanel, FieldControl, FormField } from '@kl/web/shared/ui';
import { errorText, fieldErrorText, versionedSave } from '@kl/web/shared/util';

type FollowUpText = Pick<PlanFollowUp, 'done' | 'notDone' | 'next'>;

const FIELDS: { key: keyof FollowUpText; label: string; hint: string }[] = [
  { key: 'done', label: 'Vad har genomförts?', hint: 'Insatser som blev av och vad de gav.' },
  {
    key: 'notDone',
    label: 'Vad blev inte av, och varför?',
    hint: 'Till exempel arbetsbelastning, vikarie saknades eller kursen ställdes in.',
  },
  { key: 'next', label: 'Vad gör vi härnäst?', hint: 'Det som tas med till nästa års plan.' },
];

/** The yearly follow-up of a plan: what was done, what was not and why, what next. */
@Component({
  selector: 'kl-plan-follow-up',
  imports: [ConflictPanel, FormField, FieldControl],
  templateUrl: './plan-follow-up.html',
  styleUrls: ['./training-tables.css', './plans-page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlanFollowUpForm {
  private readonly api = inject(TrainingApi);

  readonly plan = input.required<DevelopmentPlan>();
  readonly saved = output<DevelopmentPlan>();
  readonly cancelled = output<void>();

  private readonly base = linkedSignal(() => this.plan());
  protected readonly text = linkedSignal<FollowUpText>(() => {
    const f = this.base().followUp;
    return { done: f?.done ?? '', notDone: f?.notDone ?? '', next: f?.next ?? '' };
  });
  protected readonly fieldErrors = signal<Record<string, string>>({});
  protected readonly error = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly conflict = signal<DevelopmentPlan | null>(null);
  protected readonly fields = FIELDS;
  protected readonly heading = computed(
    () => `Uppföljning: ${planSubject(this.base())} ${this.base().year}`,
  );
  protected readonly conflictRows = computed(() => {
    const theirs = this.conflict()?.followUp;
    const mine = this.text();
    return FIELDS.map((f) => ({
      label: f.label,
      theirs: theirs?.[f.key] ?? '',
      mine: mine[f.key],
    })).filter((r) => r.theirs !== r.mine);
  });
  private readonly headingElement = viewChild.required<ElementRef<HTMLElement>>('headingRef');

  constructor() {
    afterNextRender(() => this.headingElement().nativeElement.focus());
  }

  protected fieldError(field: string): string | null {
    return this.fieldErrors()[field] ?? null;
  }

  protected write(key: keyof FollowUpText, event: Event): void {
    const value = (event.target as HTMLTextAreaElement).value;
    this.text.update((t) => ({ ...t, [key]: value }));
  }

  protected async save(version?: number): Promise<void> {
    if (this.saving()) return;
    const plan = this.base();
    this.saving.set(true);
    this.error.set(null);
    this.fieldErrors.set({});
    this.conflict.set(null);
    const result = await versionedSave(() =>
      this.api.followUpPlan(plan.id, { version: version ?? plan.version, ...this.text() }),
    );
    this.saving.set(false);
    if (result.kind === 'saved') this.saved.emit(result.value);
    else if (result.kind === 'conflict') this.conflict.set(result.current);
    else {
      this.fieldErrors.set(planFieldErrors(result.error.errors, fieldErrorText));
      this.error.set(errorText(result.error.code));
    }
  }

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
}
