import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  type FieldErrorCode,
  SUPERVISION_FORMS,
  SUPERVISION_FREQUENCIES,
  SUPERVISOR_MIN_EXPERIENCE_YEARS,
  type SupervisionArrangement,
  type SupervisionFlag,
  type SupervisionFlagList,
  type SupervisionForm,
  type SupervisionFrequency,
  type SupervisorCandidate,
} from '@kl/shared/contracts';
import {
  SUPERVISION_FORM_LABELS,
  SUPERVISION_FREQUENCY_LABELS,
  SupportApi,
} from '@kl/web/training/data-access';
import { errorText, fieldErrorText, toErrorBody } from '@kl/web/shared/util';
import { todayInSweden } from '@kl/shared/util';

/** The arrangement being recorded for a flagged person and topic. */
interface Draft {
  flag: SupervisionFlag;
  form: SupervisionForm;
  supervisor: string;
  external: string;
  frequency: SupervisionFrequency;
  startsOn: string;
  endsOn: string;
  note: string;
}

/**
 * /handledning: the people assessed *saknar* in a topic without active ärendehandledning for it
 * (a team leader: their units; HR: the kommun), recorded in place with a supervisor chosen by the
 * rule, and the arrangements there are.
 */
@Component({
  selector: 'kl-supervision-page',
  templateUrl: './supervision-page.html',
  styleUrls: ['./training-tables.css', './support-pages.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SupervisionPage {
  private readonly api = inject(SupportApi);

  protected readonly flags = signal<SupervisionFlagList | null>(null);
  protected readonly arrangements = signal<SupervisionArrangement[]>([]);
  protected readonly candidates = signal<SupervisorCandidate[]>([]);
  protected readonly draft = signal<Draft | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly fieldErrors = signal<Record<string, string>>({});
  protected readonly saved = signal<string | null>(null);
  protected readonly forms = SUPERVISION_FORMS.map((v) => ({ value: v, label: SUPERVISION_FORM_LABELS[v] }));
  protected readonly frequencies = SUPERVISION_FREQUENCIES.map((v) => ({ value: v, label: SUPERVISION_FREQUENCY_LABELS[v] }));
  protected readonly formLabels = SUPERVISION_FORM_LABELS;
  protected readonly frequencyLabels = SUPERVISION_FREQUENCY_LABELS;
  protected readonly minYears = SUPERVISOR_MIN_EXPERIENCE_YEARS;

  constructor() {
    void this.load();
  }

  protected key(f: SupervisionFlag): string {
    return `${f.staffMemberId}:${f.topicCode}`;
  }

  protected async start(flag: SupervisionFlag): Promise<void> {
    this.saved.set(null);
    this.fieldErrors.set({});
    this.error.set(null);
    this.draft.set({
      flag,
      form: 'individual',
      supervisor: '',
      external: '',
      frequency: 'every_other_week',
      startsOn: todayInSweden(),
      endsOn: '',
      note: '',
    });
    try {
      this.candidates.set(await this.api.supervisors(flag.topicCode));
    } catch {
      this.candidates.set([]);
    }
  }

  protected change(patch: Partial<Draft>): void {
    const d = this.draft();
    if (d) this.draft.set({ ...d, ...patch });
  }

  protected text(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  /** The select offers only the contract's frequencies; anything else keeps the current one. */
  protected chooseFrequency(event: Event): void {
    const value = this.text(event);
    const frequency = SUPERVISION_FREQUENCIES.find((f) => f === value);
    if (frequency) this.change({ frequency });
  }

  protected candidateLabel(c: SupervisorCandidate): string {
    const rule = c.eligible
      ? 'kan ge ärendehandledning'
      : `uppfyller inte regeln (fördjupad i inriktningen och minst ${this.minYears} år i yrket)`;
    return `${c.firstName} ${c.lastName}, ${c.unitName}, ${c.experienceYears} år – ${rule}`;
  }

  protected fieldError(field: string): string | null {
    return this.fieldErrors()[field] ?? null;
  }

  protected async save(): Promise<void> {
    const d = this.draft();
    if (!d) return;
    const external = d.external.trim();
    try {
      await this.api.createArrangement({
        staffMemberId: d.flag.staffMemberId,
        topicCode: d.flag.topicCode,
        form: d.form,
        supervisorStaffMemberId: d.supervisor || null,
        externalSupervisor: d.supervisor ? null : external || null,
        frequency: d.frequency,
        startsOn: d.startsOn,
        endsOn: d.endsOn || null,
        ...(d.note.trim() ? { note: d.note.trim() } : {}),
      });
      this.draft.set(null);
      this.saved.set(`Ärendehandledning för ${d.flag.firstName ?? ''} ${d.flag.lastName ?? ''} i ${d.flag.topicCode} är sparad.`);
      await this.load();
    } catch (error) {
      const body = toErrorBody(error);
      const fields: Record<string, string> = {};
      for (const [path, code] of Object.entries(body.errors ?? {}))
        fields[path] = fieldErrorText(code as FieldErrorCode);
      this.fieldErrors.set(fields);
      this.error.set(errorText(body.code));
    }
  }

  private async load(): Promise<void> {
    try {
      const [flags, arrangements] = await Promise.all([this.api.flags(), this.api.arrangements()]);
      this.flags.set(flags);
      this.arrangements.set(arrangements);
    } catch (error) {
      this.error.set(errorText(toErrorBody(error).code));
    }
  }
}
