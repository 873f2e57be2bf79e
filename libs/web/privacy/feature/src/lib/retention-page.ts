import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import type { ErasureCandidates, PurgeableRound } from '@kl/shared/contracts';
import { formatDate } from '@kl/web/organisation/data-access';
import { type ErasablePerson, PrivacyApi } from '@kl/web/privacy/data-access';
import { errorText, toErrorBody } from '@kl/web/shared/util';
import { ErasePersonDialog } from './erase-person-dialog';
import { PurgeRoundDialog } from './purge-round-dialog';

/** /gallring: people who left long enough ago to be erased, and closed rounds old enough to be purged. */
@Component({
  selector: 'kl-retention-page',
  imports: [ErasePersonDialog, PurgeRoundDialog],
  templateUrl: './retention-page.html',
  styleUrl: './privacy.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RetentionPage {
  private readonly api = inject(PrivacyApi);
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  protected readonly data = signal<ErasureCandidates | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly status = signal('');
  protected readonly formatDate = formatDate;

  constructor() {
    void this.load();
  }

  protected async erased(person: ErasablePerson): Promise<void> {
    this.status.set(`Personuppgifterna för ${person.firstName} ${person.lastName} är raderade.`);
    await this.afterChange();
  }

  protected async purged(round: PurgeableRound): Promise<void> {
    this.status.set(`${round.name} är gallrad. Omgångens siffror är kvar.`);
    await this.afterChange();
  }

  /** The row that had the focus is gone: the heading takes it, and the lists are read again. */
  private async afterChange(): Promise<void> {
    this.heading().nativeElement.focus();
    await this.load();
  }

  private async load(): Promise<void> {
    try {
      this.data.set(await this.api.retention());
      this.error.set(null);
    } catch (error) {
      this.error.set(errorText(toErrorBody(error).code));
    }
  }
}
