import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import {
  type CompetenceFrameworkSummary,
  type OrgUnitTreeNode,
  STAFF_ROLES,
  type StaffRole,
  type TargetSet,
} from '@kl/shared/contracts';
import { FrameworksApi, frameworkTitleAmong, sortFrameworks } from '@kl/web/competence/data-access';
import {
  flattenUnitTree,
  formatDateTime,
  STAFF_ROLE_LABELS,
  UnitsApi,
} from '@kl/web/organisation/data-access';
import {
  appliesText,
  changedTopics,
  conflictRows,
  formValueOf,
  saveErrorMessages,
  type TargetFormValue,
  targetOptions,
  type TargetSelectValue,
  TargetsApi,
  toSaveRequest,
} from '@kl/web/planning/data-access';
import { errorText, type HasUnsavedWork, toErrorBody, warnBeforeUnloadWithUnsavedWork } from '@kl/web/shared/util';
import { ConflictPanel } from '@kl/web/shared/ui';

type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/** Which set the page shows: a unit ('' = the whole kommun), a staff role and a framework version. */
interface Selection {
  unitId: string;
  role: StaffRole;
  frameworkId: string;
}

/**
 * /malnivaer: the kommun administrator sets målnivåer for the whole kommun or a unit, per staff
 * role and framework version; each topic shows what it inherits from the units above.
 */
@Component({
  selector: 'kl-targets-page',
  imports: [ConflictPanel],
  templateUrl: './targets-page.html',
  styleUrl: './targets-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TargetsPage implements HasUnsavedWork {
  private readonly targetsApi = inject(TargetsApi);
  private readonly unitsApi = inject(UnitsApi);
  private readonly frameworksApi = inject(FrameworksApi);
  private readonly errorSummary = viewChild<ElementRef<HTMLElement>>('errorSummary');

  protected readonly roles = STAFF_ROLES.map((role) => ({
    value: role,
    label: STAFF_ROLE_LABELS[role],
  }));
  private readonly units = signal<OrgUnitTreeNode[]>([]);
  private readonly frameworks = signal<CompetenceFrameworkSummary[]>([]);
  protected readonly selection = signal<Selection | null>(null);
  protected readonly set = signal<TargetSet | null>(null);
  private readonly value = signal<TargetFormValue>({});
  protected readonly loadError = signal<string | null>(null);
  protected readonly saveState = signal<SaveState>('idle');
  private readonly savedAt = signal<string | null>(null);
  protected readonly saveErrors = signal<string[]>([]);
  protected readonly conflict = signal<TargetSet | null>(null);
  private loads = 0;

  protected readonly unitOptions = computed(() =>
    flattenUnitTree(this.units()).filter((unit) => !unit.closed),
  );
  protected readonly frameworkOptions = computed(() =>
    this.frameworks().map((framework) => ({ id: framework.id, label: frameworkTitleAmong(framework, this.frameworks()) })),
  );
  protected readonly isKommunWide = computed(() => this.set()?.unitId === null);
  protected readonly changed = computed(() => {
    const set = this.set();
    return set ? changedTopics(set, this.value()) : [];
  });
  protected readonly saving = computed(() => this.saveState() === 'saving');
  protected readonly areas = computed(() => {
    const set = this.set();
    if (!set) return [];
    const value = this.value();
    const kommunWide = set.unitId === null;
    return set.areas.map((area) => ({
      code: area.code,
      name: area.name,
      topics: area.topics.map((topic) => ({
        code: topic.code,
        name: topic.name,
        value: value[topic.code] ?? '',
        options: targetOptions(topic, kommunWide),
        applies: appliesText(topic, value[topic.code] ?? ''),
      })),
    }));
  });
  protected readonly heading = computed(() => {
    const set = this.set();
    if (!set) return '';
    return `Målnivåer för ${STAFF_ROLE_LABELS[set.role].toLowerCase()}, ${set.unitName ?? 'hela kommunen'}`;
  });
  protected readonly status = computed(() => {
    const count = this.changed().length;
    if (this.saveState() === 'saving') return 'Sparar …';
    if (count > 0)
      return count === 1
        ? '1 inriktning har osparade ändringar'
        : `${count} inriktningar har osparade ändringar`;
    if (this.saveState() === 'saved') return `Alla ändringar är sparade (${this.savedAt()})`;
    if (this.set()?.version === 0) return 'Inga egna målnivåer är sparade för valet ännu.';
    return 'Alla ändringar är sparade';
  });
  protected readonly conflictRows = computed(() => {
    const current = this.conflict();
    return current ? conflictRows(current, this.value()) : [];
  });

  constructor() {
    void this.init();
    warnBeforeUnloadWithUnsavedWork(() => this.hasUnsavedWork());
  }

  hasUnsavedWork(): boolean {
    return this.changed().length > 0;
  }

  protected choose(field: keyof Selection, event: Event): void {
    const select = event.target as HTMLSelectElement;
    const current = this.selection();
    if (!current) return;
    if (
      this.changed().length > 0 &&
      !confirm('Du har osparade ändringar som försvinner om du byter. Vill du byta ändå?')
    ) {
      select.value = current[field];
      return;
    }
    const next = { ...current, [field]: select.value } as Selection;
    this.selection.set(next);
    void this.load(next);
  }

  protected setChoice(topicCode: string, event: Event): void {
    const choice = (event.target as HTMLSelectElement).value as TargetSelectValue;
    this.value.update((value) => ({ ...value, [topicCode]: choice }));
    if (this.saveState() === 'saved') this.saveState.set('idle');
  }

  protected undo(): void {
    const set = this.set();
    if (set) this.value.set(formValueOf(set));
  }

  protected submit(event: Event): void {
    event.preventDefault();
    void this.save();
  }

  protected async save(version?: number): Promise<void> {
    const set = this.set();
    if (!set || this.saving()) return;
    this.saveErrors.set([]);
    this.saveState.set('saving');
    const request = toSaveRequest(set, this.value(), version);
    try {
      const saved = await this.targetsApi.save(request);
      this.show(saved);
      this.savedAt.set(formatDateTime(new Date().toISOString()).slice(11));
      this.saveState.set('saved');
    } catch (error) {
      const body = toErrorBody(error);
      this.saveState.set('error');
      if (body.code === 'STALE_VERSION' && body.current) {
        this.conflict.set(body.current as TargetSet);
        return;
      }
      this.saveErrors.set(
        body.errors ? saveErrorMessages(body.errors, request, set) : [errorText(body.code)],
      );
      // After the summary has rendered: focus it so screen readers read it (WCAG 3.3.1).
      setTimeout(() => this.errorSummary()?.nativeElement.focus());
    }
  }

  protected keepTheirs(): void {
    const current = this.conflict();
    if (!current) return;
    this.conflict.set(null);
    this.show(current);
    this.saveState.set('idle');
  }

  protected async overwrite(): Promise<void> {
    const current = this.conflict();
    if (!current) return;
    this.conflict.set(null);
    // The newer set is the base now (its inherited settings too); my choices stay and are saved onto it.
    this.set.set(current);
    await this.save(current.version);
  }

  private show(set: TargetSet): void {
    this.set.set(set);
    this.value.set(formValueOf(set));
  }

  private async init(): Promise<void> {
    try {
      const [units, frameworks] = await Promise.all([
        this.unitsApi.tree(),
        this.frameworksApi.list(),
      ]);
      const published = sortFrameworks(
        frameworks.filter((framework) => framework.status === 'published'),
      );
      this.units.set(units);
      this.frameworks.set(published);
      if (published.length === 0) {
        this.loadError.set('Det finns inget publicerat ramverk att sätta målnivåer för.');
        return;
      }
      const selection: Selection = { unitId: '', role: 'caseworker', frameworkId: published[0].id };
      this.selection.set(selection);
      await this.load(selection);
    } catch (error) {
      this.loadError.set(errorText(toErrorBody(error).code));
    }
  }

  private async load(selection: Selection): Promise<void> {
    const load = ++this.loads;
    this.loadError.set(null);
    this.conflict.set(null);
    this.saveErrors.set([]);
    this.saveState.set('idle');
    try {
      const set = await this.targetsApi.get({
        unitId: selection.unitId || undefined,
        role: selection.role,
        frameworkId: selection.frameworkId,
      });
      if (load === this.loads) this.show(set);
    } catch (error) {
      if (load === this.loads) {
        this.set.set(null);
        this.loadError.set(errorText(toErrorBody(error).code));
      }
    }
  }
}
