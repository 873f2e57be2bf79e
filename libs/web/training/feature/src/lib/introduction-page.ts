import { ChangeDetectionStrategy, Component, computed, inject, Injector, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type {
  Introduction,
  IntroductionProgramme,
  IntroductionSummary,
  MentorLoad,
  NewStaffIntroduction,
} from '@kl/shared/contracts';
import { AuthStore } from '@kl/web/auth/data-access';
import { StaffApi } from '@kl/web/organisation/data-access';
import {
  IntroductionApi,
  introductionsExportTable,
  mentorLoadExportTable,
  newStaffExportTable,
  newStaffFlags,
  progressPercent,
  progressText,
  STEP_KIND_LABELS,
  TrainingApi,
} from '@kl/web/training/data-access';
import { ExportButtons } from '@kl/web/shared/ui';
import { errorText, toErrorBody } from '@kl/web/shared/util';
import { todayInSweden } from '@kl/shared/util';
import { focusAfterRender } from './focus-after-render';
import { IntroductionForm, type StaffChoice } from './introduction-form';
import { ProgrammeEditor } from './programme-editor';

/**
 * /introduktion: new staff flagged without a programme or mentor (given one in place), the
 * introductions in reach with their progress, the mentors' load (HR) and the kommun's programmes
 * (HR writes them). Every table downloads as XLSX and CSV.
 */
@Component({
  selector: 'kl-introduction-page',
  imports: [RouterLink, ExportButtons, IntroductionForm, ProgrammeEditor],
  templateUrl: './introduction-page.html',
  styleUrls: ['./training-tables.css', './introduction.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IntroductionPage {
  private readonly api = inject(IntroductionApi);
  private readonly training = inject(TrainingApi);
  private readonly staffApi = inject(StaffApi);
  private readonly injector = inject(Injector);

  protected readonly isAdmin = inject(AuthStore).role() === 'municipality_admin';
  protected readonly today = todayInSweden();
  protected readonly newStaff = signal<NewStaffIntroduction[] | null>(null);
  protected readonly introductions = signal<IntroductionSummary[] | null>(null);
  protected readonly programmes = signal<IntroductionProgramme[]>([]);
  protected readonly mentorLoad = signal<MentorLoad[] | null>(null);
  protected readonly mentors = signal<StaffChoice[]>([]);
  protected readonly courses = signal<{ id: string; title: string }[]>([]);
  protected readonly error = signal<string | null>(null);
  protected readonly saved = signal<string | null>(null);
  /** The new staff member whose form is open. */
  protected readonly giving = signal<string | null>(null);
  /** The programme being edited: its id, 'new', or none. */
  protected readonly editing = signal<string | null>(null);

  /** Only what the overview lists: the ones lacking a programme or a mentor. */
  protected readonly lacking = computed(() => (this.newStaff() ?? []).filter((r) => r.noProgramme || r.noMentor));
  protected readonly editedProgramme = computed(() => this.programmes().find((p) => p.id === this.editing()) ?? null);
  protected readonly flags = newStaffFlags;
  protected readonly percent = progressPercent;
  protected readonly progress = progressText;
  protected readonly kinds = STEP_KIND_LABELS;
  protected readonly newStaffExport = () => newStaffExportTable(this.newStaff() ?? []);
  protected readonly introductionsExport = () => introductionsExportTable(this.introductions() ?? []);
  protected readonly mentorLoadExport = () => mentorLoadExportTable(this.mentorLoad() ?? []);

  constructor() {
    void this.load();
    void this.loadChoices();
  }

  protected give(row: NewStaffIntroduction): void {
    this.saved.set(null);
    this.giving.set(this.giving() === row.staffMemberId ? null : row.staffMemberId);
  }

  protected closeGive(row: NewStaffIntroduction): void {
    this.giving.set(null);
    focusAfterRender(this.injector, `give-${row.staffMemberId}`);
  }

  protected async given(introduction: Introduction): Promise<void> {
    this.giving.set(null);
    await this.load();
    this.announce(`${introduction.firstName} ${introduction.lastName} har fått programmet ${introduction.programmeName}.`);
  }

  protected edit(id: string | null): void {
    this.saved.set(null);
    this.editing.set(id);
  }

  protected closeEditor(): void {
    const id = this.editing();
    this.editing.set(null);
    focusAfterRender(this.injector, id === 'new' || !id ? 'programme-new' : `programme-edit-${id}`);
  }

  protected async programmeSaved(programme: IntroductionProgramme): Promise<void> {
    this.editing.set(null);
    await this.load();
    this.announce(`Programmet ${programme.name} är sparat.`);
  }

  protected async outdated(): Promise<void> {
    this.giving.set(null);
    this.editing.set(null);
    await this.load();
    this.announce('Någon annan hann ändra först. Uppgifterna är uppdaterade; gör ändringen igen.');
  }

  private announce(message: string): void {
    this.saved.set(message);
    focusAfterRender(this.injector, 'introduction-status');
  }

  private async load(): Promise<void> {
    this.error.set(null);
    try {
      const [newStaff, introductions, programmes, load] = await Promise.all([
        this.api.newStaff(),
        this.api.introductions(),
        this.api.programmes(),
        this.isAdmin ? this.api.mentorLoad() : Promise.resolve(null),
      ]);
      this.newStaff.set(newStaff);
      // A team leader also sees those they mentor outside their units (read only on the person's page).
      this.introductions.set(introductions);
      this.programmes.set(programmes);
      this.mentorLoad.set(load);
    } catch (error) {
      this.error.set(errorText(toErrorBody(error).code));
    }
  }

  private async loadChoices(): Promise<void> {
    try {
      const [staff, courses] = await Promise.all([
        this.staffApi.list({ pageSize: 200, sort: 'lastName', order: 'asc' }),
        this.isAdmin ? this.training.courses() : Promise.resolve([]),
      ]);
      this.mentors.set(staff.items.map((s) => ({ id: s.id, label: `${s.lastName}, ${s.firstName} (${s.unitName})` })));
      this.courses.set(courses.map((c) => ({ id: c.id, title: c.title })));
    } catch {
      // The lists show without the choices; the forms then offer none.
    }
  }
}
