import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import type { PersonAssessments, StaffGaps, StaffTargets } from '@kl/shared/contracts';
import { buildPersonHistory, InventoryApi } from '@kl/web/inventory/data-access';
import { personTargetsView, TargetsApi } from '@kl/web/planning/data-access';
import { errorText, toErrorBody } from '@kl/web/shared/util';

/**
 * A person's levels per topic grouped by area, the leader's value beside the self-assessment, the
 * målnivå and the gap when targets apply, and a timeline across rounds. Used on /medarbetare/:id
 * and /min-kompetens.
 */
@Component({
  selector: 'kl-person-assessments',
  imports: [DatePipe],
  templateUrl: './person-assessments.html',
  styleUrl: './person-assessments.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonAssessmentsView {
  private readonly api = inject(InventoryApi);
  private readonly targetsApi = inject(TargetsApi);

  readonly staffMemberId = input.required<string>();
  /** Heading level of the section titles, so the view fits under the page's own h1 or h2. */
  readonly headingLevel = input<2 | 3>(2);
  /** Data already loaded by the host page (it then owns reloading); otherwise the view loads itself. */
  readonly data = input<PersonAssessments | null>(null);

  private readonly loaded = signal<PersonAssessments | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly view = computed(() => {
    const data = this.data() ?? this.loaded();
    return data ? buildPersonHistory(data) : null;
  });
  /** The API's gaps of the person in the current round, with the targets' origins. */
  private readonly standing = signal<{
    staffMemberId: string;
    roundId: string;
    gaps: StaffGaps;
    targets: StaffTargets;
  } | null>(null);
  /** The målnivåer of the current round against the leader's values; null without targets. */
  protected readonly targetView = computed(() => {
    const round = this.view()?.currentRound;
    const standing = this.standing();
    return round &&
      standing?.roundId === round.id &&
      standing.staffMemberId === this.staffMemberId()
      ? personTargetsView(standing.gaps, standing.targets)
      : null;
  });
  protected readonly targetsError = signal(false);

  constructor() {
    effect(() => {
      const id = this.staffMemberId();
      if (this.data() === null) void this.load(id);
    });
    effect(() => {
      const id = this.staffMemberId();
      const roundId = this.view()?.currentRound?.id;
      if (roundId) void this.loadTargets(id, roundId);
    });
  }

  private async loadTargets(id: string, roundId: string): Promise<void> {
    const loaded = untracked(this.standing);
    if (loaded?.staffMemberId === id && loaded.roundId === roundId) return;
    this.targetsError.set(false);
    try {
      const [gaps, targets] = await Promise.all([
        this.targetsApi.staffGaps(id, roundId),
        this.targetsApi.staffTargets(id, roundId),
      ]);
      this.standing.set({ staffMemberId: id, roundId, gaps, targets });
    } catch {
      this.targetsError.set(true);
    }
  }

  private async load(id: string): Promise<void> {
    this.error.set(null);
    try {
      this.loaded.set(await this.api.person(id));
    } catch (error) {
      this.error.set(errorText(toErrorBody(error).code));
    }
  }
}
