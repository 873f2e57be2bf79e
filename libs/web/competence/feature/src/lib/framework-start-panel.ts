import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, signal, viewChild } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import {
  type CompetenceFrameworkDetail,
  type FrameworkDocument,
  type FrameworkExample,
  type FrameworkImportPreview,
  SERVICE_AREA_CODES,
  type ServiceAreaCode,
} from '@kl/shared/contracts';
import { AuthStore } from '@kl/web/auth/data-access';
import {
  contentSummary,
  creationScope,
  FRAMEWORK_CODE_HINT,
  FrameworksApi,
  newFrameworkDocument,
  newFrameworkErrors,
  newFrameworkServerErrors,
  suggestedCode,
  suggestedName,
} from '@kl/web/competence/data-access';
import { SERVICE_AREA_LABELS } from '@kl/web/organisation/data-access';
import { errorText, toErrorBody } from '@kl/web/shared/util';

type Mode = 'new' | 'example' | 'import';
type Errors = Partial<Record<'code' | 'name' | 'serviceAreaCode' | 'example' | 'file', string>>;

/** Which field each error's summary link goes to, per mode. */
const FIELD_IDS: Record<Mode, Partial<Record<keyof Errors, string>>> = {
  new: { code: 'new-code', name: 'new-name', serviceAreaCode: 'new-service-area' },
  example: { example: 'example-choices', code: 'example-code', name: 'example-name' },
  import: { file: 'import-file', code: 'import-code', name: 'import-name' },
};

/** On the framework list: make a framework from scratch, from an example or from a file (docs/frameworks.md). */
@Component({
  selector: 'kl-framework-start-panel',
  imports: [ReactiveFormsModule, NgTemplateOutlet],
  templateUrl: './framework-start-panel.html',
  styleUrl: './competence.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FrameworkStartPanel {
  private readonly api = inject(FrameworksApi);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly fb = inject(FormBuilder).nonNullable;
  private readonly errorSummary = viewChild<ElementRef<HTMLElement>>('errorSummary');

  protected readonly modes: { value: Mode; label: string }[] = [
    { value: 'new', label: 'Ny kompetensmodell' },
    { value: 'example', label: 'Utgå från exempel' },
    { value: 'import', label: 'Importera' },
  ];
  protected readonly serviceAreas = SERVICE_AREA_CODES.map((code) => ({ code, label: SERVICE_AREA_LABELS[code] }));
  protected readonly codeHint = FRAMEWORK_CODE_HINT;
  protected readonly mode = signal<Mode | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly errors = signal<Errors>({});
  protected readonly examples = signal<FrameworkExample[]>([]);
  protected readonly preview = signal<FrameworkImportPreview | null>(null);
  private file: File | null = null;

  protected readonly newForm = this.fb.group({ code: '', name: '', serviceAreaCode: '' as ServiceAreaCode | '', source: '' });
  protected readonly exampleForm = this.fb.group({ key: '', code: '', name: '' });
  /** An imported framework's code and name, from the file; a kommun may need another code. */
  protected readonly importForm = this.fb.group({ code: '', name: '' });

  protected readonly scopeText = computed(() =>
    creationScope(this.auth.role()) === 'national'
      ? 'En modell du skapar blir nationell: den erbjuds alla kommuner när den är publicerad.'
      : 'En modell du skapar blir kommunens egen: bara kommunen ser och använder den.',
  );
  protected readonly summary = computed(() => {
    const mode = this.mode();
    if (!mode) return [];
    return (Object.entries(this.errors()) as [keyof Errors, string][]).map(([field, text]) => ({ href: `#${FIELD_IDS[mode][field] ?? ''}`, text }));
  });

  protected open(mode: Mode): void {
    this.mode.set(mode);
    this.errors.set({});
    this.error.set(null);
    this.preview.set(null);
    if (mode === 'example' && this.examples().length === 0) {
      this.api.examples().then(
        (examples) => this.examples.set(examples),
        (error: unknown) => this.error.set(errorText(toErrorBody(error).code)),
      );
    }
    setTimeout(() => document.getElementById(`${mode}-heading`)?.focus());
  }

  protected contentOf(document: Pick<FrameworkDocument, 'areas'>): string {
    return contentSummary(document);
  }

  protected serviceAreaLabel(code: ServiceAreaCode): string {
    return SERVICE_AREA_LABELS[code];
  }

  protected chooseExample(key: string): void {
    const example = this.examples().find((e) => e.key === key);
    if (!example) return;
    this.exampleForm.patchValue({ code: suggestedCode(example.document.code, new Date().getFullYear()), name: suggestedName(example.document.name) });
  }

  protected async createNew(): Promise<void> {
    const value = this.newForm.getRawValue();
    if (!this.check(newFrameworkErrors(value))) return;
    await this.make(() => this.api.create(newFrameworkDocument({ ...value, serviceAreaCode: value.serviceAreaCode as ServiceAreaCode })));
  }

  protected async copyExample(): Promise<void> {
    const value = this.exampleForm.getRawValue();
    const errors: Errors = newFrameworkErrors(value, false);
    if (!value.key) errors.example = 'Välj ett exempel.';
    if (!this.check(errors)) return;
    await this.make(() => this.api.copyExample(value.key, { code: value.code.trim(), name: value.name.trim() }));
  }

  protected chooseFile(event: Event): void {
    this.file = (event.target as HTMLInputElement).files?.[0] ?? null;
    this.preview.set(null);
  }

  protected async previewFile(): Promise<void> {
    if (!this.check(this.file ? {} : { file: 'Välj en fil.' }) || !this.file) return;
    this.busy.set(true);
    try {
      const seen = await this.api.previewImport(this.file);
      this.preview.set(seen);
      if (seen.framework) this.importForm.reset({ code: seen.framework.code, name: seen.framework.name });
      setTimeout(() => document.getElementById(seen.framework ? 'preview-heading' : 'problems-heading')?.focus());
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy.set(false);
    }
  }

  protected async confirmImport(): Promise<void> {
    const framework = this.preview()?.framework;
    const value = this.importForm.getRawValue();
    if (!framework || !this.check(newFrameworkErrors(value, false))) return;
    await this.make(() => this.api.create({ ...framework, code: value.code.trim(), name: value.name.trim() }));
  }

  private check(errors: Errors): boolean {
    this.errors.set(errors);
    this.error.set(null);
    if (Object.keys(errors).length === 0) return true;
    setTimeout(() => this.errorSummary()?.nativeElement.focus());
    return false;
  }

  private async make(work: () => Promise<CompetenceFrameworkDetail>): Promise<void> {
    this.busy.set(true);
    try {
      const created = await work();
      await this.router.navigate(['/ramverk', created.id]);
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy.set(false);
    }
  }

  private fail(error: unknown): void {
    const body = toErrorBody(error);
    const fields = newFrameworkServerErrors(body);
    this.errors.set(fields);
    this.error.set(Object.keys(fields).length === 0 ? errorText(body.code) : null);
    setTimeout(() => this.errorSummary()?.nativeElement.focus());
  }
}
