import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import type { Course, CourseSession } from '@kl/shared/contracts';
import { AuthStore } from '@kl/web/auth/data-access';
import {
  COURSE_PROVIDER_LABELS,
  COURSE_TYPE_LABELS,
  courseOwnerText,
  courseTopicsText,
  creditsText,
  durationText,
  FrameworkTopics,
  moneyText,
  seatsLeft,
  sessionDatesText,
  sessionPlaceText,
  targetGroupText,
  type TopicOption,
  TrainingApi,
} from '@kl/web/training/data-access';
import { errorText, toErrorBody } from '@kl/web/shared/util';
import { CourseEditor } from './course-editor';
import { SessionEditor } from './session-editor';
import { focusAfterRender } from './focus-after-render';

/**
 * /utbildningar/:id: a course with its sessions and the kommun's seats on each; the kommun
 * administrator changes the course and adds sessions. Booking starts from a gap (/kompetensglapp).
 * The regional analyst keeps the län's courses here and gives their sessions' seats to kommuner.
 */
@Component({
  selector: 'kl-course-page',
  imports: [RouterLink, CourseEditor, SessionEditor],
  templateUrl: './course-page.html',
  styleUrl: './catalogue.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CoursePage {
  private readonly api = inject(TrainingApi);
  private readonly injector = inject(Injector);
  private readonly frameworkTopics = inject(FrameworkTopics);
  private readonly role = inject(AuthStore).role;
  private readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';

  protected readonly course = signal<Course | null>(null);
  protected readonly sessions = signal<CourseSession[]>([]);
  protected readonly topics = signal<TopicOption[]>([]);
  protected readonly error = signal<string | null>(null);
  protected readonly editing = signal(false);
  protected readonly saved = signal<string | null>(null);

  protected readonly typeLabels = COURSE_TYPE_LABELS;
  protected readonly providerLabels = COURSE_PROVIDER_LABELS;
  protected readonly money = moneyText;
  protected readonly dates = sessionDatesText;
  protected readonly place = sessionPlaceText;
  protected readonly left = seatsLeft;

  protected readonly facts = computed(() => {
    const c = this.course();
    if (!c) return null;
    return {
      credits: creditsText(c.credits),
      duration: durationText(c.durationDays),
      topics: courseTopicsText(c, this.topics()),
      targetGroup: targetGroupText(c),
      owner: `${courseOwnerText(c)}${c.shared && c.owner.kind === 'kommun' ? ', delas i länet' : ''}`,
    };
  });
  /** The regional analyst, on the län's courses: no kommun's seats or bookings of their own. */
  protected readonly county = computed(() => this.role() === 'regional_analyst');
  /**
   * A kommun administrator organises sessions of any course the kommun reaches, the regional
   * analyst the län's (the API decides too).
   */
  protected readonly mayAddSession = computed(
    () => this.role() === 'municipality_admin' || this.county(),
  );

  constructor() {
    void this.load();
  }

  protected afterSave(course: Course): void {
    this.course.set(course);
    this.editing.set(false);
    this.saved.set(`Ändringarna i ${course.title} är sparade.`);
    focusAfterRender(this.injector, 'edit-course');
  }

  protected closeEditor(): void {
    this.editing.set(false);
    focusAfterRender(this.injector, 'edit-course');
  }

  protected sessionAdded(session: CourseSession): void {
    this.sessions.update((list) =>
      [...list, session].sort((a, b) => a.startsOn.localeCompare(b.startsOn)),
    );
    this.saved.set(`Kurstillfället ${sessionDatesText(session)} är sparat.`);
  }

  private async load(): Promise<void> {
    try {
      const [course, sessions, topics] = await Promise.all([
        this.api.course(this.id),
        this.api.sessions(),
        this.frameworkTopics.load(),
      ]);
      this.topics.set(topics);
      this.sessions.set(sessions.filter((s) => s.courseId === course.id));
      this.course.set(course);
    } catch (error) {
      this.error.set(errorText(toErrorBody(error).code));
    }
  }
}
