import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Location } from '@angular/common';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  type ListStaffQuery,
  QUALIFICATION_STATUSES,
  type QualificationStatus,
  STAFF_ROLES,
  STAFF_STATUS_FILTERS,
  type StaffMemberPage,
  type StaffRole,
  type StaffSortField,
  type StaffStatusFilter,
  type OrgUnitTreeNode,
} from '@kl/shared/contracts';
import { AuthStore } from '@kl/web/auth/data-access';
import {
  flattenUnitTree,
  optionsOf,
  QUALIFICATION_STATUS_LABELS,
  STAFF_ROLE_LABELS,
  STAFF_STATUS_LABELS,
  StaffApi,
  UnitsApi,
} from '@kl/web/organisation/data-access';
import { errorText, toErrorBody } from '@kl/web/shared/util';
import { pageCount, pageSummary, paramsFromQuery, queryFromParams, sortingOf, toggleSort, toStaffRow } from './staff-list.model';

/** /medarbetare: staff in the caller's scope with filters, search, sorting and paging. */
@Component({
  selector: 'kl-staff-list-page',
  imports: [ReactiveFormsModule, RouterLink],
  templateUrl: './staff-list-page.html',
  styleUrl: './staff-list-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaffListPage {
  private readonly staffApi = inject(StaffApi);
  private readonly unitsApi = inject(UnitsApi);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly location = inject(Location);
  private readonly initial = queryFromParams(inject(ActivatedRoute).snapshot.queryParams);

  protected readonly roles = optionsOf(STAFF_ROLES, STAFF_ROLE_LABELS);
  protected readonly statuses = optionsOf(STAFF_STATUS_FILTERS, STAFF_STATUS_LABELS);
  protected readonly qualifications = optionsOf(QUALIFICATION_STATUSES, QUALIFICATION_STATUS_LABELS);
  protected readonly filters = inject(FormBuilder).nonNullable.group({
    search: this.initial.search ?? '',
    unitId: this.initial.unitId ?? '',
    role: (this.initial.role ?? '') as StaffRole | '',
    status: (this.initial.status ?? 'active') as StaffStatusFilter,
    qualificationStatus: (this.initial.qualificationStatus ?? '') as QualificationStatus | '',
  });

  private readonly units = signal<OrgUnitTreeNode[]>([]);
  protected readonly query = signal<ListStaffQuery>(this.initial);
  protected readonly page = signal<StaffMemberPage | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly canEdit = computed(() => this.auth.role() === 'municipality_admin');
  protected readonly unitOptions = computed(() => flattenUnitTree(this.units()));
  protected readonly rows = computed(() => this.page()?.items.map(toStaffRow) ?? []);
  protected readonly summary = computed(() => {
    const page = this.page();
    return page ? pageSummary(page) : '';
  });
  protected readonly pageLabel = computed(() => {
    const page = this.page();
    return page ? `Sida ${page.page} av ${pageCount(page)}` : '';
  });
  protected readonly hasPrevious = computed(() => (this.page()?.page ?? 1) > 1);
  protected readonly hasNext = computed(() => {
    const page = this.page();
    return page ? page.page < pageCount(page) : false;
  });
  /** Per sortable column: its aria-sort and the arrow sighted users see. */
  protected readonly sorting = computed(() => sortingOf(this.query()));

  constructor() {
    void this.loadUnits();
    void this.load();
  }

  protected search(): void {
    const value = this.filters.getRawValue();
    this.query.update((query) => ({
      ...query,
      search: value.search.trim() || undefined,
      unitId: value.unitId || undefined,
      role: value.role || undefined,
      status: value.status,
      qualificationStatus: value.qualificationStatus || undefined,
      page: 1,
    }));
    void this.load();
  }

  protected clear(): void {
    this.filters.reset();
    this.search();
  }

  protected sortBy(field: StaffSortField): void {
    this.query.update((query) => toggleSort(query, field));
    void this.load();
  }

  protected goTo(delta: number): void {
    this.query.update((query) => ({ ...query, page: (query.page ?? 1) + delta }));
    void this.load();
  }

  private async load(): Promise<void> {
    // The address follows the list without a navigation, so focus stays where the user is.
    const url = this.router.serializeUrl(this.router.createUrlTree(['/medarbetare'], { queryParams: paramsFromQuery(this.query()) }));
    this.location.replaceState(url);
    this.loading.set(true);
    this.error.set(null);
    try {
      this.page.set(await this.staffApi.list(this.query()));
    } catch (error) {
      this.error.set(errorText(toErrorBody(error).code));
    } finally {
      this.loading.set(false);
    }
  }

  private async loadUnits(): Promise<void> {
    try {
      this.units.set(await this.unitsApi.tree());
    } catch {
      // The unit filter stays empty; the list itself still works and reports its own errors.
    }
  }
}
