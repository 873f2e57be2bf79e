import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import {
  FOLLOW_UP_APPLIED,
  type FieldErrorCode,
  type FollowUpApplied,
  type FollowUpDueItem,
  type TrainingFollowUp,
} from '@kl/shared/contracts';
import {
  defaultReassessOn,
  FOLLOW_UP_APPLIED_LABELS,
  TrainingApi,
} from '@kl/web/training/data-access';
import { errorText, fieldErrorText, toErrorBody } from '@kl/web/shared/util';

/** The API's field paths (`topics.0.reassessOn`) as the form's fields. */
function formField(path: string): string {
  if (path.endsWith('.reassessOn')) return 'reassessOn';
  if (path.startsWith('topics')) return 'topics';
  return path;
}

/**
 * The follow-up of one completed course, recorded in place on the due list: is what was learnt
 * applied (helt / delvis / nej), a note, and the day the chosen topics are reassessed (one for all).
 */
@Component({
  selector: 'kl-follow-up-form',
  templateUrl: './follow-up-form.html',
  styleUrls: ['./training-tables.css', './follow-ups-page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FollowUpForm {
  private readonly api = inject(TrainingApi);

  readonly item = input.required<FollowUpDueItem>();
  readonly today = input.required<string>();
  readonly saved = output<TrainingFollowUp>();
  /** Someone else recorded the follow-up first: the list is out of date. */
  readonly outdated = output<void>();
  readonly cancelled = output<void>();

  protected readonly choices = FOLLOW_UP_APPLIED.map((value) => ({
    value,
    label: FOLLOW_UP_APPLIED_LABELS[value],
  }));
  protected readonly applied = signal<FollowUpApplied | null>(null);
  protected readonly note = signal('');
  protected readonly unchecked = signal<ReadonlySet<string>>(new Set());
  protected readonly reassessOn = signal<string | null>(null);
  protected readonly reassessValue = computed(
    () => this.reassessOn() ?? defaultReassessOn(this.today()),
  );
  protected readonly topics = computed(() =>
    this.item().topicCodes.map((code) => ({ code, checked: !this.unchecked().has(code) })),
  );
  protected readonly fieldErrors = signal<Record<string, string>>({});
  protected readonly error = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly heading = computed(
    () => `Uppföljning: ${this.item().firstName} ${this.item().lastName}, ${this.item().courseTitle}`,
  );
  private readonly headingElement = viewChild.required<ElementRef<HTMLElement>>('headingRef');

  constructor() {
    afterNextRender(() => this.headingElement().nativeElement.focus());
  }

  protected fieldError(field: string): string | null {
    return this.fieldErrors()[field] ?? null;
  }

  protected describedBy(field: string, hint: boolean): string | null {
    const ids = [hint ? `follow-up-${field}-hint` : '', this.fieldError(field) ? `follow-up-${field}-error` : '']
      .filter(Boolean)
      .join(' ');
    return ids || null;
  }

  protected toggle(code: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.unchecked.update((set) => {
      const next = new Set(set);
      if (checked) next.delete(code);
      else next.add(code);
      return next;
    });
  }

  protected text(event: Event): string {
    return (event.target as HTMLInputElement | HTMLTextAreaElement).value;
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    const applied = this.applied();
    const topics = this.topics().filter((t) => t.checked);
    const reassessOn = this.reassessValue();
    const errors: Record<string, string> = {};
    if (!applied) errors['applied'] = 'Välj helt, delvis eller nej.';
    if (topics.length > 0 && !reassessOn) errors['reassessOn'] = fieldErrorText('required');
    this.fieldErrors.set(errors);
    this.error.set(null);
    if (!applied || Object.keys(errors).length > 0) {
      this.error.set('Uppföljningen har fel. Rätta fälten som är markerade.');
      return;
    }
    this.saving.set(true);
    try {
      const note = this.note().trim();
      const result = await this.api.saveFollowUp(this.item().participationId, {
        version: null,
        applied,
        ...(note ? { note } : {}),
        topics: topics.map((t) => ({ topicCode: t.code, reassessOn })),
      });
      this.saved.emit(result);
    } catch (error) {
      const body = toErrorBody(error);
      if (body.code === 'STALE_VERSION') {
        this.outdated.emit();
        return;
      }
      const fields: Record<string, string> = {};
      for (const [path, code] of Object.entries(body.errors ?? {}))
        fields[formField(path)] ??= fieldErrorText(code as FieldErrorCode);
      this.fieldErrors.set(fields);
      this.error.set(errorText(body.code));
    } finally {
      this.saving.set(false);
    }
  }
}
