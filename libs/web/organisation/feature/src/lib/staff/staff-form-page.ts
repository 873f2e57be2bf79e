import { Location } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import {
  DEGREES,
  EMPLOYMENT_TYPES,
  GENDERS,
  LEAVING_REASONS,
  type OrgUnitTreeNode,
  QUALIFICATION_STATUSES,
  STAFF_ROLES,
  type StaffMember,
} from '@kl/shared/contracts';
import { todayInSweden } from '@kl/shared/util';
import {
  DEGREE_LABELS,
  EMPLOYMENT_TYPE_LABELS,
  emptyStaffForm,
  fieldChanges,
  flattenUnitTree,
  formatDateTime,
  GENDER_LABELS,
  LEAVING_REASON_LABELS,
  optionsOf,
  QUALIFICATION_STATUS_LABELS,
  STAFF_ROLE_LABELS,
  StaffApi,
  type StaffFormErrors,
  type StaffFormValue,
  staffName,
  toCreateRequest,
  toStaffFields,
  toStaffFormValue,
  toUpdateRequest,
  UnitsApi,
} from '@kl/web/organisation/data-access';
import { errorText, type HasUnsavedWork, toErrorBody, warnBeforeUnloadWithUnsavedWork } from '@kl/web/shared/util';
import { map } from 'rxjs';
import { ConflictPanel, type ConflictRow } from '@kl/web/shared/ui';
import { fieldStates, type SaveState, saveStateText, visibleErrors } from './staff-form.state';

/** /medarbetare/ny and /medarbetare/:id/redigera: every attribute of a staff member. */
@Component({
  selector: 'kl-staff-form-page',
  imports: [ReactiveFormsModule, RouterLink, ConflictPanel],
  templateUrl: './staff-form-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaffFormPage implements HasUnsavedWork {
  private readonly staffApi = inject(StaffApi);
  private readonly unitsApi = inject(UnitsApi);
  private readonly location = inject(Location);
  private readonly errorSummary = viewChild<ElementRef<HTMLElement>>('errorSummary');

  protected readonly roles = optionsOf(STAFF_ROLES, STAFF_ROLE_LABELS);
  protected readonly genders = optionsOf(GENDERS, GENDER_LABELS);
  protected readonly employmentTypes = optionsOf(EMPLOYMENT_TYPES, EMPLOYMENT_TYPE_LABELS);
  protected readonly degrees = optionsOf(DEGREES, DEGREE_LABELS);
  protected readonly qualifications = optionsOf(QUALIFICATION_STATUSES, QUALIFICATION_STATUS_LABELS);
  protected readonly leavingReasons = optionsOf(LEAVING_REASONS, LEAVING_REASON_LABELS);

  protected readonly form = inject(FormBuilder).nonNullable.group(emptyStaffForm());
  private readonly value = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });

  /** The form as last loaded or saved: anything else is unsaved work. */
  private readonly baseline = signal<StaffFormValue>(this.form.getRawValue());
  private readonly units = signal<OrgUnitTreeNode[]>([]);
  protected readonly memberId = signal<string | null>(inject(ActivatedRoute).snapshot.paramMap.get('id'));
  private readonly saved = signal<StaffMember | null>(null);
  protected readonly loadError = signal<string | null>(null);
  /** The form appears only once units (and the member) are in: typing into it earlier would be overwritten. */
  protected readonly loaded = signal(false);
  protected readonly submitted = signal(false);
  private readonly serverErrors = signal<{ errors: StaffFormErrors; value: StaffFormValue } | null>(null);
  protected readonly generalError = signal<string | null>(null);
  protected readonly saveState = signal<SaveState>('idle');
  private readonly savedAt = signal<string | null>(null);
  protected readonly conflict = signal<StaffMember | null>(null);

  protected readonly isNew = computed(() => this.memberId() === null);
  protected readonly title = computed(() => {
    const member = this.saved();
    if (member) return `Redigera ${staffName(member)}`;
    return this.isNew() ? 'Ny medarbetare' : 'Redigera medarbetare';
  });
  protected readonly unitOptions = computed(() => flattenUnitTree(this.units()).filter((o) => !o.closed || o.id === this.value().unitId));
  protected readonly isTeamLeader = computed(() => this.value().role === 'team_leader');
  protected readonly hasDispensation = computed(() => this.value().qualificationStatus === 'dispensation');
  protected readonly hasEnded = computed(() => this.value().employmentEnd !== '');
  private readonly errors = computed(() =>
    visibleErrors(this.value(), this.submitted(), this.serverErrors(), todayInSweden()),
  );
  protected readonly field = computed(() => fieldStates(this.errors()));
  protected readonly summary = computed(() => Object.values(this.field()).filter((state) => state.message !== null));
  protected readonly showSummary = computed(() => this.summary().length > 0 || this.generalError() !== null);
  protected readonly saving = computed(() => this.saveState() === 'saving');
  protected readonly saveStatus = computed(() => saveStateText(this.saveState(), this.savedAt()));
  protected readonly conflictRows = computed<ConflictRow[]>(() => {
    const current = this.conflict();
    if (!current) return [];
    const unitName = (id: string) => flattenUnitTree(this.units()).find((o) => o.id === id)?.label;
    return fieldChanges(current, toStaffFields(this.form.getRawValue()), { unitName }).map((change) => ({
      label: change.label,
      theirs: change.before,
      mine: change.after,
    }));
  });

  constructor() {
    void this.load();
    warnBeforeUnloadWithUnsavedWork(() => this.hasUnsavedWork());
  }

  hasUnsavedWork(): boolean {
    return JSON.stringify(this.value()) !== JSON.stringify(this.baseline());
  }

  protected async save(version?: number): Promise<void> {
    this.submitted.set(true);
    this.serverErrors.set(null);
    this.generalError.set(null);
    if (Object.keys(this.errors()).length > 0) {
      this.saveState.set('error');
      this.focusSummary();
      return;
    }
    this.saveState.set('saving');
    const value = this.form.getRawValue();
    try {
      const id = this.memberId();
      const member = id
        ? await this.staffApi.update(id, toUpdateRequest(value, version ?? this.saved()?.version ?? 0))
        : await this.staffApi.create(toCreateRequest(value));
      this.afterSave(member);
    } catch (error) {
      this.failed(error, value);
    }
  }

  protected keepTheirs(): void {
    const current = this.conflict();
    if (!current) return;
    this.conflict.set(null);
    this.showMember(current);
    this.saveState.set('idle');
  }

  protected async overwrite(): Promise<void> {
    const current = this.conflict();
    if (!current) return;
    this.conflict.set(null);
    await this.save(current.version);
  }

  /** Error summary links move focus to their field without leaving the page. */
  protected focusField(event: Event, id: string): void {
    event.preventDefault();
    document.getElementById(id)?.focus();
  }

  private afterSave(member: StaffMember): void {
    if (this.isNew()) {
      this.memberId.set(member.id);
      // Later saves are updates of this record: the address says so too.
      this.location.replaceState(`/medarbetare/${member.id}/redigera`);
    }
    this.showMember(member);
    this.submitted.set(false);
    this.savedAt.set(formatDateTime(new Date().toISOString()).slice(11));
    this.saveState.set('saved');
  }

  private failed(error: unknown, value: StaffFormValue): void {
    const body = toErrorBody(error);
    this.saveState.set('error');
    if (body.code === 'STALE_VERSION' && body.current) {
      this.conflict.set(body.current as StaffMember);
      return;
    }
    if (body.errors && Object.keys(body.errors).length > 0) {
      this.serverErrors.set({ errors: body.errors as StaffFormErrors, value });
      if (body.code !== 'VALIDATION_FAILED') this.generalError.set(errorText(body.code));
    } else {
      this.generalError.set(errorText(body.code));
    }
    this.focusSummary();
  }

  private showMember(member: StaffMember): void {
    this.saved.set(member);
    this.form.setValue(toStaffFormValue(member));
    this.baseline.set(this.form.getRawValue());
  }

  private async load(): Promise<void> {
    try {
      const id = this.memberId();
      const [units, member] = await Promise.all([this.unitsApi.tree(), id ? this.staffApi.get(id) : Promise.resolve(null)]);
      this.units.set(units);
      if (member) this.showMember(member);
      this.loaded.set(true);
    } catch (error) {
      this.loadError.set(errorText(toErrorBody(error).code));
    }
  }

  private focusSummary(): void {
    // After the summary has rendered: focus it so screen readers read it (WCAG 3.3.1).
    setTimeout(() => this.errorSummary()?.nativeElement.focus());
  }
}
