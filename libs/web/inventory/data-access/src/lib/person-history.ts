import type {
  AssessmentCell,
  CellValue,
  PersonAssessments,
  PersonRound,
  SaveAssessmentsResult,
  SelfAssessmentCellInput,
} from '@kl/shared/contracts';
import { CELL_LABEL, CELL_TEXT, cellKey } from './cell-values';

/** A value as shown: the letter (G/F/S, – for not applicable, empty when not assessed) and its full name. */
export interface ShownValue {
  text: string;
  label: string;
}

export const shownValue = (cell: AssessmentCell | null): ShownValue => {
  const key = cellKey(cell?.value ?? null);
  return { text: CELL_TEXT[key], label: CELL_LABEL[key] };
};

export interface PersonTopicView {
  code: string;
  name: string;
  /** The leader's value in the current round: the one that counts. */
  current: ShownValue;
  /** The person's own view in the current round, shown beside and never counted. */
  currentSelf: ShownValue;
  /** Leader and self per round, in the order of `rounds`. */
  timeline: { roundId: string; leader: ShownValue; self: ShownValue }[];
}

export interface PersonAreaView {
  code: string;
  name: string;
  topics: PersonTopicView[];
}

export interface PersonHistoryView {
  rounds: PersonRound[];
  /** The round whose values are "current": the latest open round, else the latest round. */
  currentRound: PersonRound | null;
  areas: PersonAreaView[];
}

export function currentRoundOf(rounds: readonly PersonRound[]): PersonRound | null {
  return rounds.findLast((round) => round.status === 'open') ?? rounds.at(-1) ?? null;
}

/** Groups a person's topics by area and lines up each topic's values with the rounds (oldest first). */
export function buildPersonHistory(data: PersonAssessments): PersonHistoryView {
  const currentRound = currentRoundOf(data.rounds);
  const areas: PersonAreaView[] = [];
  for (const topic of data.topics) {
    let area = areas.at(-1);
    if (area?.code !== topic.areaCode) {
      area = areas.find((candidate) => candidate.code === topic.areaCode);
      if (!area) {
        area = { code: topic.areaCode, name: topic.areaName, topics: [] };
        areas.push(area);
      }
    }
    const byRound = new Map(topic.rounds.map((entry) => [entry.roundId, entry]));
    const current = currentRound ? byRound.get(currentRound.id) : undefined;
    area.topics.push({
      code: topic.code,
      name: topic.name,
      current: shownValue(current?.leader ?? null),
      currentSelf: shownValue(current?.self ?? null),
      timeline: data.rounds.map((round) => ({
        roundId: round.id,
        leader: shownValue(byRound.get(round.id)?.leader ?? null),
        self: shownValue(byRound.get(round.id)?.self ?? null),
      })),
    });
  }
  return { rounds: data.rounds, currentRound, areas };
}

/** The stored self-assessment of one topic in a round: its value and the version to send back. */
export interface SelfCellState {
  value: CellValue;
  version: number;
}

/** The person's self-assessment cells in a round, by topic code (version 0 for never written). */
export function selfCellsOf(data: PersonAssessments, roundId: string): Map<string, SelfCellState> {
  return new Map(
    data.topics.map((topic) => {
      const self = topic.rounds.find((entry) => entry.roundId === roundId)?.self ?? null;
      return [topic.code, { value: self?.value ?? null, version: self?.version ?? 0 }];
    }),
  );
}

/** The cells to save: every topic whose chosen value differs from the stored one. */
export function selfAssessmentChanges(
  stored: ReadonlyMap<string, SelfCellState>,
  chosen: ReadonlyMap<string, CellValue>,
): SelfAssessmentCellInput[] {
  const changes: SelfAssessmentCellInput[] = [];
  for (const [topicCode, value] of chosen) {
    const cell = stored.get(topicCode) ?? { value: null, version: 0 };
    if (cell.value !== value) changes.push({ topicCode, value, expectedVersion: cell.version });
  }
  return changes;
}

/**
 * The stored cells after a save: saved cells take their new value and version; a conflicting
 * cell takes the version it has now (so saving again deliberately overwrites it) but its stored
 * value is the other one, which the page shows beside the person's choice.
 */
export function applySelfSaveResult(
  stored: ReadonlyMap<string, SelfCellState>,
  result: SaveAssessmentsResult,
): Map<string, SelfCellState> {
  const next = new Map(stored);
  for (const cell of result.saved)
    next.set(cell.topicCode, { value: cell.value, version: cell.version });
  for (const conflict of result.conflicts)
    next.set(conflict.topicCode, {
      value: conflict.current.value,
      version: conflict.current.version,
    });
  return next;
}
