import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { BarChartModule, type Color, LegendPosition, ScaleType } from '@swimlane/ngx-charts';
import { type ChartSeries, LEVEL_COLOURS } from './level-series';

const BAR_HEIGHT_PX = 34;
const FRAME_HEIGHT_PX = 150;

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
            [legend]="true"
            legendTitle="Nivå"
            [legendPosition]="legendBelow"
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
      }
      <figcaption class="caption">Samma värden finns i tabellvyn.</figcaption>
    </figure>
  `,
  styles: `
    .chart {
      margin: 0 0 1.5rem;
    }
    .plot {
      width: 100%;
      max-width: 60rem;
    }
    .caption {
      color: var(--kl-muted, #4a545e);
      font-size: 0.9375rem;
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
  protected readonly legendBelow = LegendPosition.Below;
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
