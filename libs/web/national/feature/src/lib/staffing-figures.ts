import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type PublishedStaffing, STAFFING_LEAVING_REASONS, VACANCY_DIFFICULTIES } from '@kl/shared/contracts';
import { STAFFING_TEXT } from '@kl/shared/util';
import { isSuppressed, percentValue, publishedText } from '@kl/web/national/data-access';
import { type ChartSeries, GroupedBarChart } from '@kl/web/shared/ui-charts';
import { sentenceCase } from '@kl/web/shared/util';

const GROUPS = [
  { key: 'roles.caseworker', name: 'Handläggare' },
  { key: 'roles.team_leader', name: 'Arbetsledare' },
  { key: 'total', name: 'Båda' },
] as const;

/**
 * The national staffing table (docs/national.md §10): turnover and consultants per role, leavers by
 * reason and vacancies. Takes the published table (values left out are `..`) or the analyst's
 * exact one (nothing left out).
 */
@Component({
  selector: 'kl-staffing-figures',
  imports: [GroupedBarChart],
  templateUrl: './staffing-figures.html',
  styleUrl: './public-round-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaffingFigures {
  readonly figures = input.required<PublishedStaffing>();
  /** The chosen filter as text, ending each caption. */
  readonly filterText = input.required<string>();
  /** The id of the note that explains `..`, for the tables' aria-describedby. */
  readonly noteId = input<string | null>(null);

  protected readonly text = publishedText;
  protected readonly hidden = isSuppressed;
  protected readonly groups = GROUPS;
  protected readonly reasons = STAFFING_LEAVING_REASONS;
  protected readonly difficulties = VACANCY_DIFFICULTIES;
  protected readonly words = STAFFING_TEXT;
  protected readonly sentence = sentenceCase;

  /** Turnover and consultant share per role; a role with either left out has no bars. */
  protected readonly rateBars = computed<ChartSeries[]>(() => {
    const roles = this.figures().roles;
    return [
      { name: 'Handläggare', figures: roles.caseworker },
      { name: 'Arbetsledare', figures: roles.team_leader },
    ]
      .filter(({ figures }) => figures.turnover !== null && figures.consultantShare !== null)
      .map(({ name, figures }) => ({
        name,
        series: [
          { name: 'Personalomsättning', value: percentValue(figures.turnover as string) },
          { name: 'Konsultandel av årsarbetarna', value: percentValue(figures.consultantShare as string) },
        ],
      }));
  });
}
