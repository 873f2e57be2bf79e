import { determinedUnknowns } from './determined-cells';

/** Thresholds and method of disclosure control (DESIGN.md §4); stored with every publication. */
export interface DisclosurePolicy {
  version: string;
  /** A cell resting on fewer kommuner than this is suppressed. */
  minKommuner: number;
  /** A cell resting on fewer persons than this is suppressed. */
  minPersons: number;
}

export const DISCLOSURE_POLICY: DisclosurePolicy = { version: '2026.1', minKommuner: 3, minPersons: 5 };

/** What a cell rests on. `value` only ranks the cells to give up for others (the smallest first). */
export interface DisclosureCell {
  value: number;
  kommuner: number;
  persons: number;
  /** A margin (total) of its table: given up only when no inner cell will do. */
  total?: boolean;
  /** A cell of the parent table that filtered tables add up to: given up after any filtered cell. */
  parent?: boolean;
  /** Always shown, never given up for another cell (a count of reporting kommuner, N). */
  shown?: boolean;
}

/** One published sum: the cells `parts` add up to the cell `total` (indices into the cell list). */
export interface SumLine {
  parts: readonly number[];
  total: number;
}

export type SuppressionReason = 'primary' | 'complementary';

/**
 * Primary suppression of every cell resting on too few kommuner or persons, then complementary
 * suppression until no suppressed value can be recovered from the published cells through any
 * line (a row or column with its total, or a parent cell and the filtered cells that add up to it):
 * - a line never shows all but one of its cells, nor hides only cells worth zero (which a reader
 *   knows are at least zero, so they would add up to nothing);
 * - and, checked exactly over all lines at once, no suppressed cell is fixed by the system of
 *   published sums (two lines can pin a cell that each alone leaves open).
 * A cell that rests on nobody (no kommun, no person) is published: there is no one to identify.
 * Returns each cell's reason, or null where it is published.
 */
export function suppressCells(
  cells: readonly DisclosureCell[],
  lines: readonly SumLine[],
  policy: DisclosurePolicy = DISCLOSURE_POLICY,
): (SuppressionReason | null)[] {
  const reasons: (SuppressionReason | null)[] = cells.map((cell) => (isSmall(cell, policy) ? 'primary' : null));
  const members = lines.map((line) => [...line.parts, line.total]);
  const linesOf = cells.map(() => [] as number[]);
  members.forEach((line, index) => line.forEach((cell) => linesOf[cell].push(index)));
  const hidden = (cell: number) => reasons[cell] !== null;
  /** Lines of `cell` other than `line` that show all but one of their cells: giving `cell` up closes them too. */
  const closes = (cell: number, line: number) =>
    linesOf[cell].filter((other) => other !== line && members[other].filter(hidden).length === 1).length;
  const giveUp = (line: number): boolean => {
    const candidates = members[line].filter((cell) => !hidden(cell) && !cells[cell].shown);
    const candidate = cheapest(candidates, cells, (cell) => closes(cell, line));
    if (candidate === undefined) return false;
    reasons[candidate] = 'complementary';
    return true;
  };

  /**
   * When every line of a pinned cell is hidden whole, a line further out (reached through hidden
   * cells, nearest first) gives up a cell: a new unknown in the pinned cell's group of sums.
   */
  const giveUpNear = (start: number): boolean => {
    const seenCells = new Set([start]);
    const seenLines = new Set<number>();
    const queue = [start];
    for (let at = 0; at < queue.length; at++) {
      for (const line of linesOf[queue[at]]) {
        if (seenLines.has(line)) continue;
        seenLines.add(line);
        if (giveUp(line)) return true;
        for (const cell of members[line]) {
          if (!seenCells.has(cell) && hidden(cell)) {
            seenCells.add(cell);
            queue.push(cell);
          }
        }
      }
    }
    return false;
  };

  for (let guard = 0; guard <= cells.length; guard++) {
    let changed = false;
    members.forEach((line, index) => {
      const hiddenCells = line.filter(hidden);
      if (hiddenCells.length === 0) return;
      if (hiddenCells.length === 1 || hiddenCells.every((cell) => cells[cell].value === 0)) changed = giveUp(index) || changed;
    });
    if (changed) continue;
    const pinned = pinnedCells(reasons, members);
    if (pinned.length === 0) return reasons;
    const freed = pinned.some((cell) => linesOf[cell].some((line) => giveUp(line)) || giveUpNear(cell));
    if (!freed) return reasons;
  }
  return reasons;
}

function isSmall(cell: DisclosureCell, policy: DisclosurePolicy): boolean {
  if (cell.shown) return false;
  if (cell.kommuner === 0 && cell.persons === 0) return false;
  return cell.kommuner < policy.minKommuner || cell.persons < policy.minPersons;
}

/**
 * The cell to give up: a filtered table's cell before the parent's, an inner cell before a total, one that closes other lines before one that
 * opens new ones (fewer cells lost in all), a non-zero one before a zero, then the smallest.
 */
function cheapest(
  candidates: readonly number[],
  cells: readonly DisclosureCell[],
  closes: (cell: number) => number,
): number | undefined {
  const rank = (i: number) => [(cells[i].parent ? 2 : 0) + (cells[i].total ? 1 : 0), -closes(i), cells[i].value === 0 ? 1 : 0, cells[i].value];
  const ranked = candidates.map((cell) => ({ cell, rank: rank(cell) }));
  ranked.sort((a, b) => a.rank.reduce((order, x, i) => order || x - b.rank[i], 0) || a.cell - b.cell);
  return ranked[0]?.cell;
}

/**
 * The suppressed cells whose value the published sums fix. The sums fall apart into groups that
 * share no hidden cell (a national table's topics, say); each group is solved on its own, which
 * keeps the exact elimination small.
 */
function pinnedCells(reasons: readonly (SuppressionReason | null)[], members: readonly (readonly number[])[]): number[] {
  const touching = members.filter((line) => line.some((cell) => reasons[cell] !== null));
  const group = new Map<number, number>();
  const find = (cell: number): number => {
    let root = cell;
    while (group.get(root) !== root) root = group.get(root) as number;
    group.set(cell, root);
    return root;
  };
  for (const line of touching) {
    const hiddenCells = line.filter((cell) => reasons[cell] !== null);
    hiddenCells.forEach((cell) => group.has(cell) || group.set(cell, cell));
    hiddenCells.slice(1).forEach((cell) => group.set(find(cell), find(hiddenCells[0])));
  }
  const groups = new Map<number, { unknowns: number[]; lines: (readonly number[])[] }>();
  for (const cell of group.keys()) {
    const root = find(cell);
    if (!groups.has(root)) groups.set(root, { unknowns: [], lines: [] });
    groups.get(root)?.unknowns.push(cell);
  }
  for (const line of touching) groups.get(find(line.find((cell) => reasons[cell] !== null) as number))?.lines.push(line);
  return [...groups.values()].flatMap(({ unknowns, lines }) => {
    const column = new Map(unknowns.map((cell, index) => [cell, index]));
    const equations = lines.map((line) => {
      const row = new Array<number>(unknowns.length).fill(0);
      line.forEach((cell, position) => {
        const at = column.get(cell);
        if (at !== undefined) row[at] += position === line.length - 1 ? -1 : 1;
      });
      return row;
    });
    const fixed = determinedUnknowns(equations, unknowns.length);
    return unknowns.filter((_cell, index) => fixed[index]);
  });
}
