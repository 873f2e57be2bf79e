import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { COURSE_TYPES, type PublishedTraining, TRAINING_BANDS, TRAINING_DEGREES } from '@kl/shared/contracts';
import { TRAINING_TEXT } from '@kl/shared/util';
import { isSuppressed, publishedText } from '@kl/web/national/data-access';
import { type ChartSeries, GroupedBarChart } from '@kl/web/shared/ui-charts';
import { sentenceCase } from '@kl/web/shared/util';

/**
 * The national training table (the final report's section on training carried out) as four
 * tables and a chart: activities by type, participants by degree × experience band, the most
 * trained topics, introduction programmes and statsbidrag. Takes the published table (values left
 * out are `..`) or the analyst's exact one (nothing left out).
 */
@Component({
  selector: 'kl-training-figures',
  imports: [GroupedBarChart],
  templateUrl: './training-figures.html',
  styleUrl: './public-round-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrainingFigures {
  readonly figures = input.required<PublishedTraining>();
  readonly topicNames = input.required<ReadonlyMap<string, string>>();
  /** The chosen filter as text, ending each caption. */
  readonly filterText = input.required<string>();
  /** The id of the note that explains `..`, for the tables' aria-describedby. */
  readonly noteId = input<string | null>(null);

  protected readonly text = publishedText;
  protected readonly hidden = isSuppressed;
  protected readonly labels = TRAINING_TEXT;
  protected readonly sentence = sentenceCase;
  protected readonly types = COURSE_TYPES;
  protected readonly degrees = TRAINING_DEGREES;
  protected readonly bands = TRAINING_BANDS;

  protected readonly topics = computed(() => this.figures().topics.map((row) => ({ ...row, suppressed: row.suppressed ?? [] })));
  /** Participants per band, a bar per degree; no chart while any of the six is left out. */
  protected readonly degreeBars = computed<ChartSeries[]>(() => {
    const groups = this.figures().participants.byDegreeAndBand;
    if (TRAINING_DEGREES.some((d) => TRAINING_BANDS.some((b) => groups[d][b] === null))) return [];
    return TRAINING_BANDS.map((band) => ({
      name: `Erfarenhet ${TRAINING_TEXT.bands[band]}`,
      series: TRAINING_DEGREES.map((degree) => ({ name: sentenceCase(TRAINING_TEXT.degrees[degree]), value: groups[degree][band] ?? 0 })),
    }));
  });
}
