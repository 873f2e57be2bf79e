import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, signal, viewChild } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import type { AuditEvent, OrgUnitTreeNode, PersonalDataRead, StaffMember } from '@kl/shared/contracts';
import { todayInSweden } from '@kl/shared/util';
import { AuthStore } from '@kl/web/auth/data-access';
import { PersonAssessmentsView } from '@kl/web/inventory/feature';
import { PersonPrivacySection } from '@kl/web/privacy/feature';
import {
  applicableStaffFields,
  AuditApi,
  EXPERIENCE_BAND_LABELS,
  flattenUnitTree,
  formatDate,
  formatStaffValue,
  STAFF_FIELD_LABELS,
  StaffApi,
  staffHistory,
  readLog,
  staffName,
  UnitsApi,
} from '@kl/web/organisation/data-access';
import { errorText, toErrorBody } from '@kl/web/shared/util';

/** The name is the page's heading; every other attribute that applies is listed. */
const IN_HEADING = new Set(['firstName', 'lastName']);

/** /medarbetare/:id: every attribute, the competence levels across rounds, ending the employment, and the change history. */
@Component({
  selector: 'kl-staff-detail-page',
  imports: [ReactiveFormsModule, RouterLink, PersonAssessmentsView, PersonPrivacySection],
  templateUrl: './staff-detail-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaffDetailPage {
  private readonly staffApi = inject(StaffApi);
  private readonly unitsApi = inject(UnitsApi);
  private readonly auditApi = inject(AuditApi);
  private readonly auth = inject(AuthStore);
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');
  private readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';

  protected readonly member = signal<StaffMember | null>(null);
  private readonly units = signal<OrgUnitTreeNode[]>([]);
  private readonly events = signal<AuditEvent[]>([]);
  private readonly reads = signal<PersonalDataRead[]>([]);
  protected readonly error = signal<string | null>(null);
  protected readonly leaveError = signal<string | null>(null);
  protected readonly status = signal('');
  protected readonly leaving = signal(false);
  /** Set once the person is erased: the page then says so and shows nothing else about them. */
  protected readonly erasedName = signal<string | null>(null);
  protected readonly leaveForm = inject(FormBuilder).nonNullable.group({ employmentEnd: todayInSweden() });

  protected readonly canEdit = computed(() => this.auth.role() === 'municipality_admin');
  protected readonly name = computed(() => {
    const member = this.member();
    if (this.erasedName()) return 'Raderad medarbetare';
    return member ? staffName(member) : 'Medarbetare';
  });
  private readonly unitName = computed(() => {
    const options = flattenUnitTree(this.units());
    return (id: string) => options.find((option) => option.id === id)?.label;
  });
  protected readonly facts = computed(() => {
    const member = this.member();
    if (!member) return [];
    const names = { unitName: (id: string) => this.unitName()(id) ?? member.unitName };
    const fields = applicableStaffFields(member).filter((field) => !IN_HEADING.has(field));
    return [
      ...fields.map((field) => ({ label: STAFF_FIELD_LABELS[field], value: formatStaffValue(field, member[field], names) })),
      { label: 'Yrkeserfarenhet', value: `${member.experienceYears} år (${EXPERIENCE_BAND_LABELS[member.experienceBand].toLowerCase()})` },
      { label: 'Status', value: member.active ? 'Anställd' : `Slutade ${formatDate(member.employmentEnd)}` },
    ];
  });
  protected readonly history = computed(() =>
    staffHistory(this.events(), { unitName: (id) => this.unitName()(id), currentUserId: this.auth.user()?.userId }),
  );
  protected readonly readEntries = computed(() => readLog(this.reads(), this.auth.user()?.userId));
  protected readonly canLeave = computed(() => this.canEdit() && this.member()?.employmentEnd === null);

  constructor() {
    void this.load();
  }

  protected async leave(): Promise<void> {
    const member = this.member();
    const employmentEnd = this.leaveForm.getRawValue().employmentEnd;
    if (!member) return;
    if (!employmentEnd) {
      this.leaveError.set('Fyll i sista anställningsdag.');
      return;
    }
    this.leaving.set(true);
    this.leaveError.set(null);
    try {
      await this.staffApi.leave(member.id, member.version, employmentEnd);
      await this.load();
      this.status.set(`Anställningen avslutas ${employmentEnd}.`);
      setTimeout(() => this.heading()?.nativeElement.focus());
    } catch (error) {
      const body = toErrorBody(error);
      this.leaveError.set(body.errors?.['employmentEnd'] ? 'Sista anställningsdag kan inte vara före anställd från.' : errorText(body.code));
      if (body.code === 'STALE_VERSION') await this.load();
    } finally {
      this.leaving.set(false);
    }
  }

  protected erased(): void {
    const member = this.member();
    this.erasedName.set(member ? staffName(member) : '');
    this.member.set(null);
    this.events.set([]);
    this.reads.set([]);
    this.status.set('Personuppgifterna är raderade.');
    setTimeout(() => this.heading()?.nativeElement.focus());
  }

  private async load(): Promise<void> {
    try {
      const [member, units, events] = await Promise.all([
        this.staffApi.get(this.id),
        this.unitsApi.tree(),
        this.staffApi.history(this.id),
      ]);
      this.member.set(member);
      this.units.set(units);
      this.events.set(events);
      // Only administrators see who has read the person's data; after the reads above, so they are in it.
      if (this.canEdit()) this.reads.set(await this.auditApi.reads(this.id));
    } catch (error) {
      this.error.set(errorText(toErrorBody(error).code));
    }
  }
}
