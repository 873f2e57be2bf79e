import { ChangeDetectionStrategy, Component, computed, input, linkedSignal, output } from '@angular/core';
import { CROSSWALK_KINDS, type CrosswalkEntry, type CompetenceFrameworkDetail } from '@kl/shared/contracts';
import {
  CROSSWALK_KIND_LABELS,
  type CrosswalkDraftRow,
  toCrosswalkDraft,
  toCrosswalkEntries,
  topicCodes,
} from '@kl/web/competence/data-access';

type Column = keyof CrosswalkDraftRow;

/**
 * The crosswalk of a new national version as an editable table: each row maps a topic of this
 * version to one of the previous version, with the kind of change. Saving replaces the whole table.
 */
@Component({
  selector: 'kl-crosswalk-editor',
  template: `
    <table>
      <caption class="visually-hidden">Redigera kopplingen till förra versionen</caption>
      <thead>
        <tr>
          <th scope="col">Rad</th>
          <th scope="col">Inriktning i den här versionen</th>
          <th scope="col">Inriktning i förra versionen</th>
          <th scope="col">Förändring</th>
          <th scope="col"><span class="visually-hidden">Åtgärd</span></th>
        </tr>
      </thead>
      <tbody>
        @for (row of rows(); track $index; let i = $index) {
          <tr>
            <th scope="row">{{ i + 1 }}</th>
            <td>
              <select [attr.aria-label]="'Rad ' + (i + 1) + ': inriktning i den här versionen'" (change)="set(i, 'topicCode', $event)">
                <option value="" [selected]="row.topicCode === ''">– ingen –</option>
                @for (code of codes(); track code) {
                  <option [value]="code" [selected]="row.topicCode === code">{{ code }}</option>
                }
              </select>
            </td>
            <td>
              <select [attr.aria-label]="'Rad ' + (i + 1) + ': inriktning i förra versionen'" (change)="set(i, 'previousTopicCode', $event)">
                <option value="" [selected]="row.previousTopicCode === ''">– ingen –</option>
                @for (code of previousCodes(); track code) {
                  <option [value]="code" [selected]="row.previousTopicCode === code">{{ code }}</option>
                }
              </select>
            </td>
            <td>
              <select [attr.aria-label]="'Rad ' + (i + 1) + ': förändring'" (change)="set(i, 'kind', $event)">
                @for (kind of kinds; track kind.value) {
                  <option [value]="kind.value" [selected]="row.kind === kind.value">{{ kind.label }}</option>
                }
              </select>
            </td>
            <td>
              <button type="button" class="button-link" (click)="remove(i)">Ta bort<span class="visually-hidden"> rad {{ i + 1 }}</span></button>
            </td>
          </tr>
        }
      </tbody>
    </table>
    <div class="actions">
      <button type="button" class="button-secondary" (click)="add()">Lägg till rad</button>
      <button type="button" class="button-primary" [disabled]="busy()" (click)="save.emit(entries())">Spara kopplingen</button>
    </div>
  `,
  styleUrl: './competence.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CrosswalkEditor {
  readonly framework = input.required<CompetenceFrameworkDetail>();
  readonly previousCodes = input.required<string[]>();
  readonly busy = input(false);
  readonly save = output<CrosswalkEntry[]>();

  protected readonly kinds = CROSSWALK_KINDS.map((value) => ({ value, label: CROSSWALK_KIND_LABELS[value] }));
  protected readonly codes = computed(() => topicCodes(this.framework()));
  /** Starts from the saved crosswalk each time the framework changes (after a save or a reload). */
  protected readonly rows = linkedSignal(() => toCrosswalkDraft(this.framework().crosswalk));
  protected readonly entries = computed(() => toCrosswalkEntries(this.rows()));

  protected set(index: number, column: Column, event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.rows.update((rows) => rows.map((row, i) => (i === index ? { ...row, [column]: value } : row)));
  }

  protected add(): void {
    this.rows.update((rows) => [...rows, { topicCode: '', previousTopicCode: '', kind: 'removed' }]);
  }

  protected remove(index: number): void {
    this.rows.update((rows) => rows.filter((_, i) => i !== index));
  }
}
