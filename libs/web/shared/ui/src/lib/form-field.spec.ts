import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FieldControl, FormField } from './form-field';

@Component({
  imports: [FormField, FieldControl],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <kl-field fieldId="goal-share-0" label="Andel" labelDetail=", mål 1" [hint]="hint()" [error]="error()" [required]="true">
      <input klFieldControl />
    </kl-field>
  `,
})
class Host {
  readonly hint = signal<string | null>('Procent av gruppen.');
  readonly error = signal<string | null>(null);
}

describe('FormField', () => {
  it('labels the control and describes it by its hint and error', () => {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    const root = fixture.nativeElement as HTMLElement;
    const control = root.querySelector('input') as HTMLInputElement;
    const label = root.querySelector('label') as HTMLLabelElement;
    expect(control.id).toBe('goal-share-0');
    expect(label.htmlFor).toBe('goal-share-0');
    expect(label.textContent).toBe('Andel, mål 1 *');
    expect(label.querySelector('.required-mark')?.getAttribute('aria-hidden')).toBe('true');
    expect(control.getAttribute('aria-required')).toBe('true');
    expect(control.getAttribute('aria-describedby')).toBe('goal-share-0-hint');
    expect(control.hasAttribute('aria-invalid')).toBe(false);

    fixture.componentInstance.error.set('Ange ett heltal från 1 till 100.');
    fixture.componentInstance.hint.set(null);
    fixture.detectChanges();
    expect(control.getAttribute('aria-describedby')).toBe('goal-share-0-error');
    expect(control.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('#goal-share-0-error')?.textContent).toBe('Ange ett heltal från 1 till 100.');
    expect(root.querySelector('.hint')).toBeNull();
    expect(root.querySelector('kl-field')?.classList.contains('field')).toBe(true);
  });
});
