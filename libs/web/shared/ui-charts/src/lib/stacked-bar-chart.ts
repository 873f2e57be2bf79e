import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { BarChartModule, type Color, ScaleType } from '@swimlane/ngx-charts';
import { type ChartSeries, LEVEL_COLOURS } from './level-series';

const BAR_HEIGHT_PX = 34;
/** Room for the x axis, its label and margins (the legend is outside the plot). */
const FRAME_HEIGHT_PX = 90;

/**
 * Horizontal stacked bars of percentages (0–100), one bar per series. Presentational only: the page
 * maps its aggregates with a tested function and always offers the same figures as a table, since
 * the chart itself cannot be read by a screen reader or operated by keyboard.
 */
@Component({
  selector: 'kl-stacked-bar-chart',
  imports: [BarChartModule],
  template: `
    <figure class="chart">
      <div class="plot" role="img" [attr.aria-label]="summary()" [style.height.px]="height()">
        @if (series().length) {
          <ngx-charts-bar-horizontal-stacked
            [results]="series()"
            [scheme]="scheme"
            [xAxis]="true"
            [yAxis]="true"
            [legend]="false"
            [showXAxisLabel]="true"
            [xAxisLabel]="xAxisLabel()"
            [xScaleMax]="100"
            [xAxisTickFormatting]="percentTick"
            [animations]="false"
            [barPadding]="10"
            [trimYAxisTicks]="true"
            [maxYAxisTickLength]="28"
          />
        }
      </div>
      @if (series().length === 0) {
        <p>Ingen är bedömd ännu, så det finns inget att visa.</p>
      } @else {
        <ul class="legend" aria-label="Förklaring">
          @for (entry of legend(); track entry.name) {
            <li><span class="swatch" aria-hidden="true" [style.background]="entry.colour"></span>{{ entry.name }}</li>
          }
        </ul>
      }
      <figcaption class="caption">Samma värden finns i tabellvyn.</figcaption>
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
export class StackedBarChart {
  readonly series = input.required<ChartSeries[]>();
  readonly xAxisLabel = input('');

  protected readonly scheme: Color = {
    name: 'levels',
    selectable: false,
    group: ScaleType.Ordinal,
    domain: LEVEL_COLOURS,
  };
  /**
   * The legend, written by us below the plot rather than by ngx-charts inside it: ngx-charts draws
   * its legend in light grey and outside the height it is given, and ours can be read by a screen
   * reader (the plot itself is one image).
   */
  protected readonly legend = computed(() =>
    (this.series()[0]?.series ?? []).map((segment, i) => ({
      name: segment.name,
      colour: LEVEL_COLOURS[i % LEVEL_COLOURS.length],
    })),
  );
  protected readonly height = computed(() =>
    this.series().length ? FRAME_HEIGHT_PX + BAR_HEIGHT_PX * this.series().length : 0,
  );
  protected readonly summary = computed(
    () =>
      `Staplat stapeldiagram med ${this.series().length} staplar: ${this.series()
        .map((bar) => bar.name)
        .join(', ')}.`,
  );
  protected readonly percentTick = (value: number): string => `${value} %`;
}
