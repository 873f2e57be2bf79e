import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type {
  CompetenceFrameworkSummary,
  FileRowError,
  NationalRound,
  SubmissionFilePreview,
  SubmissionFileResult,
} from '@kl/shared/contracts';
import { FrameworksApi, frameworkTitle } from '@kl/web/competence/data-access';
import { NATIONAL_ROUND_STATUS_LABELS, NationalApi } from '@kl/web/national/data-access';
import { errorText, toErrorBody } from '@kl/web/shared/util';
import { FileErrors } from './file-errors';

/** /nationellt: the national analyst's rounds; a new round; a survey file loaded into a round. */
@Component({
  selector: 'kl-national-rounds-page',
  imports: [ReactiveFormsModule, RouterLink, FileErrors],
  templateUrl: './national-rounds-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NationalRoundsPage {
  private readonly api = inject(NationalApi);
  private readonly frameworksApi = inject(FrameworksApi);
  protected readonly rounds = signal<NationalRound[]>([]);
  protected readonly frameworks = signal<CompetenceFrameworkSummary[]>([]);
  protected readonly published = computed(() => this.frameworks().filter((f) => f.status === 'published'));
  protected readonly statusLabels = NATIONAL_ROUND_STATUS_LABELS;
  protected readonly titleOf = frameworkTitle;
  protected readonly message = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal<string | null>(null);
  protected readonly fileErrors = signal<FileRowError[]>([]);
  protected readonly preview = signal<SubmissionFilePreview | null>(null);
  private file: File | null = null;

  protected readonly form = inject(FormBuilder).nonNullable.group({
    code: ['', [Validators.required, Validators.pattern(/^[0-9A-Za-z][0-9A-Za-z_-]{0,19}$/)]],
    frameworkId: ['', Validators.required],
    referenceDate: ['', Validators.required],
    opensOn: ['', Validators.required],
    closesOn: ['', Validators.required],
  });
  protected readonly uploadRound = inject(FormBuilder).nonNullable.control('', Validators.required);

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const [rounds, frameworks] = await Promise.all([this.api.rounds(), this.frameworksApi.list()]);
      this.rounds.set(rounds);
      this.frameworks.set(frameworks);
    } catch (e) {
      this.error.set(errorText(toErrorBody(e).code));
    }
  }

  protected async create(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.busy.set('Skapar omgången …');
    this.error.set(null);
    try {
      const round = await this.api.createRound(this.form.getRawValue());
      this.message.set(`Omgång ${round.code} är skapad.`);
      this.form.reset();
      this.rounds.set(await this.api.rounds());
    } catch (e) {
      this.error.set(errorText(toErrorBody(e).code));
    } finally {
      this.busy.set(null);
    }
  }

  protected chooseFile(event: Event): void {
    this.file = (event.target as HTMLInputElement).files?.[0] ?? null;
    this.preview.set(null);
    this.fileErrors.set([]);
  }

  /** Checks the file first (dry run); loads it when the check was clean and the analyst confirms. */
  protected async upload(dryRun: boolean): Promise<void> {
    const code = this.uploadRound.value;
    if (!this.file || !code) {
      this.error.set('Välj en omgång och en fil.');
      return;
    }
    this.busy.set(dryRun ? 'Kontrollerar filen …' : 'Läser in filen …');
    this.error.set(null);
    this.message.set(null);
    this.fileErrors.set([]);
    try {
      const result = await this.api.upload(code, this.file, dryRun);
      if (dryRun) {
        this.preview.set(result as SubmissionFilePreview);
      } else {
        const written = result as SubmissionFileResult;
        this.preview.set(null);
        this.message.set(
          `Inläst: ${written.kommuner} kommuner, ${written.rows} rader; ${written.replaced} tidigare inlämningar ersattes.`,
        );
        this.rounds.set(await this.api.rounds());
      }
    } catch (e) {
      const body = toErrorBody(e) as unknown as { code: string; errors?: FileRowError[] };
      if (body.code === 'IMPORT_INVALID' && Array.isArray(body.errors)) this.fileErrors.set(body.errors);
      else this.error.set(errorText(toErrorBody(e).code));
    } finally {
      this.busy.set(null);
    }
  }
}
