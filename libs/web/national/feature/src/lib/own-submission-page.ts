import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  INDICATOR_ANSWERS,
  INDICATOR_MEASURES,
  type IndicatorAnswer,
  type IndicatorMeasure,
  type NationalSubmission,
  type OwnNationalRound,
  type OwnSubmissionPreview,
  type SubmissionCompleteness,
} from '@kl/shared/contracts';
import {
  COMPLETENESS_ISSUE_LABELS,
  INDICATOR_LABELS,
  measureLabel,
  NATIONAL_ROUND_STATUS_LABELS,
  NationalApi,
  SUBMISSION_SOURCE_LABELS,
} from '@kl/web/national/data-access';
import { errorText, toErrorBody } from '@kl/web/shared/util';

const ANSWER_LABELS: Record<IndicatorAnswer, string> = { ja: 'Ja', delvis: 'Delvis', nej: 'Nej' };

/**
 * /nationell-inlamning: the kommun administrator previews the aggregates of a closed round (only
 * sums, never a person), answers the indicators, signs and submits; and sees the kommun's
 * submissions, each downloadable as a file in the national format.
 */
@Component({
  selector: 'kl-own-submission-page',
  imports: [ReactiveFormsModule, RouterLink],
  templateUrl: './own-submission-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OwnSubmissionPage {
  private readonly api = inject(NationalApi);
  protected readonly rounds = signal<OwnNationalRound[]>([]);
  protected readonly submissions = signal<NationalSubmission[]>([]);
  protected readonly preview = signal<OwnSubmissionPreview | null>(null);
  /** The people to complete, named; loaded with the preview when it counts any. */
  protected readonly completeness = signal<SubmissionCompleteness | null>(null);
  protected readonly issueLabels = COMPLETENESS_ISSUE_LABELS;
  protected readonly message = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal<string | null>(null);
  protected readonly statusLabels = NATIONAL_ROUND_STATUS_LABELS;
  protected readonly sourceLabels = SUBMISSION_SOURCE_LABELS;
  protected readonly indicatorLabels = INDICATOR_LABELS;
  protected readonly measures = INDICATOR_MEASURES;
  protected readonly answers = INDICATOR_ANSWERS;
  protected readonly answerLabels = ANSWER_LABELS;
  protected readonly measureLabel = measureLabel;
  protected readonly fileUrl = (id: string) => this.api.submissionFileUrl(id);

  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly form = this.fb.group({
    round: ['', Validators.required],
    inventoryRoundId: ['', Validators.required],
    indicators: this.fb.group(
      Object.fromEntries(INDICATOR_MEASURES.map((m) => [m, ''])) as Record<
        IndicatorMeasure,
        string
      >,
    ),
  });
  protected readonly signed = this.fb.control(false, Validators.requiredTrue);
  private readonly chosenRound = signal('');
  protected readonly selected = computed(
    () => this.rounds().find((r) => r.code === this.chosenRound()) ?? null,
  );

  constructor() {
    this.form.controls.round.valueChanges.subscribe((code) => {
      this.chosenRound.set(code);
      this.preview.set(null);
      this.completeness.set(null);
      this.form.controls.inventoryRoundId.setValue(this.selected()?.inventoryRounds[0]?.id ?? '');
    });
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const [rounds, submissions] = await Promise.all([
        this.api.ownRounds(),
        this.api.ownSubmissions(),
      ]);
      this.rounds.set(rounds);
      this.submissions.set(submissions);
    } catch (e) {
      this.error.set(errorText(toErrorBody(e).code));
    }
  }

  private request() {
    const value = this.form.getRawValue();
    const indicators = Object.fromEntries(
      Object.entries(value.indicators).filter(([, answer]) => answer !== ''),
    );
    return { code: value.round, body: { inventoryRoundId: value.inventoryRoundId, indicators } };
  }

  protected async showPreview(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const { code, body } = this.request();
    this.busy.set('Räknar fram summorna …');
    this.error.set(null);
    this.message.set(null);
    try {
      const preview = await this.api.preview(code, body);
      const completeness = preview.checks.peopleToComplete > 0 ? await this.api.completeness(body.inventoryRoundId) : null;
      this.preview.set(preview);
      this.completeness.set(completeness);
      this.signed.setValue(false);
    } catch (e) {
      this.error.set(errorText(toErrorBody(e).code));
    } finally {
      this.busy.set(null);
    }
  }

  /** Answers the kommun's plans, training and follow-ups suggest for questions left unanswered. */
  protected unusedSuggestions(
    preview: OwnSubmissionPreview,
  ): { measure: IndicatorMeasure; answer: IndicatorAnswer }[] {
    const answered = this.form.controls.indicators.getRawValue();
    return INDICATOR_MEASURES.flatMap((measure) => {
      const answer = preview.suggestedIndicators[measure];
      return answer && answered[measure] === '' ? [{ measure, answer }] : [];
    });
  }

  /** Fills the unanswered questions from the suggestions and previews again, so what is sent is shown. */
  protected async useSuggestions(preview: OwnSubmissionPreview): Promise<void> {
    for (const { measure, answer } of this.unusedSuggestions(preview)) {
      this.form.controls.indicators.controls[measure].setValue(answer);
    }
    await this.showPreview();
  }

  protected async submit(): Promise<void> {
    this.signed.markAsTouched();
    if (this.signed.invalid) return;
    const { code, body } = this.request();
    this.busy.set('Lämnar in …');
    this.error.set(null);
    try {
      const submission = await this.api.submit(code, body);
      this.preview.set(null);
      this.completeness.set(null);
      this.message.set(`Inlämnat till omgång ${submission.roundCode}: ${submission.rows} rader.`);
      await this.load();
    } catch (e) {
      this.error.set(errorText(toErrorBody(e).code));
    } finally {
      this.busy.set(null);
    }
  }
}
