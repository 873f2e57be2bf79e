import { ChangeDetectionStrategy, Component, computed, Directive, inject, input } from '@angular/core';

/**
 * One form field: its label (with an optional part for screen readers only, "mål 2"), a hint, the
 * error at the field, and a required mark. The control is projected and marked `klFieldControl`,
 * which gives it the field's id, `aria-describedby` (hint, then error), `aria-invalid` and
 * `aria-required`, so the wiring is written once (STYLE §18). Styles are the global `.field`,
 * `.hint` and `.field-error` of the app's forms.
 */
@Component({
  selector: 'kl-field',
  host: { class: 'field' },
  template: `
    <label [for]="fieldId()"
      >{{ label() }}@if (labelDetail(); as detail) {<span class="visually-hidden">{{ detail }}</span>}@if (required()) {<span class="required-mark" aria-hidden="true"> *</span>}</label
    >
    @if (hint(); as text) {
      <p class="hint" [id]="fieldId() + '-hint'">{{ text }}</p>
    }
    <ng-content />
    @if (error(); as text) {
      <p class="field-error" [id]="fieldId() + '-error'">{{ text }}</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormField {
  /** The control's id: the label's `for`, and the stem of the hint's and error's ids. */
  readonly fieldId = input.required<string>();
  readonly label = input.required<string>();
  /** Read after the label by screen readers only (", mål 2" where rows repeat a label). */
  readonly labelDetail = input<string | null>(null);
  readonly hint = input<string | null>(null);
  readonly error = input<string | null>(null);
  readonly required = input(false);

  readonly describedBy = computed(
    () =>
      [this.hint() ? `${this.fieldId()}-hint` : '', this.error() ? `${this.fieldId()}-error` : '']
        .filter(Boolean)
        .join(' ') || null,
  );
}

/** Marks the `input`, `select` or `textarea` inside a {@link FormField}. */
@Directive({
  selector: '[klFieldControl]',
  host: {
    '[id]': 'field.fieldId()',
    '[attr.aria-describedby]': 'field.describedBy()',
    '[attr.aria-invalid]': 'field.error() ? true : null',
    '[attr.aria-required]': 'field.required() ? true : null',
  },
})
export class FieldControl {
  protected readonly field = inject(FormField);
}
