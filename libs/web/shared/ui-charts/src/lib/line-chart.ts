import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type Color, LineChartModule, ScaleType } from '@swimlane/ngx-charts';
import type { ChartSeries } from './level-series';

/** Line colours; each has ≥ 3:1 contrast against white (WCAG 1.4.11). */
export const LINE_COLOURS = ['#b3261e', '#1d4e5f', '#6b4c9a', '#8a5300', '#2e6b30', '#a0306e', '#35537f', '#5c5c5c'];

const PLOT_HEIGHT_PX = 320;

/**
 * Lines of percentages (0–100) over an ordered x axis (rounds), one line per series. Presentational
 * only: colour tells the lines apart, so the legend names each line with its last value and the
 * page always offers the same figures as a table beside it.
 */
@Component({
  selector: 'kl-line-chart',
  imports: [LineChartModule],
  template: `
    <figure class="chart">
      <div class="plot" role="img" [attr.aria-label]="summary()" [style.height.px]="series().length ? plotHeight : 0">
        @if (series().length) {
          <ngx-charts-line-chart
            [results]="series()"
            [scheme]="scheme"
            [xAxis]="true"
            [yAxis]="true"
            [legend]="false"
            [showXAxisLabel]="true"
            [showYAxisLabel]="true"
            [xAxisLabel]="xAxisLabel()"
            [yAxisLabel]="yAxisLabel()"
            [yScaleMin]="0"
            [yAxisTickFormatting]="percentTick"
            [animations]="false"
            [autoScale]="false"
          />
        }
      </div>
      @if (series().length === 0) {
        <p>Det finns inga värden att visa.</p>
      } @else {
        <ul class="legend" aria-label="Förklaring">
          @for (entry of legend(); track entry.name) {
            <li><span class="swatch" aria-hidden="true" [style.background]="entry.colour"></span>{{ entry.name }}: {{ entry.last }}</li>
          }
        </ul>
      }
      <figcaption class="caption">Samma värden finns i tabellen.</figcaption>
    </figure>
  `,
  styleUrl: './chart-frame.css',
  styles: `
    .swatch {
      width: 1.2rem;
      height: 0.3rem;
      vertical-align: 0.2rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LineChart {
  readonly series = input.required<ChartSeries[]>();
  readonly xAxisLabel = input('');
  readonly yAxisLabel = input('');

  protected readonly plotHeight = PLOT_HEIGHT_PX;
  protected readonly scheme: Color = {
    name: 'lines',
    selectable: false,
    group: ScaleType.Ordinal,
    domain: LINE_COLOURS,
  };
  protected readonly legend = computed(() =>
    this.series().map((line, i) => ({
      name: line.name,
      colour: LINE_COLOURS[i % LINE_COLOURS.length],
      last: line.series.length ? percentText(line.series[line.series.length - 1].value) : '–',
    })),
  );
  protected readonly summary = computed(() => {
    const rounds = this.series()[0]?.series.map((p) => p.name) ?? [];
    return `Linjediagram med ${this.series().length} linjer över ${rounds.join(', ')}: ${this.series()
      .map((line) => `${line.name} ${line.series.map((p) => percentText(p.value)).join(', ')}`)
      .join('; ')}.`;
  });
  protected readonly percentTick = (value: number): string => `${value} %`;
}

function percentText(value: number): string {
  return `${value.toLocaleString('sv-SE', { maximumFractionDigits: 1 })} %`;
}
