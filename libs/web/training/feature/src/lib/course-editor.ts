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
  COURSE_PROVIDERS,
  COURSE_TARGET_DEGREES,
  COURSE_TARGET_EXPERIENCE,
  COURSE_TYPES,
  type Course,
  type CourseTopic,
  STAFF_ROLES,
  TARGET_LEVELS,
} from '@kl/shared/contracts';
import {
  COURSE_PROVIDER_LABELS,
  COURSE_TYPE_LABELS,
  courseConflictRows,
  courseFieldLabel,
  courseFieldMessage,
  type CourseFormValue,
  emptyCourseForm,
  type FieldErrors,
  LEVEL_LABELS,
  TARGET_DEGREE_LABELS,
  TARGET_EXPERIENCE_LABELS,
  TARGET_ROLE_LABELS,
  toCourseFormValue,
  toSaveCourseRequest,
  type TopicOption,
  TrainingApi,
  validateCourseForm,
} from '@kl/web/training/data-access';
import { ConflictPanel, FieldControl, FormField } from '@kl/web/shared/ui';
import { errorText, versionedSave } from '@kl/web/shared/util';
import { focusAfterRender } from './focus-after-render';

type TextField = 'title' | 'credits' | 'durationDays' | 'costPerParticipant';
type ChoiceField = 'type' | 'provider' | 'role' | 'degree' | 'experience';

/**
 * Adds a course to the catalogue or changes one: every field of the API's request, the API's
 * field errors at their field, and a newer version met on saving shown as a conflict to decide.
 */
@Component({
  selector: 'kl-course-editor',
  imports: [ConflictPanel, FormField, FieldControl],
  templateUrl: './course-editor.html',
  styleUrl: './catalogue.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourseEditor {
  private readonly api = inject(TrainingApi);
  private readonly injector = inject(Injector);
  /** The course to change; null adds a new one. */
  readonly course = input<Course | null>(null);
  readonly topics = input.required<TopicOption[]>();
  /** The län's course (its regional analyst's): always shared, so the form does not ask. */
  readonly county = input(false);
  readonly saved = output<Course>();
  readonly cancelled = output<void>();

  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  /** The version this form writes onto: the course as opened, or theirs after a conflict. */
  private readonly base = linkedSignal(() => this.course());
  protected readonly value = linkedSignal<CourseFormValue>(() => {
    const course = this.course();
    return course ? toCourseFormValue(course) : emptyCourseForm();
  });
  private readonly submitted = signal(false);
  private readonly serverErrors = signal<FieldErrors>({});
  protected readonly generalError = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly conflict = signal<Course | null>(null);
  protected readonly notice = signal<string | null>(null);

  protected readonly types = COURSE_TYPES;
  protected readonly typeLabels = COURSE_TYPE_LABELS;
  protected readonly providers = COURSE_PROVIDERS;
  protected readonly providerLabels = COURSE_PROVIDER_LABELS;
  protected readonly roles = STAFF_ROLES;
  protected readonly roleLabels = TARGET_ROLE_LABELS;
  protected readonly degrees = COURSE_TARGET_DEGREES;
  protected readonly degreeLabels = TARGET_DEGREE_LABELS;
  protected readonly experiences = COURSE_TARGET_EXPERIENCE;
  protected readonly experienceLabels = TARGET_EXPERIENCE_LABELS;
  protected readonly levels = TARGET_LEVELS;
  protected readonly levelLabels = LEVEL_LABELS;

  protected readonly errors = computed<FieldErrors>(() => ({
    ...this.serverErrors(),
    ...(this.submitted() ? validateCourseForm(this.value()) : {}),
  }));
  protected readonly summary = computed(() =>
    Object.entries(this.errors()).map(([path, code]) => ({
      path,
      id: this.idOf(path),
      text: `${courseFieldLabel(path)}: ${courseFieldMessage(path, code)}`,
    })),
  );
  protected readonly conflictRows = computed(() => {
    const theirs = this.conflict();
    return theirs
      ? courseConflictRows(theirs, toSaveCourseRequest(this.value()), this.topics())
      : [];
  });

  constructor() {
    afterNextRender(() => this.heading().nativeElement.focus());
  }

  /** The input's id for an API field path (`topics.0.topicCode` → `course-topics-0-topicCode`). */
  protected idOf(path: string): string {
    // A row's error without a field (`topics.1`: twice the same topic) belongs to its topic.
    const field = /^topics\.\d+$/.test(path) ? `${path}.topicCode` : path;
    return `course-${field.replace(/\./g, '-')}`;
  }

  protected message(path: string): string | null {
    const code =
      this.errors()[path] ??
      (path.endsWith('.topicCode') ? this.errors()[path.slice(0, -10)] : undefined);
    return code ? courseFieldMessage(path, code) : null;
  }

  protected setText(field: TextField, event: Event): void {
    this.change(field, { [field]: (event.target as HTMLInputElement).value } as Pick<
      CourseFormValue,
      TextField
    >);
  }

  /** Select lists offer only the contracts' values; anything else leaves the choice unchanged. */
  protected choose(
    field: ChoiceField,
    path: string,
    values: readonly string[],
    event: Event,
  ): void {
    const raw = (event.target as HTMLSelectElement).value;
    if (raw === '' || values.includes(raw))
      this.change(path, { [field]: raw } as Partial<Pick<CourseFormValue, ChoiceField>>);
  }

  protected setShared(event: Event): void {
    this.change('shared', { shared: (event.target as HTMLInputElement).checked });
  }

  protected setTopic(index: number, patch: Partial<CourseTopic>): void {
    const topics = this.value().topics.map((t, i) => (i === index ? { ...t, ...patch } : t));
    this.change('topics', { topics });
  }

  protected chooseTopic(index: number, event: Event): void {
    this.setTopic(index, { topicCode: (event.target as HTMLSelectElement).value });
  }

  protected chooseLevel(index: number, event: Event): void {
    const level = TARGET_LEVELS.find((l) => l === (event.target as HTMLSelectElement).value);
    if (level) this.setTopic(index, { level });
  }

  protected addTopic(): void {
    const index = this.value().topics.length;
    this.change('topics', { topics: [...this.value().topics, { topicCode: '', level: 'basic' }] });
    // Keyboard users continue in the row they added.
    focusAfterRender(this.injector, this.idOf(`topics.${index}.topicCode`));
  }

  protected removeTopic(index: number): void {
    this.change('topics', { topics: this.value().topics.filter((_t, i) => i !== index) });
    focusAfterRender(this.injector, 'course-add-topic');
  }

  protected async save(version?: number): Promise<void> {
    this.submitted.set(true);
    this.notice.set(null);
    this.serverErrors.set({});
    this.generalError.set(null);
    if (Object.keys(validateCourseForm(this.value())).length > 0) {
      this.focusSummary();
      return;
    }
    const base = this.base();
    const request = toSaveCourseRequest(this.value(), base ? (version ?? base.version) : undefined);
    this.saving.set(true);
    const result = await versionedSave(() =>
      base ? this.api.updateCourse(base.id, request) : this.api.createCourse(request),
    );
    this.saving.set(false);
    if (result.kind === 'saved') this.saved.emit(result.value);
    else if (result.kind === 'conflict') this.conflict.set(result.current);
    else {
      this.serverErrors.set(result.error.errors ?? {});
      if (result.error.code !== 'VALIDATION_FAILED' || !result.error.errors)
        this.generalError.set(errorText(result.error.code));
      this.focusSummary();
    }
  }

  protected keepTheirs(): void {
    const theirs = this.conflict();
    if (!theirs) return;
    this.conflict.set(null);
    this.base.set(theirs);
    this.value.set(toCourseFormValue(theirs));
    this.submitted.set(false);
    this.notice.set('Formuläret visar nu kursen som den andra personen sparade den.');
  }

  protected async overwrite(): Promise<void> {
    const theirs = this.conflict();
    if (!theirs) return;
    this.conflict.set(null);
    this.base.set(theirs);
    await this.save(theirs.version);
  }

  protected focusField(event: Event, id: string): void {
    event.preventDefault();
    document.getElementById(id)?.focus();
  }

  /** A changed field no longer carries the server's error for the value it refused. */
  private change(path: string, patch: Partial<CourseFormValue>): void {
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
    focusAfterRender(this.injector, 'course-error-summary');
  }
}
