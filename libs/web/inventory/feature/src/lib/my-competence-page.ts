import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { CELL_VALUES, type CellValue, type PersonAssessments } from '@kl/shared/contracts';
import { AuthStore } from '@kl/web/auth/data-access';
import {
  applySelfSaveResult,
  CELL_LABEL,
  CELL_TEXT,
  cellKey,
  currentRoundOf,
  InventoryApi,
  selfAssessmentChanges,
  selfCellsOf,
  type SelfCellState,
} from '@kl/web/inventory/data-access';
import { errorText, type HasUnsavedWork, toErrorBody, warnBeforeUnloadWithUnsavedWork } from '@kl/web/shared/util';
import { MyDataDownload } from '@kl/web/privacy/feature';
import { MyIntroduction, MyTraining } from '@kl/web/training/feature/my-training';
import { PersonAssessmentsView } from './person-assessments';

type SaveState = 'idle' | 'saving' | 'saved' | 'conflict' | 'error';

/** The select's value for "not assessed" (a select cannot carry null). */
const NOT_ASSESSED = '';

/** /min-kompetens: a caseworker's own levels and history, and their self-assessment in the open round. */
@Component({
  selector: 'kl-my-competence-page',
  imports: [PersonAssessmentsView, MyDataDownload, MyTraining, MyIntroduction],
  templateUrl: './my-competence-page.html',
  styleUrl: './my-competence-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyCompetencePage implements HasUnsavedWork {
  private readonly api = inject(InventoryApi);
  private readonly auth = inject(AuthStore);

  protected readonly staffMemberId = computed(() => this.auth.user()?.staffMemberId ?? null);
  protected readonly data = signal<PersonAssessments | null>(null);
  protected readonly loadError = signal<string | null>(null);
  private readonly stored = signal<Map<string, SelfCellState>>(new Map());
  private readonly chosen = signal<Map<string, CellValue>>(new Map());
  protected readonly saveState = signal<SaveState>('idle');
  protected readonly saveError = signal<string | null>(null);
  /** Topics whose self-assessment changed elsewhere (another tab) since this page read it. */
  protected readonly conflictCodes = signal<string[]>([]);

  protected readonly options = [
    ...CELL_VALUES.map((value) => ({
      value: value as string,
      label: `${CELL_LABEL[value]}${CELL_TEXT[value] !== '–' ? ` (${CELL_TEXT[value]})` : ''}`,
    })),
    { value: NOT_ASSESSED, label: CELL_LABEL.none },
  ];
  protected readonly openRound = computed(() => {
    const round = currentRoundOf(this.data()?.rounds ?? []);
    return round?.status === 'open' ? round : null;
  });
  protected readonly formAreas = computed(() => {
    const data = this.data();
    if (!data) return [];
    const chosen = this.chosen();
    const stored = this.stored();
    const conflicts = new Set(this.conflictCodes());
    const areas: {
      code: string;
      name: string;
      topics: { code: string; name: string; value: string; conflictWith: string | null }[];
    }[] = [];
    for (const topic of data.topics) {
      let area = areas.find((candidate) => candidate.code === topic.areaCode);
      if (!area) {
        area = { code: topic.areaCode, name: topic.areaName, topics: [] };
        areas.push(area);
      }
      const value = chosen.has(topic.code)
        ? (chosen.get(topic.code) ?? null)
        : (stored.get(topic.code)?.value ?? null);
      area.topics.push({
        code: topic.code,
        name: topic.name,
        value: value ?? NOT_ASSESSED,
        conflictWith: conflicts.has(topic.code)
          ? CELL_LABEL[cellKey(stored.get(topic.code)?.value ?? null)]
          : null,
      });
    }
    return areas;
  });
  protected readonly changeCount = computed(
    () => selfAssessmentChanges(this.stored(), this.chosen()).length,
  );
  protected readonly statusText = computed(() => {
    switch (this.saveState()) {
      case 'saving':
        return 'Sparar …';
      case 'saved':
        return 'Självskattningen är sparad.';
      case 'conflict':
        return 'En del av självskattningen hade ändrats på annat håll. Se markeringarna nedan.';
      case 'error':
        return '';
      default:
        return this.changeCount() === 1
          ? '1 osparad ändring.'
          : this.changeCount() > 1
            ? `${this.changeCount()} osparade ändringar.`
            : '';
    }
  });

  constructor() {
    void this.load();
    warnBeforeUnloadWithUnsavedWork(() => this.hasUnsavedWork());
  }

  hasUnsavedWork(): boolean {
    return this.changeCount() > 0;
  }

  protected choose(topicCode: string, raw: string): void {
    const value = raw === NOT_ASSESSED ? null : (raw as Exclude<CellValue, null>);
    this.chosen.update((chosen) => new Map(chosen).set(topicCode, value));
    if (this.saveState() !== 'conflict') this.saveState.set('idle');
  }

  /** Takes the value saved elsewhere for a conflicting topic instead of this page's choice. */
  protected keepStored(topicCode: string): void {
    this.chosen.update((chosen) => {
      const next = new Map(chosen);
      next.delete(topicCode);
      return next;
    });
    this.resolve(topicCode);
  }

  /** Keeps this page's choice: the next save overwrites the other value (its version is known now). */
  protected keepMine(topicCode: string): void {
    this.resolve(topicCode);
  }

  protected async save(): Promise<void> {
    const round = this.openRound();
    const cells = selfAssessmentChanges(this.stored(), this.chosen());
    if (!round || cells.length === 0 || this.saveState() === 'saving') return;
    this.saveState.set('saving');
    this.saveError.set(null);
    try {
      const result = await this.api.saveSelf(round.id, cells);
      this.stored.update((stored) => applySelfSaveResult(stored, result));
      const conflicts = result.conflicts.map((conflict) => conflict.topicCode);
      this.conflictCodes.set(conflicts);
      this.chosen.update(
        (chosen) => new Map([...chosen].filter(([code]) => conflicts.includes(code))),
      );
      this.saveState.set(conflicts.length ? 'conflict' : 'saved');
      // The levels table and timeline show the saved self-assessment.
      void this.reloadData();
    } catch (error) {
      this.saveState.set('error');
      this.saveError.set(errorText(toErrorBody(error).code));
    }
  }

  private resolve(topicCode: string): void {
    this.conflictCodes.update((codes) => codes.filter((code) => code !== topicCode));
    if (this.conflictCodes().length === 0) this.saveState.set('idle');
  }

  private async load(): Promise<void> {
    const user = await this.auth.load().catch(() => null);
    const id = user?.staffMemberId;
    if (!id) return;
    try {
      const data = await this.api.person(id);
      this.data.set(data);
      const round = this.openRound();
      this.stored.set(round ? selfCellsOf(data, round.id) : new Map());
    } catch (error) {
      this.loadError.set(errorText(toErrorBody(error).code));
    }
  }

  private async reloadData(): Promise<void> {
    const id = this.staffMemberId();
    if (id) this.data.set(await this.api.person(id).catch(() => this.data()));
  }
}
