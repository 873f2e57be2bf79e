import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import {
  ORG_UNIT_KINDS,
  ORG_UNIT_NAME_MAX_LENGTH,
  type OrgUnit,
  type OrgUnitKind,
  type OrgUnitTreeNode,
  SERVICE_AREA_CODES,
  type ServiceAreaCode,
} from '@kl/shared/contracts';
import {
  flattenUnitTree,
  moveTargets,
  ORG_UNIT_KIND_LABELS,
  optionsOf,
  SERVICE_AREA_LABELS,
  UnitsApi,
} from '@kl/web/organisation/data-access';
import { errorText, toErrorBody } from '@kl/web/shared/util';
import { ConflictPanel } from '@kl/web/shared/ui';
import { type UnitAction, UnitTreeList } from './unit-tree-list';
import { unitConflictRows, unitNameError } from './unit-form.rules';

const TOP_LEVEL = '';

/** /enheter: the kommun's unit tree, with create, change, move, close and delete. */
@Component({
  selector: 'kl-unit-tree-page',
  imports: [ReactiveFormsModule, UnitTreeList, ConflictPanel],
  templateUrl: './unit-tree-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UnitTreePage {
  private readonly api = inject(UnitsApi);
  private readonly fb = inject(FormBuilder).nonNullable;
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');
  private readonly panelHeading = viewChild<ElementRef<HTMLElement>>('panelHeading');
  private readonly errorBox = viewChild<ElementRef<HTMLElement>>('errorBox');

  protected readonly kinds = optionsOf(ORG_UNIT_KINDS, ORG_UNIT_KIND_LABELS);
  protected readonly serviceAreas = optionsOf(SERVICE_AREA_CODES, SERVICE_AREA_LABELS);
  protected readonly nameMaxLength = ORG_UNIT_NAME_MAX_LENGTH;

  protected readonly tree = signal<OrgUnitTreeNode[]>([]);
  protected readonly loaded = signal(false);
  protected readonly status = signal('');
  protected readonly error = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly action = signal<UnitAction | null>(null);
  protected readonly conflict = signal<OrgUnit | null>(null);
  protected readonly createSubmitted = signal(false);
  protected readonly panelSubmitted = signal(false);

  protected readonly createForm = this.fb.group({
    name: '',
    kind: 'unit' as OrgUnitKind,
    serviceAreaCode: 'barn-och-unga' as ServiceAreaCode,
    parentId: TOP_LEVEL,
  });
  protected readonly editForm = this.fb.group({
    name: '',
    kind: 'unit' as OrgUnitKind,
    serviceAreaCode: 'barn-och-unga' as ServiceAreaCode,
  });
  protected readonly moveForm = this.fb.group({ parentId: TOP_LEVEL });

  private readonly createName = toSignal(this.createForm.controls.name.valueChanges, { initialValue: '' });
  private readonly editName = toSignal(this.editForm.controls.name.valueChanges, { initialValue: '' });

  protected readonly createNameError = computed(() => (this.createSubmitted() ? unitNameError(this.createName()) : null));
  protected readonly editNameError = computed(() => (this.panelSubmitted() ? unitNameError(this.editName()) : null));
  protected readonly parentOptions = computed(() => flattenUnitTree(this.tree()).filter((option) => !option.closed));
  protected readonly moveOptions = computed(() => {
    const current = this.action();
    return current ? moveTargets(this.tree(), current.unit) : [];
  });
  protected readonly isEmpty = computed(() => this.loaded() && this.tree().length === 0);
  protected readonly panelTitle = computed(() => {
    const current = this.action();
    if (!current) return '';
    const name = current.unit.name;
    return {
      edit: `Ändra ${name}`,
      move: `Flytta ${name}`,
      close: `Stäng ${name}`,
      delete: `Ta bort ${name}`,
    }[current.kind];
  });
  protected readonly conflictRows = computed(() => {
    const current = this.conflict();
    const pending = this.action();
    return current && pending ? unitConflictRows(current, pending, this.editForm.getRawValue(), this.moveForm.getRawValue().parentId, this.tree()) : [];
  });

  constructor() {
    void this.load();
  }

  protected async create(): Promise<void> {
    this.createSubmitted.set(true);
    const value = this.createForm.getRawValue();
    if (unitNameError(value.name)) return;
    await this.run(async () => {
      const unit = await this.api.create({ ...value, name: value.name.trim(), parentId: value.parentId || null });
      this.createForm.reset();
      this.createSubmitted.set(false);
      return `Enheten ${unit.name} har skapats.`;
    });
  }

  protected open(action: UnitAction): void {
    this.action.set(action);
    this.conflict.set(null);
    this.error.set(null);
    this.panelSubmitted.set(false);
    this.editForm.reset({ name: action.unit.name, kind: action.unit.kind, serviceAreaCode: action.unit.serviceAreaCode });
    this.moveForm.reset({ parentId: action.unit.parentId ?? TOP_LEVEL });
    setTimeout(() => this.panelHeading()?.nativeElement.focus());
  }

  protected cancel(): void {
    const current = this.action();
    this.action.set(null);
    this.conflict.set(null);
    this.error.set(null);
    if (current) setTimeout(() => document.getElementById(`${current.kind}-${current.unit.id}`)?.focus());
  }

  /** Carries out the open action with the version the user saw, or the newer one to overwrite. */
  protected async confirm(version?: number): Promise<void> {
    const current = this.action();
    if (!current) return;
    this.panelSubmitted.set(true);
    const unit = current.unit;
    const rowVersion = version ?? unit.version;
    if (current.kind === 'edit' && unitNameError(this.editForm.getRawValue().name)) return;
    await this.run(async () => {
      switch (current.kind) {
        case 'edit': {
          const value = this.editForm.getRawValue();
          const saved = await this.api.update(unit.id, { ...value, name: value.name.trim(), version: rowVersion });
          return `Enheten ${saved.name} har sparats.`;
        }
        case 'move': {
          const parentId = this.moveForm.getRawValue().parentId || null;
          await this.api.move(unit.id, { parentId, version: rowVersion });
          return `Enheten ${unit.name} har flyttats.`;
        }
        case 'close':
          await this.api.close(unit.id, rowVersion);
          return `Enheten ${unit.name} har stängts.`;
        case 'delete':
          await this.api.remove(unit.id);
          return `Enheten ${unit.name} har tagits bort.`;
      }
    });
  }

  protected async keepTheirs(): Promise<void> {
    this.action.set(null);
    this.conflict.set(null);
    await this.load();
    this.announce('Den andra personens ändring gäller. Trädet visar den nu.');
  }

  protected async overwrite(): Promise<void> {
    const current = this.conflict();
    if (current) await this.confirm(current.version);
  }

  private async run(work: () => Promise<string>): Promise<void> {
    this.saving.set(true);
    this.error.set(null);
    try {
      const message = await work();
      this.action.set(null);
      this.conflict.set(null);
      await this.load();
      this.announce(message);
    } catch (error) {
      const body = toErrorBody(error);
      if (body.code === 'STALE_VERSION' && body.current) {
        this.conflict.set(body.current as OrgUnit);
        return;
      }
      this.error.set(errorText(body.code));
      setTimeout(() => this.errorBox()?.nativeElement.focus());
    } finally {
      this.saving.set(false);
    }
  }

  private async load(): Promise<void> {
    try {
      this.tree.set(await this.api.tree());
    } catch (error) {
      this.error.set(errorText(toErrorBody(error).code));
    } finally {
      this.loaded.set(true);
    }
  }

  /** After an action, the page heading takes focus and the status line says what happened. */
  private announce(message: string): void {
    this.status.set(message);
    setTimeout(() => this.heading().nativeElement.focus());
  }
}
