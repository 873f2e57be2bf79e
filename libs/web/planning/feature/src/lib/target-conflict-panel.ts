import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  input,
  output,
  viewChild,
} from '@angular/core';
import type { TargetConflictRow } from '@kl/web/planning/data-access';

/**
 * Shown when a save met a newer version of the set (409 STALE_VERSION): the other person's
 * settings beside this user's, and the choice between them. Focus moves to its heading so the
 * choice is announced.
 */
@Component({
  selector: 'kl-target-conflict-panel',
  template: `
    <section class="panel" role="region" aria-labelledby="target-conflict-heading">
      <h2 id="target-conflict-heading" tabindex="-1" #heading>
        Någon annan har ändrat målnivåerna
      </h2>
      <p>
        Medan du arbetade sparade någon annan nya målnivåer för samma val. Jämför och välj vad som
        ska gälla.
      </p>
      @if (rows().length) {
        <table>
          <caption class="visually-hidden">
            Skillnader mellan de sparade målnivåerna och dina ändringar
          </caption>
          <thead>
            <tr>
              <th scope="col">Inriktning</th>
              <th scope="col">Sparat av någon annan</th>
              <th scope="col">Dina ändringar</th>
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.label) {
              <tr>
                <th scope="row">{{ row.label }}</th>
                <td>{{ row.theirs }}</td>
                <td>{{ row.mine }}</td>
              </tr>
            }
          </tbody>
        </table>
      } @else {
        <p>Den andra ändringen gäller samma målnivåer som dina.</p>
      }
      <div class="actions">
        <button type="button" class="button-secondary" (click)="keepTheirs.emit()">
          Behåll deras version
        </button>
        <button type="button" class="button-primary" (click)="overwrite.emit()">
          Skriv över med mina ändringar
        </button>
      </div>
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TargetConflictPanel {
  readonly rows = input.required<TargetConflictRow[]>();
  readonly keepTheirs = output<void>();
  readonly overwrite = output<void>();
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  constructor() {
    afterNextRender(() => this.heading().nativeElement.focus());
  }
}
