import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { GroupedBarChart } from '@kl/web/shared/ui-charts';
import {
  FUNDING_SOURCES,
  type CourseSession,
  type CourseSuggestion,
  type FundingSource,
  type InventoryRound,
  type RoundGaps,
  type RoundTraining,
  type StateGrant,
  type TopicGap,
} from '@kl/shared/contracts';
import { defaultRound, InventoryApi } from '@kl/web/inventory/data-access';
import {
  decimalText,
  FUNDING_LABELS,
  gapsExportHref,
  gapTrainingSeries,
  LEVEL_LABELS,
  reasonText,
  topicTraining,
  TrainingApi,
} from '@kl/web/training/data-access';
import { errorText, toErrorBody } from '@kl/web/shared/util';

/**
 * /kompetensglapp: where are our gaps? The round's gaps against the målnivåer, largest first,
 * exportable; for a gap the courses that close it, ranked with their reasons; and booking the
 * people below target on a session with a funding source.
 */
@Component({
  selector: 'kl-gaps-page',
  imports: [GroupedBarChart],
  templateUrl: './gaps-page.html',
  styleUrls: ['./training-tables.css', './gaps-page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GapsPage {
  private readonly api = inject(TrainingApi);
  private readonly inventory = inject(InventoryApi);

  protected readonly rounds = signal<InventoryRound[]>([]);
  protected readonly roundId = signal('');
  protected readonly gaps = signal<RoundGaps | null>(null);
  /** The training planned for the round's gaps, for the chart and its columns. */
  protected readonly training = signal<RoundTraining | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly topic = signal<TopicGap | null>(null);
  protected readonly suggestions = signal<CourseSuggestion[] | null>(null);
  protected readonly chosen = signal<{
    suggestion: CourseSuggestion;
    session: CourseSession;
  } | null>(null);
  protected readonly people = signal<ReadonlySet<string>>(new Set());
  protected readonly fundingSource = signal<FundingSource>('ordinary_budget');
  protected readonly grants = signal<StateGrant[]>([]);
  protected readonly grantId = signal('');
  protected readonly booking = signal(false);
  protected readonly booked = signal<string | null>(null);
  protected readonly bookingError = signal<string | null>(null);

  protected readonly fundingSources = FUNDING_SOURCES;
  protected readonly fundingLabels = FUNDING_LABELS;
  protected readonly decimal = decimalText;
  protected readonly reason = reasonText;
  protected readonly trainingOf = (topicCode: string) => topicTraining(this.training(), topicCode);
  protected readonly gapTopics = computed(
    () => this.gaps()?.topics.filter((t) => t.gapFte !== '0.00') ?? [],
  );
  protected readonly gapBars = computed(() => gapTrainingSeries(this.gapTopics(), this.training()));
  /** The gap list as a file from the API, for the round shown. */
  protected readonly exportHref = computed(() => {
    const round = this.gaps()?.round.id;
    return round
      ? { xlsx: gapsExportHref(round, 'xlsx'), csv: gapsExportHref(round, 'csv') }
      : null;
  });
  protected readonly yearGrants = computed(() => {
    const year = this.chosen()?.session.startsOn.slice(0, 4);
    return this.grants().filter((g) => String(g.year) === year);
  });

  constructor() {
    void this.start();
  }

  private async start(): Promise<void> {
    try {
      const rounds = (await this.inventory.rounds()).filter((r) => r.status !== 'planned');
      this.rounds.set(rounds);
      const chosen = defaultRound(rounds);
      if (chosen) await this.selectRound(chosen.id);
    } catch (error) {
      this.error.set(errorText(toErrorBody(error).code));
    }
  }

  protected async selectRound(id: string): Promise<void> {
    this.roundId.set(id);
    this.topic.set(null);
    this.suggestions.set(null);
    this.chosen.set(null);
    this.loading.set(true);
    this.error.set(null);
    try {
      const [gaps, training] = await Promise.all([this.api.gaps(id), this.api.gapTraining(id)]);
      // A newer choice wins: an answer for a round no longer chosen is dropped.
      if (this.roundId() === id) {
        this.gaps.set(gaps);
        this.training.set(training);
      }
    } catch (error) {
      this.error.set(errorText(toErrorBody(error).code));
    } finally {
      this.loading.set(false);
    }
  }

  protected targetText(topic: TopicGap): string {
    const levels = topic.targetLevels.map((l) => LEVEL_LABELS[l]).join(', ');
    return topic.requiredShare === '100.0'
      ? levels
      : `${levels}, minst ${decimalText(topic.requiredShare)} %`;
  }

  protected async showSuggestions(topic: TopicGap): Promise<void> {
    this.topic.set(topic);
    this.chosen.set(null);
    this.booked.set(null);
    this.suggestions.set(null);
    const level = topic.targetLevels[topic.targetLevels.length - 1] ?? 'basic';
    try {
      const [withPeople, list] = await Promise.all([
        this.api.gaps(this.roundId(), topic.topicCode),
        this.api.suggestions({
          topicCode: topic.topicCode,
          level,
          staffRole: this.gaps()?.staffRole,
          people: Math.max(1, topic.belowStaff),
        }),
      ]);
      if (this.topic() !== topic) return;
      this.topic.set(withPeople.topics.find((t) => t.topicCode === topic.topicCode) ?? topic);
      this.suggestions.set(list);
    } catch (error) {
      this.error.set(errorText(toErrorBody(error).code));
    }
  }

  protected async choose(suggestion: CourseSuggestion): Promise<void> {
    if (!suggestion.sessionId) return;
    this.bookingError.set(null);
    this.booked.set(null);
    const [session, grants] = await Promise.all([
      this.api.session(suggestion.sessionId),
      this.api.grants(),
    ]);
    this.grants.set(grants);
    this.people.set(
      new Set(
        (this.topic()?.people ?? [])
          .map((p) => p.staffMemberId)
          .slice(0, session.ourSeats - session.ourTaken),
      ),
    );
    this.chosen.set({ suggestion, session });
  }

  protected togglePerson(id: string, event: Event): void {
    const next = new Set(this.people());
    if ((event.target as HTMLInputElement).checked) next.add(id);
    else next.delete(id);
    this.people.set(next);
  }

  protected selected(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }

  /** The list offers exactly FUNDING_SOURCES; anything else leaves the choice as it was. */
  protected chooseFunding(event: Event): void {
    const value = this.selected(event);
    const source = FUNDING_SOURCES.find((f) => f === value);
    if (source) this.fundingSource.set(source);
  }

  protected async book(): Promise<void> {
    const chosen = this.chosen();
    if (!chosen || this.people().size === 0) return;
    this.booking.set(true);
    this.bookingError.set(null);
    try {
      const source = this.fundingSource();
      const booked = await this.api.book(chosen.session.id, {
        staffMemberIds: [...this.people()],
        status: 'booked',
        fundingSource: source,
        grantId: source === 'grant' ? this.grantId() || null : null,
      });
      this.booked.set(
        `${booked.length} ${booked.length === 1 ? 'person bokad' : 'personer bokade'} på ${chosen.suggestion.courseTitle} ${chosen.session.startsOn}.`,
      );
      this.chosen.set(null);
    } catch (error) {
      const body = toErrorBody(error);
      const fields = body.errors ? ` (${Object.keys(body.errors).join(', ')})` : '';
      this.bookingError.set(`${errorText(body.code)}${fields}`);
    } finally {
      this.booking.set(false);
    }
  }
}
