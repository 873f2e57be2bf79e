import { ChangeDetectionStrategy, Component, computed, ElementRef, HostListener, inject, OnDestroy, signal, viewChild } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { CellValue, InventoryRound, OrgUnitTreeNode, StaffRole } from '@kl/shared/contracts';
import { AuthStore } from '@kl/web/auth/data-access';
import {
  assessmentExportTable,
  CELL_LABEL,
  cellAt,
  cellId,
  cellKey,
  defaultRound,
  roundOptionLabel,
  InventoryApi,
  readOnlyReason,
  valueForKey,
} from '@kl/web/inventory/data-access';
import { flattenUnitTree, UnitsApi } from '@kl/web/organisation/data-access';
import { errorText, type ExportTable, type HasUnsavedWork, toErrorBody } from '@kl/web/shared/util';
import { ExportButtons } from '@kl/web/shared/ui';
import { MatrixStore } from './matrix.store';
import { buildMatrixView, type MatrixFilter, matrixUnits } from './matrix-view';
import { StaffGroupSwitch } from './staff-group-switch';
import { UnitSignOffPanel } from './unit-sign-off-panel';

/** Where an administrator's last chosen unit is remembered (an id only, no personal data). */
const UNIT_STORAGE_KEY = 'kl.matris.enhet';

/** /matris: a team leader records each person's level per topic, keyboard first. */
@Component({
  selector: 'kl-matrix-page',
  imports: [ExportButtons, RouterLink, StaffGroupSwitch, UnitSignOffPanel],
  templateUrl: './matrix-page.html',
  styleUrl: './matrix-page.css',
  providers: [MatrixStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MatrixPage implements OnDestroy, HasUnsavedWork {
  protected readonly store = inject(MatrixStore);
  private readonly api = inject(InventoryApi);
  private readonly unitsApi = inject(UnitsApi);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly grid = viewChild<ElementRef<HTMLTableElement>>('grid');
  private readonly commentField = viewChild<ElementRef<HTMLTextAreaElement>>('commentField');

  protected readonly rounds = signal<InventoryRound[]>([]);
  protected readonly roundId = signal<string | null>(null);
  protected readonly roundLabel = (round: InventoryRound) => roundOptionLabel(round, this.rounds());
  protected readonly loadError = signal<string | null>(null);
  protected readonly loading = signal(true);
  protected readonly filter = signal<MatrixFilter>({ areaCode: null, onlyNotAssessed: false, unitId: null });
  /**
   * Administrators load one unit and its subunits at a time (a whole kommun would be thousands of
   * rows); team leaders load all their units and may narrow to one of them.
   */
  protected readonly isAdmin = computed(() => this.auth.role() === 'municipality_admin');
  private readonly unitTree = signal<OrgUnitTreeNode[]>([]);
  protected readonly unitOptions = computed(() => flattenUnitTree(this.unitTree()));
  protected readonly scopeUnitId = signal('');
  /** Caseworkers or team leaders: one group of the round's population at a time. */
  protected readonly staffRole = signal<StaffRole>('caseworker');
  protected readonly readOnly = computed(() => {
    const round = this.store.matrix()?.round;
    return round ? readOnlyReason(round) : null;
  });
  protected readonly teamUnits = computed(() => {
    const matrix = this.store.matrix();
    return matrix && !this.isAdmin() ? matrixUnits(matrix) : [];
  });
  protected readonly active = signal<{ r: number; c: number }>({ r: 0, c: 0 });
  /** Escape hides the topic name shown over the focused column until the focus moves (WCAG 1.4.13). */
  protected readonly tipDismissed = signal(false);

  protected readonly view = computed(() => {
    const matrix = this.store.matrix();
    return matrix ? buildMatrixView(matrix, this.store.cells(), this.filter()) : null;
  });
  protected readonly activeCell = computed(() => {
    const view = this.view();
    const { r, c } = this.active();
    const row = view?.rows[r];
    const topic = view?.topics[c];
    if (!row || !topic) return null;
    const id = row.cells[c].id;
    return { id, row: row.row, topic, cell: cellAt(this.store.cells(), id) };
  });
  protected readonly conflicts = computed(() => {
    const matrix = this.store.matrix();
    if (!matrix) return [];
    const names = new Map(matrix.rows.map((r) => [r.staffMemberId, `${r.firstName} ${r.lastName}`]));
    const topics = new Map(matrix.areas.flatMap((a) => a.topics).map((t) => [t.code, t.name]));
    return [...this.store.cells()]
      .filter(([, cell]) => cell.state === 'conflict')
      .map(([id, cell]) => {
        const [staffId, topicCode] = id.split('|');
        return { id, person: names.get(staffId) ?? '', topic: `${topicCode} ${topics.get(topicCode) ?? ''}`, mine: CELL_LABEL[cellKey(cell.value)], theirs: CELL_LABEL[cellKey(cell.theirs?.value ?? null)] };
      });
  });
  protected readonly statusText = computed(() => {
    const s = this.store.summary();
    const changes = (n: number) => `${n} ${n === 1 ? 'ändring' : 'ändringar'}`;
    if (s.conflicts > 0) return `${s.conflicts} ${s.conflicts === 1 ? 'krock' : 'krockar'} att lösa (se under matrisen)`;
    if (s.errors > 0) return `${changes(s.errors)} kunde inte sparas`;
    if (s.pending + s.saving > 0) return `Sparar ${changes(s.pending + s.saving)} …`;
    return 'Alla ändringar är sparade';
  });
  protected readonly roundName = computed(() => this.store.matrix()?.round.name ?? '');
  /** The visible matrix (filters applied, unsaved edits included) in the `bedomningar` import format. */
  protected readonly matrixExport = async (): Promise<ExportTable> => {
    const view = this.view();
    if (!view) throw new Error('No matrix loaded');
    const cells = this.store.cells();
    return assessmentExportTable(
      view.topics,
      view.rows.map(({ row }) => row),
      (staffMemberId, topicCode) => cellAt(cells, cellId(staffMemberId, topicCode)).value,
    );
  };
  protected readonly cellLabel = CELL_LABEL;
  protected readonly cellKey = cellKey;

  constructor() {
    void this.init();
  }

  ngOnDestroy(): void {
    void this.store.flush();
  }

  /** Edits waiting to be sent go when the page is left; failed ones and conflicts would be lost. */
  hasUnsavedWork(): boolean {
    const s = this.store.summary();
    return s.errors + s.conflicts > 0;
  }

  /** Warn before leaving with changes not yet saved. */
  @HostListener('window:beforeunload', ['$event'])
  protected beforeUnload(event: BeforeUnloadEvent): void {
    const s = this.store.summary();
    if (s.pending + s.saving + s.errors + s.conflicts > 0) {
      void this.store.flush();
      event.preventDefault();
    }
  }

  protected selected(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }

  protected checked(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }

  protected async chooseRound(id: string): Promise<void> {
    await this.store.flush();
    await this.router.navigate([], { queryParams: { omgang: id }, queryParamsHandling: 'merge', replaceUrl: true });
    await this.loadRound(id);
  }

  protected async chooseScopeUnit(id: string): Promise<void> {
    await this.store.flush();
    this.scopeUnitId.set(id);
    localStorage.setItem(UNIT_STORAGE_KEY, id);
    await this.router.navigate([], { queryParams: { enhet: id || null }, queryParamsHandling: 'merge', replaceUrl: true });
    const roundId = this.roundId();
    if (roundId) await this.loadRound(roundId);
  }

  protected async chooseStaffRole(role: StaffRole): Promise<void> {
    await this.store.flush();
    this.staffRole.set(role);
    const roundId = this.roundId();
    if (roundId) await this.loadRound(roundId);
  }

  protected setUnit(id: string): void {
    this.filter.update((f) => ({ ...f, unitId: id || null }));
    this.active.set({ r: 0, c: 0 });
  }

  protected setArea(code: string): void {
    this.filter.update((f) => ({ ...f, areaCode: code || null }));
    this.active.set({ r: 0, c: 0 });
  }

  protected setOnlyNotAssessed(checked: boolean): void {
    this.filter.update((f) => ({ ...f, onlyNotAssessed: checked }));
    this.active.set({ r: 0, c: 0 });
  }

  /**
   * A focused cell (by keyboard, or by a click: cells are focusable) is the active one. The grid
   * listens once for all its cells; 60 × 26 cells would otherwise bind thousands of listeners.
   */
  protected activateFromEvent(event: Event): void {
    const cell = (event.target as HTMLElement | null)?.closest<HTMLElement>('td[data-r]');
    if (!cell) return;
    const r = Number(cell.dataset['r']);
    const c = Number(cell.dataset['c']);
    const { r: ar, c: ac } = this.active();
    if (r !== ar || c !== ac) {
      this.active.set({ r, c });
      this.tipDismissed.set(false);
    }
  }

  protected onGridKey(event: KeyboardEvent): void {
    if (!(event.target as HTMLElement | null)?.matches('td[data-r]')) return;
    const view = this.view();
    if (!view || view.rows.length === 0) return;
    const { r, c } = this.active();
    const lastRow = view.rows.length - 1;
    const lastCol = view.topics.length - 1;
    const move = (nr: number, nc: number) => {
      event.preventDefault();
      this.focusCell(Math.max(0, Math.min(lastRow, nr)), Math.max(0, Math.min(lastCol, nc)));
    };
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      const id = this.store.undo();
      if (id) this.focusById(id);
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    switch (event.key) {
      case 'ArrowRight':
        return move(r, c + 1);
      case 'ArrowLeft':
        return move(r, c - 1);
      case 'ArrowDown':
      case 'Enter':
        return move(r + 1, c);
      case 'ArrowUp':
        return move(r - 1, c);
      case 'Home':
        return move(r, 0);
      case 'End':
        return move(r, lastCol);
      case 'Tab':
        // Tab moves along the row; at its end (or start, with Shift) focus leaves the grid.
        if (!event.shiftKey && c < lastCol) return move(r, c + 1);
        if (event.shiftKey && c > 0) return move(r, c - 1);
        return;
      case 'Escape':
        this.tipDismissed.set(true);
        return;
      case 'k':
      case 'K':
        event.preventDefault();
        this.commentField()?.nativeElement.focus();
        return;
    }
    const value = valueForKey(event.key);
    if (value === undefined) return;
    event.preventDefault();
    this.store.set(view.rows[r].cells[c].id, { value });
    // Like typing down a column in Excel, but along the row: the next topic, then the next person.
    if (value !== null) {
      if (c < lastCol) this.focusCell(r, c + 1);
      else if (r < lastRow) this.focusCell(r + 1, 0);
    }
  }

  protected saveComment(comment: string): void {
    const active = this.activeCell();
    if (!active) return;
    this.store.set(active.id, { value: active.cell.value, comment: comment.trim() || null });
  }

  /** Enter saves the comment and goes back to its cell (Shift+Enter is a new line); Escape goes back without saving. */
  protected onCommentKey(event: KeyboardEvent): void {
    const field = event.target as HTMLTextAreaElement;
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      this.saveComment(field.value);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      field.value = this.activeCell()?.cell.comment ?? '';
    } else {
      return;
    }
    const { r, c } = this.active();
    this.focusCell(r, c);
  }

  /** After a conflict is settled, the keyboard goes on from its cell (the list may be gone). */
  protected resolveConflict(id: string, keep: 'theirs' | 'mine'): void {
    this.store.resolve(id, keep);
    this.focusById(id);
  }

  protected setValueFromPanel(value: string): void {
    const active = this.activeCell();
    if (active) this.store.set(active.id, { value: (value || null) as CellValue });
  }

  private focusCell(r: number, c: number): void {
    this.active.set({ r, c });
    this.tipDismissed.set(false);
    // After the view has the new tabindex, move the browser's focus too.
    queueMicrotask(() => this.grid()?.nativeElement.querySelector<HTMLElement>(`[data-r="${r}"][data-c="${c}"]`)?.focus());
  }

  private focusById(id: string): void {
    const view = this.view();
    if (!view) return;
    for (let r = 0; r < view.rows.length; r++) {
      const c = view.rows[r].cells.findIndex((cell) => cell.id === id);
      if (c >= 0) return this.focusCell(r, c);
    }
  }

  private async init(): Promise<void> {
    try {
      const [rounds, units] = await Promise.all([
        this.api.rounds(),
        this.isAdmin() ? this.unitsApi.tree() : Promise.resolve([] as OrgUnitTreeNode[]),
      ]);
      this.rounds.set(rounds);
      this.unitTree.set(units);
      if (this.isAdmin()) this.scopeUnitId.set(this.rememberedUnit());
      const wanted = this.route.snapshot.queryParamMap.get('omgang');
      const chosen = defaultRound(rounds, wanted);
      if (chosen) await this.loadRound(chosen.id);
    } catch (error) {
      this.loadError.set(errorText(toErrorBody(error).code));
    } finally {
      this.loading.set(false);
    }
  }

  /** The unit in the address, else the one chosen last time, if it still exists. */
  private rememberedUnit(): string {
    const known = new Set(this.unitOptions().map((option) => option.id));
    const candidates = [this.route.snapshot.queryParamMap.get('enhet'), localStorage.getItem(UNIT_STORAGE_KEY)];
    return candidates.find((id): id is string => !!id && known.has(id)) ?? '';
  }

  private async loadRound(id: string): Promise<void> {
    this.roundId.set(id);
    this.loadError.set(null);
    if (this.isAdmin() && !this.scopeUnitId()) {
      this.store.clear();
      return;
    }
    try {
      await this.store.load(id, { unitId: this.scopeUnitId() || undefined, staffRole: this.staffRole() });
      this.active.set({ r: 0, c: 0 });
    } catch (error) {
      this.loadError.set(errorText(toErrorBody(error).code));
    }
  }
}
