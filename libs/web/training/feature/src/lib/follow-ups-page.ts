import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { FollowUpDueItem, FollowUpDueList } from '@kl/shared/contracts';
import { AuthStore } from '@kl/web/auth/data-access';
import { flattenUnitTree, UnitsApi } from '@kl/web/organisation/data-access';
import { dueItemTask, dueItemWhen, TrainingApi } from '@kl/web/training/data-access';
import { errorText, toErrorBody } from '@kl/web/shared/util';
import { focusAfterRender } from './focus-after-render';
import { FollowUpForm } from './follow-up-form';

interface DueChoice {
  overdue: boolean;
  unitId: string;
}

/**
 * /uppfoljningar: the due list of follow-ups of completed courses and reassessments, for a team
 * leader their units' people, for HR the kommun (overdue only at first, by unit). A follow-up is
 * recorded in place; the item then leaves the list.
 */
@Component({
  selector: 'kl-follow-ups-page',
  imports: [FollowUpForm, RouterLink],
  templateUrl: './follow-ups-page.html',
  styleUrls: ['./training-tables.css', './follow-ups-page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FollowUpsPage {
  private readonly api = inject(TrainingApi);
  private readonly unitsApi = inject(UnitsApi);
  private readonly injector = inject(Injector);
  private readonly statusElement = viewChild<ElementRef<HTMLElement>>('statusMessage');

  protected readonly isAdmin = inject(AuthStore).role() === 'municipality_admin';
  protected readonly choice = signal<DueChoice>({ overdue: this.isAdmin, unitId: '' });
  protected readonly list = signal<FollowUpDueList | null>(null);
  protected readonly units = signal<{ id: string; label: string }[]>([]);
  protected readonly error = signal<string | null>(null);
  protected readonly saved = signal<string | null>(null);
  protected readonly open = signal<string | null>(null);
  protected readonly overdueCount = computed(
    () => this.list()?.items.filter((i) => i.overdue).length ?? 0,
  );
  protected readonly task = dueItemTask;
  protected readonly when = dueItemWhen;

  constructor() {
    void this.load(this.choice());
    void this.loadUnits();
  }

  protected key(item: FollowUpDueItem): string {
    return `${item.kind}:${item.participationId}:${item.topicCodes.join(',')}`;
  }

  protected choose(change: Partial<DueChoice>): void {
    this.saved.set(null);
    this.open.set(null);
    void this.load({ ...this.choice(), ...change });
  }

  protected value(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }

  /** The form closes; the keyboard goes back to the button that opened it. */
  protected cancel(item: FollowUpDueItem): void {
    this.open.set(null);
    focusAfterRender(this.injector, `follow-up-open-${item.participationId}`);
  }

  protected async onSaved(item: FollowUpDueItem): Promise<void> {
    await this.afterChange(`Uppföljningen av ${item.firstName} ${item.lastName}, ${item.courseTitle}, är sparad.`);
  }

  protected async onOutdated(): Promise<void> {
    await this.afterChange('Någon annan har redan följt upp kursen. Listan är uppdaterad.');
  }

  private async afterChange(message: string): Promise<void> {
    this.open.set(null);
    await this.load(this.choice());
    this.saved.set(message);
    afterNextRender(() => this.statusElement()?.nativeElement.focus(), { injector: this.injector });
  }

  private async load(choice: DueChoice): Promise<void> {
    this.choice.set(choice);
    this.error.set(null);
    this.list.set(null);
    try {
      const list = await this.api.dueFollowUps({
        overdue: choice.overdue,
        unitId: choice.unitId || undefined,
      });
      // A newer choice wins.
      if (this.choice() === choice) this.list.set(list);
    } catch (error) {
      if (this.choice() === choice) this.error.set(errorText(toErrorBody(error).code));
    }
  }

  private async loadUnits(): Promise<void> {
    try {
      const tree = await this.unitsApi.tree();
      this.units.set(flattenUnitTree(tree).filter((u) => !u.closed).map((u) => ({ id: u.id, label: u.label })));
    } catch {
      // The list works without the unit filter.
    }
  }
}
