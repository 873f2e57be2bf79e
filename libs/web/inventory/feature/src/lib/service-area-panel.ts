import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import type { ServiceAreaHeadline, StaffRole } from '@kl/shared/contracts';
import { InventoryApi, LEVEL_COLUMNS, serviceAreaExportTable, serviceAreaRows } from '@kl/web/inventory/data-access';
import { ExportButtons } from '@kl/web/shared/ui';
import { errorText, toErrorBody } from '@kl/web/shared/util';

/**
 * The overview's headline per service area (one round per service area), side by side: shown when
 * the caller reaches staff of more than one area. Choosing a row opens that round's overview.
 */
@Component({
  selector: 'kl-service-area-panel',
  imports: [ExportButtons],
  template: `
    @if (rows().length > 1) {
      <section aria-labelledby="service-areas-heading">
        <h2 id="service-areas-heading">Verksamhetsområden</h2>
        <p class="hint" id="service-areas-hint">
          Den senaste öppnade omgången i varje verksamhetsområde, med {{ staffRole() === 'caseworker' ? 'handläggarna' : 'arbetsledarna' }}.
          Andelarna gäller alla inriktningar tillsammans, viktade med årsarbetare.
        </p>
        <div class="scroll" tabindex="0" role="region" aria-labelledby="service-areas-heading" aria-describedby="service-areas-hint">
          <table>
            <thead>
              <tr>
                <th scope="col">Verksamhetsområde</th>
                <th scope="col">Omgång och ramverk</th>
                <th scope="col">Täckning</th>
                @for (column of levelColumns; track column.level) {
                  <th scope="col" class="number">{{ column.heading }}</th>
                }
                <th scope="col">Störst andel saknar tillräcklig</th>
                <th scope="col"><span class="visually-hidden">Översikt</span></th>
              </tr>
            </thead>
            <tbody>
              @for (row of rows(); track row.roundId) {
                <tr>
                  <th scope="row">{{ row.serviceArea }}</th>
                  <td>{{ row.roundName }} <br /><span class="hint">{{ row.framework }}</span></td>
                  <td>{{ row.coverage }}</td>
                  @for (share of row.shares; track $index) {
                    <td class="number">{{ share }}</td>
                  }
                  <td>{{ row.weakestTopic }}</td>
                  <td>
                    @if (row.roundId === roundId()) {
                      Visas nedan
                    } @else {
                      <button type="button" (click)="chosen.emit(row.roundId)" [attr.aria-label]="'Visa översikten för ' + row.serviceArea">
                        Visa
                      </button>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        <kl-export-buttons subject="verksamhetsområden" [fileName]="['verksamhetsomraden']" [table]="exportTable" />
      </section>
    } @else if (error(); as message) {
      <p class="hint" role="status">Verksamhetsområdena kunde inte visas: {{ message }}</p>
    }
  `,
  styleUrl: './dashboard-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ServiceAreaPanel {
  private readonly api = inject(InventoryApi);

  readonly unitId = input('');
  readonly staffRole = input<StaffRole>('caseworker');
  /** The round the page shows. */
  readonly roundId = input<string | null>(null);
  readonly chosen = output<string>();

  protected readonly levelColumns = LEVEL_COLUMNS;
  private readonly headlines = signal<ServiceAreaHeadline[]>([]);
  protected readonly rows = signal<ReturnType<typeof serviceAreaRows>>([]);
  protected readonly error = signal<string | null>(null);
  protected readonly exportTable = () => serviceAreaExportTable(this.headlines());
  /** Counts the loads, so that an answer overtaken by a newer choice is dropped. */
  private loads = 0;

  constructor() {
    effect(() => void this.load(this.unitId(), this.staffRole()));
  }

  private async load(unitId: string, staffRole: StaffRole): Promise<void> {
    const load = ++this.loads;
    try {
      const overview = await this.api.serviceAreas({ unitId: unitId || undefined, staffRole });
      if (load !== this.loads) return;
      this.headlines.set(overview.serviceAreas);
      this.rows.set(serviceAreaRows(overview.serviceAreas));
      this.error.set(null);
    } catch (error) {
      if (load !== this.loads) return;
      this.rows.set([]);
      this.error.set(errorText(toErrorBody(error).code));
    }
  }
}
