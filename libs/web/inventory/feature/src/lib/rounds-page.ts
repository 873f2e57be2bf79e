import { DOCUMENT } from '@angular/common';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, signal, viewChild } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { CompetenceFrameworkSummary, InventoryRound } from '@kl/shared/contracts';
import { todayInSweden } from '@kl/shared/util';
import { FrameworksApi, frameworkTitleAmong } from '@kl/web/competence/data-access';
import {
  defaultRoundDates,
  InventoryApi,
  populationRule,
  populationText,
  ROUND_STATUS_LABELS,
  roundActions,
} from '@kl/web/inventory/data-access';
import { SERVICE_AREA_LABELS } from '@kl/web/organisation/data-access';
import { errorText, toErrorBody } from '@kl/web/shared/util';

const ACTION_LABELS = { open: 'Öppna', close: 'Stäng', reopen: 'Öppna igen' } as const;

/** /omgangar: the kommun administrator plans, opens and closes inventory rounds. */
@Component({
  selector: 'kl-rounds-page',
  imports: [ReactiveFormsModule, RouterLink],
  templateUrl: './rounds-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoundsPage {
  private readonly api = inject(InventoryApi);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly feedback = viewChild<ElementRef<HTMLElement>>('feedback');
  private readonly reopenReason = viewChild<ElementRef<HTMLInputElement>>('reopenReason');
  private readonly frameworksApi = inject(FrameworksApi);
  protected readonly rounds = signal<InventoryRound[]>([]);
  protected readonly frameworks = signal<CompetenceFrameworkSummary[]>([]);
  protected readonly published = computed(() => this.frameworks().filter((f) => f.status === 'published'));
  protected readonly message = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly submitted = signal(false);
  protected readonly reopening = signal<InventoryRound | null>(null);
  protected readonly statusLabels = ROUND_STATUS_LABELS;
  protected readonly actionLabels = ACTION_LABELS;
  protected readonly actionsOf = roundActions;
  protected titleOf(framework: CompetenceFrameworkSummary): string {
    return frameworkTitleAmong(framework, this.frameworks());
  }
  protected readonly populationText = populationText;
  protected readonly today = todayInSweden();

  private readonly dates = defaultRoundDates(todayInSweden());
  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: ['', [Validators.required, Validators.maxLength(120)]],
    frameworkId: ['', Validators.required],
    referenceDate: [this.dates.referenceDate, Validators.required],
    opensOn: [this.dates.opensOn, Validators.required],
    closesOn: [this.dates.closesOn, Validators.required],
  });
  protected readonly reason = inject(FormBuilder).nonNullable.control('', [Validators.required, Validators.maxLength(500)]);
  /** A reopened round needs a last day that has not passed, else it would close again at once. */
  protected readonly reopenClosesOn = inject(FormBuilder).nonNullable.control('');

  protected rule(round: InventoryRound): string {
    return populationRule(round, SERVICE_AREA_LABELS[round.serviceAreaCode]);
  }

  /** ISO dates compare as text. */
  protected closesBeforeOpens(): boolean {
    const { opensOn, closesOn } = this.form.getRawValue();
    return !!opensOn && !!closesOn && closesOn < opensOn;
  }

  constructor() {
    void this.load();
  }

  protected frameworkName(id: string): string {
    const framework = this.frameworks().find((f) => f.id === id);
    return framework ? frameworkTitleAmong(framework, this.frameworks()) : '';
  }

  protected async create(): Promise<void> {
    this.submitted.set(true);
    this.clear();
    if (this.form.invalid || this.closesBeforeOpens()) return;
    await this.run(async () => {
      const value = this.form.getRawValue();
      const round = await this.api.createRound({ ...value, unitIds: [] });
      this.form.controls.name.reset();
      this.submitted.set(false);
      return `Omgången ${round.name} är planerad. Öppna den när arbetsledarna ska börja bedöma.`;
    });
  }

  protected async act(round: InventoryRound, action: 'open' | 'close' | 'reopen'): Promise<void> {
    this.clear();
    if (action === 'reopen') {
      this.reopening.set(round);
      this.reopenClosesOn.setValue(round.closesOn >= this.today ? round.closesOn : defaultRoundDates(this.today).closesOn);
      this.afterRender(() => this.reopenReason()?.nativeElement.focus());
      return;
    }
    await this.run(async () => {
      await this.api.transition(round, action);
      return `Omgången ${round.name} är ${action === 'open' ? 'öppnad' : 'stängd'}.`;
    });
  }

  protected async confirmReopen(): Promise<void> {
    const round = this.reopening();
    if (!round || this.reason.invalid || this.reopenClosesOnInvalid()) return;
    await this.run(async () => {
      await this.api.transition(round, 'reopen', { reason: this.reason.value.trim(), closesOn: this.reopenClosesOn.value });
      this.reopening.set(null);
      this.reason.reset();
      return `Omgången ${round.name} är öppen igen.`;
    });
  }

  protected reopenClosesOnInvalid(): boolean {
    return !this.reopenClosesOn.value || this.reopenClosesOn.value < this.today;
  }

  protected cancelReopen(round: InventoryRound): void {
    this.reopening.set(null);
    this.afterRender(() => this.document.getElementById(`round-reopen-${round.id}`)?.focus());
  }

  private afterRender(focus: () => void): void {
    afterNextRender(focus, { injector: this.injector });
  }

  private async run(work: () => Promise<string>): Promise<void> {
    this.saving.set(true);
    try {
      this.message.set(await work());
      await this.load();
    } catch (error) {
      this.error.set(errorText(toErrorBody(error).code));
      await this.load();
    } finally {
      this.saving.set(false);
      this.afterRender(() => this.feedback()?.nativeElement.focus());
    }
  }

  private clear(): void {
    this.message.set(null);
    this.error.set(null);
  }

  private async load(): Promise<void> {
    try {
      const [rounds, frameworks] = await Promise.all([this.api.rounds(), this.frameworksApi.list()]);
      this.rounds.set(rounds);
      this.frameworks.set(frameworks);
      if (!this.form.controls.frameworkId.value && this.published()[0]) {
        this.form.controls.frameworkId.setValue(this.published()[0].id);
      }
    } catch (error) {
      this.error.set(errorText(toErrorBody(error).code));
    }
  }
}
