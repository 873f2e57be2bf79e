import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, signal, viewChild } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  COMPETENCE_CODE_PATTERN,
  type CompetenceFrameworkDetail,
  type CompetenceLevel,
  type CrosswalkEntry,
  type FrameworkExportFormat,
} from '@kl/shared/contracts';
import { AuthStore } from '@kl/web/auth/data-access';
import {
  canEditFramework,
  crosswalkProblems,
  crosswalkRows,
  FRAMEWORK_STATUS_LABELS,
  frameworkExportHref,
  FrameworksApi,
  frameworkTitle,
  levelRows,
  type LevelRow,
  startOptions,
  topicCodes,
} from '@kl/web/competence/data-access';
import { formatDate, SERVICE_AREA_LABELS } from '@kl/web/organisation/data-access';
import { errorText, toErrorBody } from '@kl/web/shared/util';
import { CrosswalkEditor } from './crosswalk-editor';

/** What is being renamed or removed: the framework itself, an area or a topic. */
export interface EditTarget {
  kind: 'framework' | 'area' | 'topic';
  id: string;
  name: string;
  /** A topic's note, edited with its name. */
  note?: string | null;
}

const CODE_HINT = 'Versaler och siffror, 2–16 tecken, till exempel JU07.';

/** /ramverk/:id: one version's areas, topics, levels and crosswalk; drafts are edited here. */
@Component({
  selector: 'kl-framework-detail-page',
  imports: [ReactiveFormsModule, RouterLink, CrosswalkEditor],
  templateUrl: './framework-detail-page.html',
  styleUrl: './competence.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FrameworkDetailPage {
  private readonly api = inject(FrameworksApi);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly fb = inject(FormBuilder).nonNullable;
  private readonly route = inject(ActivatedRoute);
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');
  private readonly errorBox = viewChild<ElementRef<HTMLElement>>('errorBox');

  protected readonly framework = signal<CompetenceFrameworkDetail | null>(null);
  protected readonly status = signal('');
  protected readonly error = signal<string | null>(null);
  protected readonly problems = signal<string[]>([]);
  protected readonly busy = signal(false);
  protected readonly editing = signal<EditTarget | null>(null);
  protected readonly removing = signal<EditTarget | null>(null);
  protected readonly confirmingPublish = signal(false);
  protected readonly areaErrors = signal<{ code?: string; name?: string }>({});
  protected readonly topicErrors = signal<{ code?: string; name?: string; areaCode?: string }>({});

  protected readonly renameForm = this.fb.group({ name: '', note: '' });
  protected readonly editingLevel = signal<CompetenceLevel | null>(null);
  protected readonly levelForm = this.fb.group({ name: '', definition: '' });
  protected readonly levelError = signal<string | null>(null);
  protected readonly areaForm = this.fb.group({ code: '', name: '' });
  protected readonly topicForm = this.fb.group({ areaCode: '', code: '', name: '', note: '' });
  protected readonly codeHint = CODE_HINT;

  protected readonly title = computed(() => {
    const framework = this.framework();
    return framework ? frameworkTitle(framework, !this.baseIsLocal()) : 'Kompetensramverk';
  });
  protected readonly facts = computed(() => {
    const framework = this.framework();
    if (!framework) return [];
    return [
      { label: 'Kod', value: framework.code },
      { label: 'Verksamhetsområde', value: SERVICE_AREA_LABELS[framework.serviceAreaCode] },
      { label: 'Status', value: FRAMEWORK_STATUS_LABELS[framework.status] },
      { label: 'Publicerad', value: formatDate(framework.publishedAt) || 'Inte ännu' },
      { label: 'Källa', value: framework.source ?? '–' },
    ];
  });
  protected readonly editable = computed(() => {
    const framework = this.framework();
    return framework ? canEditFramework(this.auth.role(), framework) : false;
  });
  /**
   * A kommun's framework based on another is an extension when that one is national, a later
   * version of its own when it is the kommun's; until the base is read it counts as an extension.
   */
  private readonly baseIsLocal = signal(false);
  protected readonly isExtension = computed(() => {
    const framework = this.framework();
    return framework !== null && framework.municipalityId !== null && framework.basedOnId !== null && !this.baseIsLocal();
  });
  protected readonly start = computed(() => {
    const framework = this.framework();
    return framework ? startOptions(this.auth.role(), framework, this.isExtension()) : { newVersion: false, extension: false };
  });
  protected readonly levels = computed(() => {
    const framework = this.framework();
    return framework ? levelRows(framework) : [];
  });
  protected readonly areas = computed(() => this.framework()?.areas ?? []);
  protected readonly crosswalk = computed(() => {
    const framework = this.framework();
    return framework ? crosswalkRows(framework) : [];
  });
  /** A new version (national, or a kommun's own) maps its topics to the previous version's. */
  protected readonly crosswalkEditable = computed(() => {
    const framework = this.framework();
    return this.editable() && framework !== null && framework.basedOnId !== null && !this.isExtension();
  });
  protected readonly previousCodes = signal<string[]>([]);
  protected readonly hasCrosswalk = computed(() => this.crosswalk().length > 0 || this.crosswalkEditable());
  protected readonly editLabel = computed(() => {
    const target = this.editing();
    if (!target) return '';
    return { framework: 'Nytt namn på ramverket', area: `Nytt namn på området ${target.name}`, topic: `Nytt namn på inriktningen ${target.name}` }[
      target.kind
    ];
  });

  protected exportHref(format: FrameworkExportFormat): string {
    return frameworkExportHref(this.framework()?.id ?? '', format);
  }

  constructor() {
    void this.load(this.route.snapshot.paramMap.get('id') ?? '');
  }

  protected startEdit(target: EditTarget): void {
    this.editing.set(target);
    this.removing.set(null);
    this.renameForm.reset({ name: target.name, note: target.note ?? '' });
    setTimeout(() => document.getElementById('rename-name')?.focus());
  }

  protected cancelEdit(): void {
    this.editing.set(null);
  }

  protected async saveRename(): Promise<void> {
    const target = this.editing();
    const framework = this.framework();
    const name = this.renameForm.getRawValue().name.trim();
    const note = this.renameForm.getRawValue().note.trim() || null;
    if (!target || !framework || !name) return;
    await this.run(() => {
      switch (target.kind) {
        case 'framework':
          return this.api.rename(framework.id, framework.rowVersion, name);
        case 'area':
          return this.api.renameArea(framework.id, target.id, name);
        case 'topic':
          return this.api.updateTopic(framework.id, target.id, { name, note });
      }
    }, target.name === name ? `${name} har sparats.` : `${target.name} heter nu ${name}.`);
  }

  protected startLevelEdit(level: LevelRow): void {
    this.editingLevel.set(level.level);
    this.levelError.set(null);
    this.levelForm.reset({ name: level.name, definition: level.definition });
    setTimeout(() => document.getElementById('level-name')?.focus());
  }

  protected async saveLevel(): Promise<void> {
    const level = this.editingLevel();
    const framework = this.framework();
    const value = this.levelForm.getRawValue();
    if (!level || !framework) return;
    if (!value.name.trim() || !value.definition.trim()) {
      this.levelError.set('Fyll i både namn och beskrivning.');
      return;
    }
    const saved = await this.run(
      () => this.api.updateLevel(framework.id, level, { name: value.name.trim(), definition: value.definition.trim() }),
      `Nivån ${value.name.trim()} har sparats.`,
    );
    if (saved) this.editingLevel.set(null);
  }

  protected askRemove(target: EditTarget): void {
    this.removing.set(target);
    this.editing.set(null);
    setTimeout(() => document.getElementById('confirm-remove')?.focus());
  }

  protected async confirmRemove(): Promise<void> {
    const target = this.removing();
    const framework = this.framework();
    if (!target || !framework) return;
    await this.run(
      () => (target.kind === 'area' ? this.api.removeArea(framework.id, target.id) : this.api.removeTopic(framework.id, target.id)),
      `${target.name} har tagits bort.`,
    );
  }

  protected async addArea(): Promise<void> {
    const framework = this.framework();
    const value = this.areaForm.getRawValue();
    const errors = codeAndNameErrors(value.code, value.name);
    this.areaErrors.set(errors);
    if (!framework || Object.keys(errors).length) return;
    const saved = await this.run(() => this.api.addArea(framework.id, { code: value.code.trim(), name: value.name.trim() }), `Området ${value.name.trim()} har lagts till.`);
    if (saved) this.areaForm.reset();
  }

  protected async addTopic(): Promise<void> {
    const framework = this.framework();
    const value = this.topicForm.getRawValue();
    const errors: { code?: string; name?: string; areaCode?: string } = codeAndNameErrors(value.code, value.name);
    if (!value.areaCode) errors.areaCode = 'Välj område.';
    this.topicErrors.set(errors);
    if (!framework || Object.keys(errors).length) return;
    const request = { areaCode: value.areaCode, code: value.code.trim(), name: value.name.trim(), note: value.note.trim() || null };
    const saved = await this.run(() => this.api.addTopic(framework.id, request), `Inriktningen ${request.name} har lagts till.`);
    if (saved) this.topicForm.reset({ areaCode: value.areaCode, code: '', name: '', note: '' });
  }

  protected askPublish(): void {
    this.confirmingPublish.set(true);
    setTimeout(() => document.getElementById('confirm-publish')?.focus());
  }

  protected async publish(): Promise<void> {
    const framework = this.framework();
    if (!framework) return;
    await this.run(() => this.api.publish(framework.id, framework.rowVersion), 'Versionen är publicerad och kan inte längre ändras.');
  }

  protected async startNew(kind: 'version' | 'extension'): Promise<void> {
    const framework = this.framework();
    if (!framework) return;
    const created = await this.run(
      () => (kind === 'version' ? this.api.createVersion(framework.id) : this.api.createExtension(framework.id)),
      kind === 'version' ? 'Ett utkast till en ny version har skapats.' : 'Ett utkast till kommunens lokala tillägg har skapats.',
    );
    if (created && kind === 'version') {
      // The version it was copied from is the one shown until now: the crosswalk maps to its topics.
      this.baseIsLocal.set(framework.municipalityId !== null);
      this.previousCodes.set(topicCodes(framework));
    }
    if (created) await this.router.navigate(['/ramverk', created.id]);
  }

  protected async saveCrosswalk(entries: CrosswalkEntry[]): Promise<void> {
    const framework = this.framework();
    if (!framework) return;
    await this.run(() => this.api.replaceCrosswalk(framework.id, framework.rowVersion, entries), 'Kopplingen har sparats.');
  }

  private async load(id: string): Promise<void> {
    try {
      const framework = await this.api.get(id);
      this.framework.set(framework);
      const local = framework.municipalityId !== null;
      if (framework.basedOnId && (local ? this.auth.role() === 'municipality_admin' : this.crosswalkEditable())) {
        const base = await this.api.get(framework.basedOnId);
        this.baseIsLocal.set(base.municipalityId !== null);
        if (this.crosswalkEditable()) this.previousCodes.set(topicCodes(base));
      }
    } catch (error) {
      this.showError(error);
    }
  }

  /** Runs a change; the answer is the whole framework, so the page simply shows it. */
  private async run(work: () => Promise<CompetenceFrameworkDetail>, message: string): Promise<CompetenceFrameworkDetail | null> {
    this.busy.set(true);
    this.error.set(null);
    this.problems.set([]);
    try {
      const framework = await work();
      this.framework.set(framework);
      this.editing.set(null);
      this.removing.set(null);
      this.confirmingPublish.set(false);
      this.status.set(message);
      setTimeout(() => this.heading()?.nativeElement.focus());
      return framework;
    } catch (error) {
      this.showError(error);
      return null;
    } finally {
      this.busy.set(false);
    }
  }

  private showError(error: unknown): void {
    const body = toErrorBody(error);
    this.error.set(errorText(body.code));
    this.problems.set(crosswalkProblems(body.errors));
    if (body.code === 'STALE_VERSION' && body.current) {
      // Someone else changed the draft: show their version; the user repeats the change on it.
      this.framework.set(body.current as CompetenceFrameworkDetail);
    }
    setTimeout(() => this.errorBox()?.nativeElement.focus());
  }
}

function codeAndNameErrors(code: string, name: string): { code?: string; name?: string } {
  const errors: { code?: string; name?: string } = {};
  if (!code.trim()) errors.code = 'Fyll i en kod.';
  else if (!COMPETENCE_CODE_PATTERN.test(code.trim())) errors.code = `Koden har fel format. ${CODE_HINT}`;
  if (!name.trim()) errors.name = 'Fyll i ett namn.';
  return errors;
}
