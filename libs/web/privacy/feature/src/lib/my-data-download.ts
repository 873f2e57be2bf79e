import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ownExportUrl } from '@kl/web/privacy/data-access';

/** "Ladda ner mina uppgifter": everything the system holds about the signed-in person (GDPR art. 15 and 20). */
@Component({
  selector: 'kl-my-data-download',
  template: `
    <section aria-labelledby="my-data-heading">
      <h2 id="my-data-heading">Ladda ner mina uppgifter</h2>
      <p>Allt Kompetensläget har om dig: uppgifter, bedömningar med historik, självskattningar, planer, kurser och vem som har läst dina uppgifter.</p>
      <ul class="downloads">
        <li><a [href]="readableUrl" download>Mina uppgifter, läsbart (HTML)</a></li>
        <li><a [href]="machineUrl" download>Mina uppgifter, maskinläsbart (JSON)</a></li>
      </ul>
    </section>
  `,
  styles: '.downloads { padding-left: 1.25rem; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyDataDownload {
  protected readonly readableUrl = ownExportUrl('html');
  protected readonly machineUrl = ownExportUrl('json');
}
