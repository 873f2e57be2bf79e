import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { FileRowError } from '@kl/shared/contracts';
import { fileErrorText } from '@kl/web/national/data-access';

/** Every wrong row of a file, so it can be fixed in one go. */
@Component({
  selector: 'kl-file-errors',
  template: `
    <div class="field-error" role="alert">
      <p>Filen har {{ errors().length }} fel. Inget har sparats; rätta raderna och försök igen.</p>
      <ul>
        @for (text of texts(); track $index) {
          <li>{{ text }}</li>
        }
      </ul>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FileErrors {
  readonly errors = input.required<FileRowError[]>();
  protected readonly texts = computed(() => this.errors().map(fileErrorText));
}
