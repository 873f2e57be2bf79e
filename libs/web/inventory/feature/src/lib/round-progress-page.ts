import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  resource,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { UnitProgress } from '@kl/shared/contracts';
import {
  InventoryApi,
  populationRule,
  populationText,
  progressExportTable,
  progressSummary,
  remindersText,
  ROUND_STATUS_LABELS,
  signOffText,
} from '@kl/web/inventory/data-access';
import { formatDateTime, SERVICE_AREA_LABELS } from '@kl/web/organisation/data-access';
import { errorText, toErrorBody } from '@kl/web/shared/util';
import { ExportButtons } from '@kl/web/shared/ui';

/**
 * /omgangar/:id: HR follows a round up: who it counts, which units are done ("klar för enheten")
 * and which are not, who leads them, and a reminder to those who are not done.
 */
@Component({
  selector: 'kl-round-progress-page',
  imports: [RouterLink, ExportButtons],
  templateUrl: './round-progress-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoundProgressPage {
  private readonly api = inject(InventoryApi);
  /** The round's id, from the route. */
  readonly id = input.required<string>();
  private readonly reloads = signal(0);

  protected readonly round = resource({
    params: () => ({ id: this.id(), reloads: this.reloads() }),
    loader: ({ params }) => this.api.round(params.id),
  });
  protected readonly progress = resource({
    params: () => ({ id: this.id(), reloads: this.reloads() }),
    loader: ({ params }) => this.api.progress(params.id),
  });
  protected readonly units = computed(() =>
    this.progress.hasValue() ? this.progress.value().units : [],
  );
  protected readonly summary = computed(() => progressSummary(this.units()));
  protected readonly notDone = computed(() => this.units().filter((u) => u.signOff === null));
  protected readonly loadError = computed(() => {
    const error = this.round.error() ?? this.progress.error();
    return error ? errorText(toErrorBody(error).code) : null;
  });
  protected readonly sending = signal(false);
  protected readonly message = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly statusLabels = ROUND_STATUS_LABELS;
  protected readonly populationText = populationText;
  protected readonly signOffText = (unit: UnitProgress) => signOffText(unit, formatDateTime);
  protected readonly export = () => progressExportTable(this.units(), formatDateTime);
  protected readonly when = formatDateTime;

  protected rule(): string {
    const round = this.round.value();
    return round ? populationRule(round, SERVICE_AREA_LABELS[round.serviceAreaCode]) : '';
  }

  /** Reminds the team leaders of the units named, or of every unit not done. */
  protected async remind(units?: UnitProgress[]): Promise<void> {
    this.sending.set(true);
    this.message.set(null);
    this.error.set(null);
    try {
      this.message.set(
        remindersText(
          await this.api.remind(
            this.id(),
            units?.map((u) => u.unitId),
          ),
        ),
      );
    } catch (error) {
      this.error.set(errorText(toErrorBody(error).code));
    } finally {
      this.sending.set(false);
      this.reloads.update((n) => n + 1);
    }
  }
}
