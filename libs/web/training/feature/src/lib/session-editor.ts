import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  Injector,
  input,
  output,
  signal,
} from '@angular/core';
import type { CourseSession } from '@kl/shared/contracts';
import {
  emptySessionForm,
  type FieldErrors,
  sessionFieldLabel,
  sessionFieldMessage,
  type SessionFormValue,
  toCreateSessionRequest,
  TrainingApi,
  validateSessionForm,
} from '@kl/web/training/data-access';
import { FieldControl, FormField } from '@kl/web/shared/ui';
import { errorText, toErrorBody } from '@kl/web/shared/util';
import { focusAfterRender } from './focus-after-render';

type TextField = 'startsOn' | 'endsOn' | 'place' | 'capacity';

/** Adds a session of a course: dates, place or online, seats, and seats given to other kommuner of the län. */
@Component({
  selector: 'kl-session-editor',
  imports: [FormField, FieldControl],
  templateUrl: './session-editor.html',
  styleUrl: './catalogue.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionEditor {
  private readonly api = inject(TrainingApi);
  private readonly injector = inject(Injector);
  readonly courseId = input.required<string>();
  readonly created = output<CourseSession>();

  protected readonly value = signal<SessionFormValue>(emptySessionForm());
  private readonly submitted = signal(false);
  private readonly serverErrors = signal<FieldErrors>({});
  protected readonly generalError = signal<string | null>(null);
  protected readonly saving = signal(false);

  protected readonly errors = computed<FieldErrors>(() => ({
    ...this.serverErrors(),
    ...(this.submitted() ? validateSessionForm(this.value()) : {}),
  }));
  protected readonly summary = computed(() =>
    Object.entries(this.errors()).map(([path, code]) => ({
      path,
      id: this.idOf(path),
      text: `${sessionFieldLabel(path)}: ${sessionFieldMessage(path, code)}`,
    })),
  );

  protected idOf(path: string): string {
    const field = /^seats\.\d+$/.test(path) ? `${path}.municipalityCode` : path;
    return `session-${field.replace(/\./g, '-')}`;
  }

  protected message(path: string): string | null {
    const row = path.endsWith('.municipalityCode')
      ? path.slice(0, -'.municipalityCode'.length)
      : null;
    // A row's error without a field (`seats.1`: the same kommun twice) belongs to its kommun code.
    const code = this.errors()[path] ?? (row ? this.errors()[row] : undefined);
    return code ? sessionFieldMessage(path, code) : null;
  }

  protected setText(field: TextField, event: Event): void {
    this.change(field, { [field]: (event.target as HTMLInputElement).value } as Pick<
      SessionFormValue,
      TextField
    >);
  }

  protected setOnline(event: Event): void {
    this.change('online', { online: (event.target as HTMLInputElement).checked });
  }

  protected setSeats(index: number, field: 'municipalityCode' | 'seats', event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    const seats = this.value().seats.map((row, i) =>
      i === index ? { ...row, [field]: text } : row,
    );
    this.change('seats', { seats });
  }

  protected addSeats(): void {
    const index = this.value().seats.length;
    this.change('seats', { seats: [...this.value().seats, { municipalityCode: '', seats: '' }] });
    focusAfterRender(this.injector, this.idOf(`seats.${index}.municipalityCode`));
  }

  protected removeSeats(index: number): void {
    this.change('seats', { seats: this.value().seats.filter((_r, i) => i !== index) });
    focusAfterRender(this.injector, 'session-add-seats');
  }

  protected async save(): Promise<void> {
    this.submitted.set(true);
    this.serverErrors.set({});
    this.generalError.set(null);
    if (Object.keys(validateSessionForm(this.value())).length > 0) {
      this.focusSummary();
      return;
    }
    this.saving.set(true);
    try {
      const session = await this.api.createSession(
        this.courseId(),
        toCreateSessionRequest(this.value()),
      );
      this.value.set(emptySessionForm());
      this.submitted.set(false);
      this.created.emit(session);
    } catch (error) {
      const body = toErrorBody(error);
      this.serverErrors.set(body.errors ?? {});
      if (body.code !== 'VALIDATION_FAILED' || !body.errors)
        this.generalError.set(errorText(body.code));
      this.focusSummary();
    } finally {
      this.saving.set(false);
    }
  }

  protected focusField(event: Event, id: string): void {
    event.preventDefault();
    document.getElementById(id)?.focus();
  }

  private change(path: string, patch: Partial<SessionFormValue>): void {
    this.value.update((v) => ({ ...v, ...patch }));
    const errors = this.serverErrors();
    if (Object.keys(errors).some((key) => key === path || key.startsWith(`${path}.`))) {
      this.serverErrors.set(
        Object.fromEntries(
          Object.entries(errors).filter(([key]) => key !== path && !key.startsWith(`${path}.`)),
        ),
      );
    }
  }

  private focusSummary(): void {
    focusAfterRender(this.injector, 'session-error-summary');
  }
}
