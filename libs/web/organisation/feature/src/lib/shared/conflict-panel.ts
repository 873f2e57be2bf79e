import { ChangeDetectionStrategy, Component, ElementRef, input, output, viewChild, afterNextRender } from '@angular/core';

/** One field that differs: what the other person saved, and what this user tried to save. */
export interface ConflictRow {
  label: string;
  theirs: string;
  mine: string;
}

/**
 * Shown when a save met a newer version (409 STALE_VERSION): the other person's values beside this
 * user's, and the choice between keeping theirs and overwriting with mine. Focus moves to its
 * heading so the choice is announced.
 */
@Component({
  selector: 'kl-conflict-panel',
  template: `
    <section class="panel" role="region" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading" tabindex="-1" #heading>Någon annan har ändrat uppgifterna</h2>
      <p>Medan du arbetade sparade någon annan en ny version. Jämför och välj vad som ska gälla.</p>
      @if (rows().length) {
        <table>
          <caption class="visually-hidden">Skillnader mellan den sparade versionen och dina ändringar</caption>
          <thead>
            <tr>
              <th scope="col">Uppgift</th>
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
        <p>Den andra ändringen gäller samma värden som dina.</p>
      }
      <div class="actions">
        <button type="button" class="button-secondary" (click)="keepTheirs.emit()">Behåll deras version</button>
        <button type="button" class="button-primary" (click)="overwrite.emit()">Skriv över med mina ändringar</button>
      </div>
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConflictPanel {
  readonly rows = input.required<ConflictRow[]>();
  readonly keepTheirs = output<void>();
  readonly overwrite = output<void>();
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  constructor() {
    afterNextRender(() => this.heading().nativeElement.focus());
  }
}
