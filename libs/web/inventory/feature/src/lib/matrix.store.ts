import { computed, effect, inject, Injectable, signal, untracked } from '@angular/core';
import type { AssessmentMatrix, CellValue, RoundScopeQuery } from '@kl/shared/contracts';
import {
  applyEdit,
  applySaveResult,
  cellsFromMatrix,
  type CellState,
  type Edit,
  InventoryApi,
  markUnsent,
  resolveConflict,
  retryFailed,
  summarise,
  takePending,
} from '@kl/web/inventory/data-access';
import { AuthStore } from '@kl/web/auth/data-access';
import { errorText, toErrorBody } from '@kl/web/shared/util';

/** How long typing may pause before the changed cells are sent together. */
const SAVE_DELAY_MS = 500;

/** The matrix of one round: its cells, the undo history and the saving of edits in batches. */
@Injectable()
export class MatrixStore {
  private readonly api = inject(InventoryApi);
  private undoStack: Edit[] = [];
  private timer?: ReturnType<typeof setTimeout>;
  private sending = false;

  readonly matrix = signal<AssessmentMatrix | null>(null);
  readonly cells = signal<ReadonlyMap<string, CellState>>(new Map());
  readonly summary = computed(() => summarise(this.cells()));
  readonly saveError = signal<string | null>(null);
  /** Open and within its window: a round whose last day has passed is read only, as the API refuses writes. */
  readonly editable = computed(() => this.matrix()?.round.acceptsAssessments === true);
  /** Counts the saves that wrote something: what depends on the levels (a unit's sign-off) reads again. */
  readonly savedRevision = signal(0);

  constructor() {
    // Signed in again after the session expired: the saves the expiry refused go again, unasked.
    const auth = inject(AuthStore);
    let renewals = untracked(auth.renewals);
    effect(() => {
      const now = auth.renewals();
      if (now === renewals) return;
      renewals = now;
      if (untracked(this.summary).errors > 0) untracked(() => this.retry());
    });
  }

  async load(roundId: string, query: RoundScopeQuery = {}): Promise<void> {
    const matrix = await this.api.matrix(roundId, query);
    this.undoStack = [];
    this.matrix.set(matrix);
    this.cells.set(cellsFromMatrix(matrix));
  }

  /** Shows nothing (an administrator has not chosen a unit yet). */
  clear(): void {
    this.undoStack = [];
    this.matrix.set(null);
    this.cells.set(new Map());
  }

  set(id: string, change: { value: CellValue; comment?: string | null }): boolean {
    if (!this.editable()) return false;
    const result = applyEdit(this.cells(), id, change);
    if (!result) return false;
    this.cells.set(result.cells);
    this.undoStack.push(result.edit);
    this.schedule();
    return true;
  }

  /** Undoes the latest edit (as a new change: history is append-only); returns its cell. */
  undo(): string | null {
    const edit = this.undoStack.pop();
    if (!edit || !this.editable()) return null;
    const result = applyEdit(this.cells(), edit.id, edit.before);
    if (result) {
      this.cells.set(result.cells);
      this.schedule();
    }
    return edit.id;
  }

  resolve(id: string, keep: 'theirs' | 'mine'): void {
    this.cells.set(resolveConflict(this.cells(), id, keep));
    if (keep === 'mine') this.schedule();
  }

  retry(): void {
    this.saveError.set(null);
    this.cells.set(retryFailed(this.cells()));
    void this.flush();
  }

  /** Sends every pending cell now (also used before leaving the page). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    const roundId = this.matrix()?.round.id;
    if (!roundId) return;
    if (this.sending) {
      this.schedule();
      return;
    }
    const { inputs, cells } = takePending(this.cells());
    if (inputs.length === 0) return;
    this.cells.set(cells);
    this.sending = true;
    try {
      const result = await this.api.save(roundId, inputs);
      this.cells.set(applySaveResult(this.cells(), result));
      this.saveError.set(null);
      if (result.saved.length > 0) this.savedRevision.update((n) => n + 1);
    } catch (error) {
      this.cells.set(markUnsent(this.cells()));
      this.saveError.set(errorText(toErrorBody(error).code));
    } finally {
      this.sending = false;
      if (this.summary().pending > 0) this.schedule();
    }
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }
}
