import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CourseSession } from '@kl/shared/contracts';
import { todayInSweden } from '@kl/shared/util';
import {
  seatsLeft,
  sessionDatesText,
  sessionPlaceText,
  sessionsByMonth,
  TrainingApi,
} from '@kl/web/training/data-access';
import { errorText, toErrorBody } from '@kl/web/shared/util';

/**
 * /utbildningstillfallen: the session calendar, upcoming sessions by month as tables (a list a
 * keyboard and a screen reader read in order, not a grid of days), with the kommun's free seats.
 */
@Component({
  selector: 'kl-session-calendar-page',
  imports: [RouterLink],
  templateUrl: './session-calendar-page.html',
  styleUrl: './catalogue.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionCalendarPage {
  private readonly api = inject(TrainingApi);

  protected readonly today = todayInSweden();
  protected readonly sessions = signal<CourseSession[] | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly months = computed(() => sessionsByMonth(this.sessions() ?? []));
  protected readonly dates = sessionDatesText;
  protected readonly place = sessionPlaceText;
  protected readonly left = seatsLeft;

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.sessions.set(await this.api.sessions({ from: this.today }));
    } catch (error) {
      this.error.set(errorText(toErrorBody(error).code));
    }
  }
}
