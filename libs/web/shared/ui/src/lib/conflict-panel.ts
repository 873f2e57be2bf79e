import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, input, output, viewChild } from '@angular/core';

/** One thing that differs: what the other person saved, and what this user tried to save. */
export interface ConflictRow {
  label: string;
  theirs: string;
  mine: string;
}

/**
 * Shown when a save met a newer version (409 STALE_VERSION): the other person's values beside this
 * user's, and the choice between keeping theirs and overwriting with mine. Focus moves to its
 * heading so the choice is announced. The texts name what was changed (uppgifterna, målnivåerna).
 */
@Component({
  selector: 'kl-conflict-panel',
  template: `
    <section class="panel" role="region" [attr.aria-labelledby]="headingId()">
      <h2 [id]="headingId()" tabindex="-1" #headingElement>{{ heading() }}</h2>
      <p>{{ intro() }}</p>
      @if (rows().length) {
        <table>
          <caption class="visually-hidden">{{ caption() }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ itemHeading() }}</th>
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
        <p>{{ sameText() }}</p>
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
  readonly headingId = input('conflict-heading');
  readonly heading = input('Någon annan har ändrat uppgifterna');
  readonly intro = input('Medan du arbetade sparade någon annan en ny version. Jämför och välj vad som ska gälla.');
  readonly caption = input('Skillnader mellan den sparade versionen och dina ändringar');
  readonly itemHeading = input('Uppgift');
  readonly sameText = input('Den andra ändringen gäller samma värden som dina.');
  readonly keepTheirs = output<void>();
  readonly overwrite = output<void>();
  private readonly headingElement = viewChild.required<ElementRef<HTMLElement>>('headingElement');

  constructor() {
    afterNextRender(() => this.headingElement().nativeElement.focus());
  }
}
