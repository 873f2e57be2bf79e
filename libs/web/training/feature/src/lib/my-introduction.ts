import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Introduction, IntroductionStepProgress, IntroductionSummary } from '@kl/shared/contracts';
import { canMarkStep, IntroductionApi, progressPercent, progressText } from '@kl/web/training/data-access';
import { errorText, toErrorBody } from '@kl/web/shared/util';
import { IntroductionSteps } from './introduction-steps';

/**
 * "Min introduktion" on Min kompetens: a new hire's own introduction (they mark their reading
 * steps), and, for a mentor, their mentees' progress. Shows nothing for someone who has neither.
 */
@Component({
  selector: 'kl-my-introduction',
  imports: [RouterLink, IntroductionSteps],
  templateUrl: './my-introduction.html',
  styleUrls: ['./training-tables.css', './introduction.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyIntroduction {
  private readonly api = inject(IntroductionApi);

  readonly staffMemberId = input.required<string>();

  protected readonly own = signal<Introduction | null>(null);
  protected readonly mentees = signal<IntroductionSummary[]>([]);
  protected readonly error = signal<string | null>(null);
  protected readonly saved = signal<string | null>(null);
  protected readonly shown = computed(() => this.own() !== null || this.mentees().length > 0 || this.error() !== null);
  protected readonly percent = progressPercent;
  protected readonly progress = progressText;
  protected readonly canMark = (step: IntroductionStepProgress): boolean => {
    const own = this.own();
    return !!own && canMarkStep({ role: 'caseworker', staffMemberId: this.staffMemberId() }, own, step);
  };

  constructor() {
    effect(() => void this.load(this.staffMemberId()));
  }

  protected marked(introduction: Introduction): void {
    this.own.set(introduction);
    this.saved.set('Steget är sparat.');
  }

  protected async reload(): Promise<void> {
    await this.load(this.staffMemberId());
    this.saved.set('Introduktionen hade ändrats. Den är uppdaterad; gör ändringen igen.');
  }

  private async load(id: string): Promise<void> {
    this.error.set(null);
    try {
      const list = await this.api.introductions();
      const mine = list.find((i) => i.staffMemberId === id && !i.asMentor);
      const own = mine ? await this.api.introduction(mine.id) : null;
      if (this.staffMemberId() !== id) return;
      this.own.set(own);
      this.mentees.set(list.filter((i) => i.asMentor));
    } catch (error) {
      this.error.set(errorText(toErrorBody(error).code));
    }
  }
}
