import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  input,
  type OnInit,
  output,
  signal,
  viewChild,
} from '@angular/core';
import {
  type FieldErrorCode,
  INTRODUCTION_STEP_KINDS,
  type IntroductionProgramme,
  type IntroductionStepKind,
  STAFF_ROLES,
} from '@kl/shared/contracts';
import {
  emptyProgrammeDraft,
  emptyStep,
  IntroductionApi,
  type ProgrammeDraft,
  programmeDraftErrors,
  programmeDraftOf,
  programmeRequest,
  STEP_KIND_LABELS,
  type StepDraft,
} from '@kl/web/training/data-access';
import { FieldControl, FormField } from '@kl/web/shared/ui';
import { errorText, fieldErrorText, toErrorBody } from '@kl/web/shared/util';
import { focusAfterRender } from './focus-after-render';

const ROLE_LABELS = { caseworker: 'Handläggare', team_leader: 'Arbetsledare' } as const;

/**
 * HR's editor of an introduction programme: name, the role it is for, and its steps in order
 * (kind, title, the week after the start it is due, the course of a course step). Steps kept
 * from the saved programme keep the progress marked on them.
 */
@Component({
  selector: 'kl-programme-editor',
  imports: [FormField, FieldControl],
  templateUrl: './programme-editor.html',
  styleUrls: ['./introduction.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgrammeEditor implements OnInit {
  private readonly api = inject(IntroductionApi);
  private readonly injector = inject(Injector);
  private readonly headingRef = viewChild<ElementRef<HTMLElement>>('headingRef');

  readonly programme = input<IntroductionProgramme | null>(null);
  readonly courses = input.required<{ id: string; title: string }[]>();
  readonly saved = output<IntroductionProgramme>();
  readonly outdated = output<void>();
  readonly cancelled = output<void>();

  protected readonly draft = signal<ProgrammeDraft>(emptyProgrammeDraft());
  protected readonly errors = signal<Record<string, FieldErrorCode>>({});
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly kinds = INTRODUCTION_STEP_KINDS.map((k) => ({ value: k, label: STEP_KIND_LABELS[k] }));
  protected readonly roles = STAFF_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

  ngOnInit(): void {
    const programme = this.programme();
    if (programme) this.draft.set(programmeDraftOf(programme));
    afterNextRender(() => this.headingRef()?.nativeElement.focus(), { injector: this.injector });
  }

  protected fieldError(field: string): string | null {
    const code = this.errors()[field];
    return code ? fieldErrorText(code) : null;
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement | HTMLSelectElement).value;
  }

  protected setName(name: string): void {
    this.draft.update((d) => ({ ...d, name }));
  }

  protected setRole(role: string): void {
    this.draft.update((d) => ({ ...d, targetRole: role as ProgrammeDraft['targetRole'] }));
  }

  protected setStep(index: number, change: Partial<StepDraft>): void {
    this.draft.update((d) => ({ ...d, steps: d.steps.map((s, i) => (i === index ? { ...s, ...change } : s)) }));
  }

  protected setKind(index: number, kind: string): void {
    this.setStep(index, { kind: kind as IntroductionStepKind });
  }

  protected addStep(): void {
    this.draft.update((d) => ({ ...d, steps: [...d.steps, emptyStep()] }));
    focusAfterRender(this.injector, `step-${this.draft().steps.length - 1}-title`);
  }

  protected removeStep(index: number): void {
    this.draft.update((d) => ({ ...d, steps: d.steps.filter((_s, i) => i !== index) }));
    this.errors.set({});
    focusAfterRender(this.injector, 'programme-add-step');
  }

  /** Moves a step up (-1) or down (+1); the keyboard follows the moved step. */
  protected move(index: number, by: -1 | 1): void {
    const to = index + by;
    this.draft.update((d) => {
      const steps = [...d.steps];
      [steps[index], steps[to]] = [steps[to], steps[index]];
      return { ...d, steps };
    });
    this.errors.set({});
    focusAfterRender(this.injector, `step-${to}-title`);
  }

  protected async save(): Promise<void> {
    if (this.busy()) return;
    const draft = this.draft();
    const errors = programmeDraftErrors(draft);
    this.errors.set(errors);
    this.error.set(null);
    if (Object.keys(errors).length > 0) {
      this.error.set('Rätta fälten som är markerade.');
      return;
    }
    this.busy.set(true);
    try {
      const programme = this.programme();
      this.saved.emit(
        programme
          ? await this.api.updateProgramme(programme.id, programmeRequest(draft, programme.version))
          : await this.api.createProgramme(programmeRequest(draft)),
      );
    } catch (error) {
      const body = toErrorBody(error);
      if (body.code === 'STALE_VERSION') this.outdated.emit();
      else {
        this.errors.set(body.errors ?? {});
        this.error.set(body.errors ? 'Rätta fälten som är markerade.' : errorText(body.code));
      }
    } finally {
      this.busy.set(false);
    }
  }
}
