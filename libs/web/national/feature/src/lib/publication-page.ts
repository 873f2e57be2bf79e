import { ChangeDetectionStrategy, Component, computed, inject, input, type OnInit, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  NATIONAL_TABLES,
  type NationalPublication,
  type NationalRound,
  type NationalTableFilters,
  type NationalTableName,
  PUBLICATION_NOTE_MAX_LENGTH,
  type PublicationPreview,
  type PublicationReason,
  type SubmissionStatus,
} from '@kl/shared/contracts';
import { nationalFilterText, PUBLISHED_TABLE_TITLES, suppressionText, swedishDate } from '@kl/shared/util';
import { NationalApi } from '@kl/web/national/data-access';
import { errorText, fieldErrorText, toErrorBody } from '@kl/web/shared/util';

/** How many suppressed values the list shows at once (a round has thousands over all filters). */
const LIST_LIMIT = 100;

const REASON_TEXT: Record<PublicationReason, string> = {
  primary: 'Vilar på för få kommuner eller personer',
  complementary: 'Döljs för att skydda ett annat värde',
  derived: 'Räknas fram ur ett dolt värde',
};

/**
 * /nationellt/:code/publicering: the national analyst previews what disclosure control will leave
 * out of a closed round, and why, then publishes it; the publication is kept unchanged, and a
 * correction is a new publication that says what changed.
 */
@Component({
  selector: 'kl-publication-page',
  imports: [RouterLink],
  templateUrl: './publication-page.html',
  styleUrl: './national-round-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicationPage implements OnInit {
  private readonly api = inject(NationalApi);
  readonly code = input.required<string>();

  protected readonly round = signal<NationalRound | null>(null);
  protected readonly status = signal<SubmissionStatus | null>(null);
  protected readonly publications = signal<NationalPublication[]>([]);
  protected readonly preview = signal<PublicationPreview | null>(null);
  protected readonly busy = signal<'preview' | 'publish' | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly noteError = signal<string | null>(null);
  protected readonly published = signal<NationalPublication | null>(null);
  protected readonly listFilter = signal('all');
  protected readonly listTable = signal<NationalTableName | ''>('');
  protected readonly date = swedishDate;
  protected readonly titles = PUBLISHED_TABLE_TITLES;
  protected readonly reasons = REASON_TEXT;
  protected readonly tables = NATIONAL_TABLES;
  protected readonly noteMax = PUBLICATION_NOTE_MAX_LENGTH;

  protected readonly isCorrection = computed(() => this.publications().length > 0);
  protected readonly policyText = computed(() => {
    const preview = this.preview();
    return preview ? suppressionText(preview.policy) : '';
  });
  protected readonly filterKeys = computed(() => Object.keys(this.preview()?.tables ?? {}));
  protected readonly listed = computed(() => {
    const table = this.listTable();
    return (this.preview()?.suppressed ?? []).filter((v) => v.filter === this.listFilter() && (!table || v.table === table));
  });
  protected readonly shownValues = computed(() => this.listed().slice(0, LIST_LIMIT));

  async ngOnInit(): Promise<void> {
    try {
      const code = this.code();
      const [round, status, publications] = await Promise.all([this.api.round(code), this.api.status(code), this.api.publications(code)]);
      this.round.set(round);
      this.status.set(status);
      this.publications.set(publications);
    } catch (e) {
      this.error.set(errorText(toErrorBody(e).code));
    }
  }

  /** A preview's filter key (`all`, `kommungrupp=3`, `lan=12`, `cohort=2014`) in words. */
  protected filterText(key: string): string {
    const [name, value] = key.split('=');
    const filters: NationalTableFilters = key === 'all' ? {} : { [name]: value };
    const status = this.status();
    return nationalFilterText(filters, { kommungrupp: status?.byGroup ?? [], lan: status?.byCounty ?? [] });
  }

  protected async loadPreview(): Promise<void> {
    this.busy.set('preview');
    this.error.set(null);
    try {
      this.preview.set(await this.api.publicationPreview(this.code()));
    } catch (e) {
      this.error.set(errorText(toErrorBody(e).code));
    } finally {
      this.busy.set(null);
    }
  }

  protected chooseFilter(event: Event): void {
    this.listFilter.set((event.target as HTMLSelectElement).value);
  }

  protected chooseTable(event: Event): void {
    this.listTable.set((event.target as HTMLSelectElement).value as NationalTableName | '');
  }

  protected async publish(note: string): Promise<void> {
    this.busy.set('publish');
    this.error.set(null);
    this.noteError.set(null);
    try {
      const publication = await this.api.publish(this.code(), note.trim() || null);
      this.published.set(publication);
      this.publications.set([publication, ...this.publications()]);
      this.preview.set(null);
    } catch (e) {
      const body = toErrorBody(e);
      if (body.errors?.['note']) this.noteError.set(fieldErrorText(body.errors['note']));
      else this.error.set(errorText(body.code));
    } finally {
      this.busy.set(null);
    }
  }

  protected total(publication: NationalPublication): number {
    return publication.counts.reduce((sum, c) => sum + c.primary + c.complementary + c.derived, 0);
  }
}
