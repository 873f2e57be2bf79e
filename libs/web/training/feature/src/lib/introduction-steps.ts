import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import type { Introduction, IntroductionStepProgress } from '@kl/shared/contracts';
import {
  IntroductionApi,
  progressPercent,
  progressText,
  STEP_KIND_LABELS,
  stepStatus,
} from '@kl/web/training/data-access';
import { errorText, toErrorBody } from '@kl/web/shared/util';

/**
 * One introduction's progress bar (with its words beside it) and steps, each marked done or undone
 * in place where `canMark` allows it; a newer version met on saving is reported as `outdated`.
 */
@Component({
  selector: 'kl-introduction-steps',
  templateUrl: './introduction-steps.html',
  styleUrls: ['./training-tables.css', './introduction.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IntroductionSteps {
  private readonly api = inject(IntroductionApi);

  readonly introduction = input.required<Introduction>();
  readonly canMark = input<(step: IntroductionStepProgress) => boolean>(() => false);
  readonly headingId = input('introduction-steps-heading');
  readonly changed = output<Introduction>();
  readonly outdated = output<void>();

  protected readonly busy = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly percent = computed(() => progressPercent(this.introduction()));
  protected readonly progress = computed(() => progressText(this.introduction()));
  protected readonly kinds = STEP_KIND_LABELS;
  protected readonly status = stepStatus;

  protected async mark(step: IntroductionStepProgress, done: boolean): Promise<void> {
    if (this.busy()) return;
    const introduction = this.introduction();
    this.busy.set(step.id);
    this.error.set(null);
    try {
      this.changed.emit(await this.api.markStep(introduction.id, step.id, { version: introduction.version, done }));
    } catch (error) {
      const body = toErrorBody(error);
      if (body.code === 'STALE_VERSION') this.outdated.emit();
      else this.error.set(errorText(body.code));
    } finally {
      this.busy.set(null);
    }
  }
}
