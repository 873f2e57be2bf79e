import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { COURSE_PROVIDERS, COURSE_TYPES, type Course } from '@kl/shared/contracts';
import { AuthStore } from '@kl/web/auth/data-access';
import {
  COURSE_PROVIDER_LABELS,
  COURSE_TYPE_LABELS,
  type CourseFilter,
  courseOwnerText,
  courseTopicsText,
  creditsText,
  durationText,
  filterCourses,
  FrameworkTopics,
  moneyText,
  targetGroupText,
  type TopicOption,
  TrainingApi,
} from '@kl/web/training/data-access';
import { errorText, toErrorBody } from '@kl/web/shared/util';
import { CourseEditor } from './course-editor';
import { focusAfterRender } from './focus-after-render';

/**
 * /utbildningar: the course catalogue, the kommun's courses and those shared in the län,
 * filterable by type, provider and topic; the kommun administrator adds and changes courses.
 * For the regional analyst it is "Länets utbildningar": the län's courses, which they publish.
 */
@Component({
  selector: 'kl-catalogue-page',
  imports: [RouterLink, CourseEditor],
  templateUrl: './catalogue-page.html',
  styleUrl: './catalogue.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CataloguePage {
  private readonly api = inject(TrainingApi);
  private readonly injector = inject(Injector);
  private readonly frameworkTopics = inject(FrameworkTopics);
  private readonly role = inject(AuthStore).role;

  protected readonly courses = signal<Course[] | null>(null);
  protected readonly topics = signal<TopicOption[]>([]);
  /** `?topic=` opens the catalogue on one topic's courses (the workforce forecast links here). */
  protected readonly filter = signal<CourseFilter>({
    type: '',
    provider: '',
    topicCode: inject(ActivatedRoute, { optional: true })?.snapshot.queryParamMap.get('topic') ?? '',
  });
  /** The course in the form: 'new', one to change, or none. */
  protected readonly editing = signal<Course | 'new' | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly saved = signal<string | null>(null);

  protected readonly types = COURSE_TYPES;
  protected readonly typeLabels = COURSE_TYPE_LABELS;
  protected readonly providers = COURSE_PROVIDERS;
  protected readonly providerLabels = COURSE_PROVIDER_LABELS;
  protected readonly money = moneyText;
  protected readonly credits = creditsText;
  protected readonly duration = durationText;
  protected readonly targetGroup = targetGroupText;
  protected readonly owner = courseOwnerText;

  /** The regional analyst keeps the län's courses here (the API gives them the län's only). */
  protected readonly county = computed(() => this.role() === 'regional_analyst');
  protected readonly mayAdd = computed(() => this.role() === 'municipality_admin' || this.county());
  protected readonly shown = computed(() => filterCourses(this.courses() ?? [], this.filter()));
  protected readonly editedCourse = computed(() => {
    const editing = this.editing();
    return editing === 'new' ? null : editing;
  });

  constructor() {
    void this.load();
  }

  protected topicTexts(course: Course): string[] {
    return courseTopicsText(course, this.topics());
  }

  protected setFilter(field: keyof CourseFilter, event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.filter.update((f) => ({ ...f, [field]: value }));
  }

  protected edit(course: Course | 'new'): void {
    this.saved.set(null);
    this.editing.set(course);
  }

  protected afterSave(course: Course, returnFocusTo: string): void {
    const wasNew = this.editing() === 'new';
    this.editing.set(null);
    this.saved.set(
      `${wasNew ? 'Kursen' : 'Ändringarna i'} ${course.title} är ${wasNew ? 'sparad' : 'sparade'}.`,
    );
    this.courses.update((list) => [...(list ?? []).filter((c) => c.id !== course.id), course]);
    this.focus(returnFocusTo);
  }

  protected closeEditor(returnFocusTo: string): void {
    this.editing.set(null);
    this.focus(returnFocusTo);
  }

  private focus(id: string): void {
    focusAfterRender(this.injector, id);
  }

  private async load(): Promise<void> {
    try {
      const [courses, topics] = await Promise.all([
        this.api.courses(),
        this.frameworkTopics.load(),
      ]);
      this.topics.set(topics);
      this.courses.set(courses);
    } catch (error) {
      this.error.set(errorText(toErrorBody(error).code));
    }
  }
}
