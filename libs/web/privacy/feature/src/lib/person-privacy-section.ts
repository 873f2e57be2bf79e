import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { canBeErased, type ErasablePerson, personExportUrl } from '@kl/web/privacy/data-access';
import { ErasePersonDialog } from './erase-person-dialog';

/** "Personuppgifter (GDPR)" on a staff member's page: the export in two forms, and erasure once the person has left. */
@Component({
  selector: 'kl-person-privacy',
  imports: [ErasePersonDialog],
  template: `
    <section aria-labelledby="privacy-heading" class="panel">
      <h2 id="privacy-heading">Personuppgifter (GDPR)</h2>
      <p>Allt som finns om personen i Kompetensläget, till exempel för ett registerutdrag. Hämtningen loggas i läsloggen.</p>
      <ul class="downloads">
        <li><a [href]="readableUrl()" download>Ladda ner registerutdrag, läsbart (HTML)</a></li>
        <li><a [href]="machineUrl()" download>Ladda ner registerutdrag, maskinläsbart (JSON)</a></li>
      </ul>
      @if (erasable()) {
        <kl-erase-person-dialog [person]="person()" (erased)="erased.emit($event)" />
      } @else if (person().employmentEnd; as end) {
        <p>Personuppgifterna kan raderas efter sista anställningsdagen, {{ end }}.</p>
      } @else {
        <p>Personuppgifterna kan raderas när anställningen har avslutats.</p>
      }
    </section>
  `,
  styleUrl: './privacy.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonPrivacySection {
  readonly person = input.required<ErasablePerson>();
  readonly erased = output<ErasablePerson>();

  protected readonly erasable = computed(() => canBeErased(this.person()));
  protected readonly readableUrl = computed(() => personExportUrl(this.person().id, 'html'));
  protected readonly machineUrl = computed(() => personExportUrl(this.person().id, 'json'));
}
