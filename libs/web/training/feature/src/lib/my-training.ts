import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import type { CourseSession, DevelopmentPlan, Participation } from '@kl/shared/contracts';
import { todayInSweden } from '@kl/shared/util';
import {
  CANCELLATION_LABELS,
  LEVEL_LABELS,
  PARTICIPATION_STATUS_LABELS,
  participationFundingText,
  PLAN_STATUS_LABELS,
  planGoalProgressText,
  sessionDaysText,
  TrainingApi,
} from '@kl/web/training/data-access';
import { errorText, toErrorBody } from '@kl/web/shared/util';

/**
 * "Mina utbildningar" on Min kompetens: the caseworker's bookings, their individual plan's goals
 * of the year, and asking for a course — a `planned` booking of an upcoming session, which the
 * team leader then books or declines.
 */
@Component({
  selector: 'kl-my-training',
  templateUrl: './my-training.html',
  styleUrls: ['./training-tables.css', './plans-page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyTraining {
  private readonly api = inject(TrainingApi);

  readonly staffMemberId = input.required<string>();

  protected readonly year = new Date().getFullYear();
  protected readonly participations = signal<Participation[] | null>(null);
  protected readonly plan = signal<DevelopmentPlan | null>(null);
  private readonly sessions = signal<CourseSession[]>([]);
  protected readonly error = signal<string | null>(null);
  protected readonly sessionId = signal('');
  protected readonly asking = signal(false);
  protected readonly asked = signal<string | null>(null);
  protected readonly askError = signal<string | null>(null);

  /** Upcoming sessions with a seat left for the kommun that the person is not already on. */
  protected readonly bookable = computed(() => {
    const taken = new Set((this.participations() ?? []).map((p) => p.sessionId));
    return this.sessions().filter((s) => s.ourSeats > s.ourTaken && !taken.has(s.id));
  });
  protected readonly statusLabels = PARTICIPATION_STATUS_LABELS;
  protected readonly planStatusLabels = PLAN_STATUS_LABELS;
  protected readonly reasons = CANCELLATION_LABELS;
  protected readonly levels = LEVEL_LABELS;
  protected readonly progressText = planGoalProgressText;
  protected readonly days = sessionDaysText;
  protected readonly funding = participationFundingText;

  constructor() {
    effect(() => void this.load(this.staffMemberId()));
  }

  private async load(id: string): Promise<void> {
    this.error.set(null);
    try {
      const [participations, plans, sessions] = await Promise.all([
        this.api.staffParticipations(id),
        this.api.plans(this.year),
        this.api.sessions({ from: todayInSweden() }),
      ]);
      if (this.staffMemberId() !== id) return;
      this.participations.set(participations);
      this.plan.set(plans.find((p) => p.kind === 'individual' && p.staffMemberId === id) ?? null);
      this.sessions.set(sessions);
    } catch (error) {
      this.error.set(errorText(toErrorBody(error).code));
    }
  }

  protected sessionText(s: CourseSession): string {
    return `${s.courseTitle}, ${sessionDaysText(s.startsOn, s.endsOn)}, ${s.online ? 'distans' : (s.place ?? 'plats meddelas senare')}`;
  }

  protected choose(event: Event): void {
    this.sessionId.set((event.target as HTMLSelectElement).value);
  }

  protected async ask(): Promise<void> {
    const session = this.bookable().find((s) => s.id === this.sessionId());
    if (!session || this.asking()) return;
    this.asking.set(true);
    this.asked.set(null);
    this.askError.set(null);
    try {
      await this.api.book(session.id, {
        staffMemberIds: [this.staffMemberId()],
        status: 'planned',
        fundingSource: 'ordinary_budget',
      });
      this.asked.set(
        `Du har bett om en plats på ${session.courseTitle} ${session.startsOn}. Din arbetsledare bokar den.`,
      );
      this.sessionId.set('');
      await this.load(this.staffMemberId());
    } catch (error) {
      this.askError.set(errorText(toErrorBody(error).code));
    } finally {
      this.asking.set(false);
    }
  }
}
