import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { BarChartModule, type Color, ScaleType } from '@swimlane/ngx-charts';
import type { ChartSeries } from './level-series';

/** Bar colours in the order of the bars in a group; each has ≥ 3:1 contrast against white (WCAG 1.4.11). */
export const GROUPED_COLOURS = ['#b3261e', '#1d4e5f', '#8a5300', '#2e6b30', '#6b4c9a'];

const BAR_HEIGHT_PX = 16;
const GROUP_GAP_PX = 18;
/** Room for the x axis, its label and margins (the legend is outside the plot). */
const FRAME_HEIGHT_PX = 90;

/**
 * Horizontal grouped bars of amounts (FTE, kronor), one group per item with the same bars in the
 * same order. Presentational only: colour is never the only cue, since every bar carries its value,
 * the legend names the bars in their order from the top, and the page offers the same figures as a
 * table beside it (the plot is one image to a screen reader).
 */
@Component({
  selector: 'kl-grouped-bar-chart',
  imports: [BarChartModule],
  template: `
    <figure class="chart">
      <div class="plot" role="img" [attr.aria-label]="summary()" [style.height.px]="height()">
        @if (series().length) {
          <ngx-charts-bar-horizontal-2d
            [results]="series()"
            [scheme]="scheme"
            [xAxis]="true"
            [yAxis]="true"
            [legend]="false"
            [showXAxisLabel]="true"
            [xAxisLabel]="xAxisLabel()"
            [xAxisTickFormatting]="tick"
            [showDataLabel]="true"
            [dataLabelFormatting]="tick"
            [animations]="false"
            [groupPadding]="6"
            [barPadding]="2"
            [noBarWhenZero]="false"
            [roundEdges]="false"
            [trimYAxisTicks]="true"
            [maxYAxisTickLength]="28"
          />
        }
      </div>
      @if (series().length === 0) {
        <p>{{ emptyText() }}</p>
      } @else {
        <ul class="legend" aria-label="Förklaring, staplarna uppifrån i varje grupp">
          @for (entry of legend(); track entry.name) {
            <li>
              <span class="swatch" aria-hidden="true" [style.background]="entry.colour"></span
              >{{ entry.order }}. {{ entry.name }}
            </li>
          }
        </ul>
      }
      <figcaption class="caption">
        Varje stapel visar sitt värde. Samma värden finns i tabellen.
      </figcaption>
    </figure>
  `,
  styleUrl: './chart-frame.css',
  styles: `
    .swatch {
      width: 0.9rem;
      height: 0.9rem;
      vertical-align: -0.1rem;
      border-radius: 2px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GroupedBarChart {
  readonly series = input.required<ChartSeries[]>();
  readonly xAxisLabel = input('');
  /** Written after each value, with its space: ' åa', ' kr'. */
  readonly unit = input('');
  readonly emptyText = input('Det finns inga värden att visa.');

  protected readonly scheme: Color = {
    name: 'grouped',
    selectable: false,
    group: ScaleType.Ordinal,
    domain: GROUPED_COLOURS,
  };
  /** Every bar name in first-seen order, which is the order ngx-charts gives the bars and colours. */
  protected readonly legend = computed(() =>
    [...new Set(this.series().flatMap((group) => group.series.map((bar) => bar.name)))].map(
      (name, i) => ({ order: i + 1, name, colour: GROUPED_COLOURS[i % GROUPED_COLOURS.length] }),
    ),
  );
  protected readonly height = computed(() => {
    const groups = this.series().length;
    const bars = this.legend().length;
    return groups ? FRAME_HEIGHT_PX + groups * (bars * BAR_HEIGHT_PX + GROUP_GAP_PX) : 0;
  });
  protected readonly summary = computed(
    () =>
      `Grupperat stapeldiagram med ${this.series().length} grupper: ${this.series()
        .map(
          (group) =>
            `${group.name}: ${group.series.map((p) => `${p.name} ${this.tick(p.value)}`).join(', ')}`,
        )
        .join('; ')}.`,
  );
  protected readonly tick = (value: number): string =>
    `${value.toLocaleString('sv-SE', { maximumFractionDigits: 2 })}${this.unit()}`;
}
