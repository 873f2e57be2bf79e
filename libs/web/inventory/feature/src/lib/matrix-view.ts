import type { AssessmentMatrix, MatrixArea, MatrixRow, MatrixTopic } from '@kl/shared/contracts';
import { CELL_LABEL, CELL_TEXT, cellAt, cellId, cellKey, type CellMap, type CellSaveState } from '@kl/web/inventory/data-access';

export interface MatrixFilter {
  /** An area code, or null for every area. */
  areaCode: string | null;
  /** Only people with at least one visible topic not yet assessed. */
  onlyNotAssessed: boolean;
  /** Only the people of this unit (among the loaded ones), or null for all. */
  unitId?: string | null;
}

/** The units of the loaded people, by name: what a team leader with several units can narrow to. */
export function matrixUnits(matrix: AssessmentMatrix): { id: string; name: string }[] {
  const names = new Map(matrix.rows.map((row) => [row.unitId, row.unitName]));
  return [...names].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

export interface ViewCell {
  id: string;
  text: string;
  levelClass: string;
  state: CellSaveState;
  label: string;
  /** The cell carries a comment (marked in its corner and said in its label). */
  hasComment: boolean;
  /** Level, save state and comment as one class attribute: one binding per cell, set as it is. */
  classes: string;
}

export interface ViewRow {
  row: MatrixRow;
  cells: ViewCell[];
}

export interface MatrixView {
  areas: MatrixArea[];
  topics: MatrixTopic[];
  rows: ViewRow[];
}

const STATE_SUFFIX: Record<CellSaveState, string> = {
  saved: '',
  pending: ', inte sparad än',
  saving: ', sparas',
  conflict: ', krock: någon annan har ändrat',
  error: ', kunde inte sparas',
};

/** What the grid shows: the filtered areas, topics and people, each cell with text, pattern and state. */
export function buildMatrixView(matrix: AssessmentMatrix, cells: CellMap, filter: MatrixFilter): MatrixView {
  const areas = filter.areaCode ? matrix.areas.filter((a) => a.code === filter.areaCode) : matrix.areas;
  const topics = areas.flatMap((a) => a.topics);
  const rows: ViewRow[] = [];
  for (const row of matrix.rows) {
    if (filter.unitId && row.unitId !== filter.unitId) continue;
    const viewCells = topics.map((topic) => {
      const id = cellId(row.staffMemberId, topic.code);
      const cell = cellAt(cells, id);
      const key = cellKey(cell.value);
      const hasComment = !!cell.comment;
      const label = `${CELL_LABEL[key]}${hasComment ? ', med kommentar' : ''}${STATE_SUFFIX[cell.state]}`;
      const levelClass = `level-${key}`;
      const classes = `${levelClass} state-${cell.state}${hasComment ? ' has-comment' : ''}`;
      return { id, text: CELL_TEXT[key], levelClass, state: cell.state, label, hasComment, classes };
    });
    if (filter.onlyNotAssessed && !viewCells.some((c) => c.levelClass === 'level-none')) continue;
    rows.push({ row, cells: viewCells });
  }
  return { areas, topics, rows };
}
