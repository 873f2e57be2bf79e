import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  resource,
  signal,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import {
  AUDIT_ENTITY_TYPES,
  AUDIT_TRAIL_PAGE_SIZE_MAX,
  type AuditEntityType,
  type AuditTrailEntry,
  type AuditTrailQuery,
  type StaffMember,
} from '@kl/shared/contracts';
import { AuthStore } from '@kl/web/auth/data-access';
import {
  AUDIT_ENTITY_LABELS,
  auditTrailExportTable,
  auditTrailRow,
  AuditTrailApi,
} from '@kl/web/audit/data-access';
import { StaffApi, UsersApi } from '@kl/web/organisation/data-access';
import {
  downloadCsv,
  downloadXlsx,
  errorText,
  exportFileName,
  tableToCsv,
  toErrorBody,
} from '@kl/web/shared/util';

const PAGE_SIZE = 50;

/**
 * /granskningslogg: HR reads the kommun's audit trail, every change with who, when, before and
 * after, filtered by person, kind of record, who made it and period, and downloads it. A search
 * for a person is itself logged as a read of that person's data.
 */
@Component({
  selector: 'kl-audit-page',
  imports: [ReactiveFormsModule],
  templateUrl: './audit-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditPage {
  private readonly api = inject(AuditTrailApi);
  private readonly staffApi = inject(StaffApi);
  private readonly usersApi = inject(UsersApi);
  private readonly document = inject(DOCUMENT);
  private readonly auth = inject(AuthStore);
  private readonly form = inject(FormBuilder).nonNullable;

  protected readonly kinds = AUDIT_ENTITY_TYPES.map((value) => ({
    value,
    label: AUDIT_ENTITY_LABELS[value],
  }));
  protected readonly filters = this.form.group({
    entityType: this.form.control<AuditEntityType | ''>(''),
    actorUserId: this.form.control(''),
    from: this.form.control(''),
    to: this.form.control(''),
  });
  protected readonly personSearch = this.form.control('');
  protected readonly people = signal<StaffMember[] | null>(null);
  protected readonly person = signal<StaffMember | null>(null);
  /** The query applied: the filters as they were when "Visa" was pressed, and the page. */
  protected readonly query = signal<AuditTrailQuery>({ page: 1, pageSize: PAGE_SIZE });

  protected readonly users = resource({ loader: () => this.usersApi.list() });
  protected readonly trail = resource({
    params: () => this.query(),
    loader: ({ params }) => this.api.page(params),
  });
  protected readonly rows = computed(() =>
    (this.trail.hasValue() ? this.trail.value().items : []).map((entry) =>
      auditTrailRow(entry, this.auth.user()?.userId ?? null),
    ),
  );
  protected readonly total = computed(() => (this.trail.hasValue() ? this.trail.value().total : 0));
  protected readonly page = computed(() => this.query().page ?? 1);
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.total() / PAGE_SIZE)));
  protected readonly loadError = computed(() =>
    this.trail.error() ? errorText(toErrorBody(this.trail.error()).code) : null,
  );
  protected readonly exporting = signal(false);
  protected readonly exportError = signal<string | null>(null);

  protected async findPeople(): Promise<void> {
    const search = this.personSearch.value.trim();
    if (!search) return;
    const page = await this.staffApi.list({ search, status: 'all', pageSize: 20 });
    this.people.set(page.items);
  }

  protected choosePerson(id: string): void {
    this.person.set(this.people()?.find((p) => p.id === id) ?? null);
  }

  protected clearPerson(): void {
    this.person.set(null);
    this.people.set(null);
    this.personSearch.setValue('');
  }

  protected apply(): void {
    const f = this.filters.getRawValue();
    this.query.set({
      staffMemberId: this.person()?.id,
      entityType: f.entityType || undefined,
      actorUserId: f.actorUserId || undefined,
      from: f.from || undefined,
      to: f.to || undefined,
      page: 1,
      pageSize: PAGE_SIZE,
    });
  }

  protected goTo(page: number): void {
    this.query.update((q) => ({ ...q, page }));
  }

  protected selected(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }

  /** Every event that matches, page by page, as XLSX or CSV. */
  protected async download(format: 'xlsx' | 'csv'): Promise<void> {
    this.exporting.set(true);
    this.exportError.set(null);
    try {
      const entries: AuditTrailEntry[] = [];
      for (let page = 1; ; page++) {
        const result = await this.api.page({
          ...this.query(),
          page,
          pageSize: AUDIT_TRAIL_PAGE_SIZE_MAX,
        });
        entries.push(...result.items);
        if (entries.length >= result.total || result.items.length === 0) break;
      }
      const table = auditTrailExportTable(entries);
      const name = exportFileName(format, 'granskningslogg', new Date().toISOString().slice(0, 10));
      if (format === 'csv') downloadCsv(this.document, name, tableToCsv(table));
      else await downloadXlsx(this.document, name, table);
    } catch (error) {
      this.exportError.set(errorText(toErrorBody(error).code));
    } finally {
      this.exporting.set(false);
    }
  }
}
