import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import type { StaffRole } from '@kl/shared/contracts';

/**
 * Caseworkers or team leaders: the two groups of a round's population are never pooled (DESIGN.md
 * §3), so the matrix and the overview show one at a time.
 */
@Component({
  selector: 'kl-staff-group-switch',
  template: `
    <fieldset class="group-switch">
      <legend>Visa</legend>
      @for (option of options; track option.value) {
        <label>
          <input
            type="radio"
            [name]="name()"
            [value]="option.value"
            [checked]="value() === option.value"
            (change)="changed.emit(option.value)"
          />
          {{ option.label }}
        </label>
      }
    </fieldset>
  `,
  styles: `
    .group-switch {
      border: 0;
      padding: 0;
      margin: 0;
      display: flex;
      gap: 1rem;
      align-items: center;
      flex-wrap: wrap;
    }
    .group-switch legend {
      float: left;
      margin-right: 0.5rem;
      font-weight: 600;
    }
    .group-switch label {
      display: inline-flex;
      gap: 0.35rem;
      align-items: center;
      min-height: 44px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaffGroupSwitch {
  readonly value = input.required<StaffRole>();
  /** The radio group's name, unique on the page. */
  readonly name = input('staff-group');
  readonly changed = output<StaffRole>();
  protected readonly options: { value: StaffRole; label: string }[] = [
    { value: 'caseworker', label: 'Handläggare' },
    { value: 'team_leader', label: 'Arbetsledare' },
  ];
}
