import type { AssessmentMatrix } from '@kl/shared/contracts';
import { valueForKey } from './cell-values';
import {
  applyEdit,
  applySaveResult,
  cellAt,
  cellId,
  cellsFromMatrix,
  markUnsent,
  resolveConflict,
  retryFailed,
  summarise,
  takePending,
} from './matrix-model';

const matrix: AssessmentMatrix = {
  round: { id: 'r', name: 'Höst 2026', status: 'open', referenceDate: '2026-10-01', acceptsAssessments: true },
  staffRole: 'caseworker',
  areas: [{ code: 'SA', name: 'Socialt arbete', topics: [{ code: 'SA01', name: 'Barns utveckling' }, { code: 'SA02', name: 'Barns utsatthet' }] }],
  rows: [
    {
      staffMemberId: 'a',
      employeeNumber: 'E1',
      firstName: 'Anna',
      lastName: 'Ek',
      unitId: 'u',
      unitName: 'Utredning',
      fte: 1,
      cells: { SA01: { value: 'basic', version: 2, comment: null, assessedAt: '2026-10-02T08:00:00Z', assessorId: 'x' } },
    },
  ],
};

describe('valueForKey', () => {
  it.each([
    ['g', 'basic'], ['G', 'basic'], ['1', 'basic'],
    ['f', 'advanced'], ['F', 'advanced'], ['2', 'advanced'],
    ['s', 'insufficient'], ['S', 'insufficient'], ['3', 'insufficient'],
    ['-', 'not_applicable'], ['Delete', null], ['Backspace', null],
  ])('%s sets %p', (key, value) => expect(valueForKey(key)).toBe(value));

  it.each(['x', '4', 'Enter', ' '])('%s sets nothing', (key) => expect(valueForKey(key)).toBeUndefined());
});

/** An edit that must change something. */
function mustEdit(...args: Parameters<typeof applyEdit>) {
  const result = applyEdit(...args);
  if (!result) throw new Error('the edit changed nothing');
  return result;
}

describe('the matrix model', () => {
  const a1 = cellId('a', 'SA01');
  const a2 = cellId('a', 'SA02');

  it('reads written cells with their versions, and treats the rest as not assessed at version 0', () => {
    const cells = cellsFromMatrix(matrix);
    expect(cellAt(cells, a1)).toMatchObject({ value: 'basic', version: 2, state: 'saved' });
    expect(cellAt(cells, a2)).toEqual({ value: null, comment: null, version: 0, state: 'saved' });
  });

  it('records an edit with what it replaced, and ignores an edit that changes nothing', () => {
    const cells = cellsFromMatrix(matrix);
    const result = applyEdit(cells, a1, { value: 'advanced' });
    expect(result?.edit).toEqual({ id: a1, before: { value: 'basic', comment: null } });
    expect(cellAt(result?.cells ?? new Map(), a1)).toMatchObject({ value: 'advanced', state: 'pending', version: 2 });
    expect(applyEdit(cells, a1, { value: 'basic' })).toBeNull();
  });

  it('sends pending cells with the version they were based on, then takes the new versions', () => {
    let cells = mustEdit(cellsFromMatrix(matrix), a1, { value: 'insufficient' }).cells;
    cells = mustEdit(cells, a2, { value: 'not_applicable', comment: 'Arbetar inte med detta' }).cells;
    const { inputs, cells: sending } = takePending(cells);
    expect(inputs).toEqual([
      { staffMemberId: 'a', topicCode: 'SA01', value: 'insufficient', comment: null, expectedVersion: 2 },
      { staffMemberId: 'a', topicCode: 'SA02', value: 'not_applicable', comment: 'Arbetar inte med detta', expectedVersion: 0 },
    ]);
    expect(summarise(sending)).toEqual({ pending: 0, saving: 2, conflicts: 0, errors: 0 });
    const saved = applySaveResult(sending, {
      saved: [{ staffMemberId: 'a', topicCode: 'SA01', value: 'insufficient', version: 3, comment: null, assessedAt: null, assessorId: null }],
      conflicts: [
        {
          staffMemberId: 'a',
          topicCode: 'SA02',
          expectedVersion: 0,
          current: { value: 'advanced', version: 1, comment: null, assessedAt: null, assessorId: 'y' },
        },
      ],
    });
    expect(cellAt(saved, a1)).toMatchObject({ value: 'insufficient', version: 3, state: 'saved' });
    expect(cellAt(saved, a2)).toMatchObject({ value: 'not_applicable', state: 'conflict', theirs: { value: 'advanced', version: 1 } });

    expect(cellAt(resolveConflict(saved, a2, 'theirs'), a2)).toMatchObject({ value: 'advanced', version: 1, state: 'saved' });
    expect(cellAt(resolveConflict(saved, a2, 'mine'), a2)).toMatchObject({ value: 'not_applicable', version: 1, state: 'pending' });
  });

  it('keeps an edit made while its cell was being saved, on the new version', () => {
    const sending = takePending(mustEdit(cellsFromMatrix(matrix), a1, { value: 'advanced' }).cells).cells;
    const editedAgain = mustEdit(sending, a1, { value: 'insufficient' }).cells;
    const after = applySaveResult(editedAgain, {
      saved: [{ staffMemberId: 'a', topicCode: 'SA01', value: 'advanced', version: 3, comment: null, assessedAt: null, assessorId: null }],
      conflicts: [],
    });
    expect(cellAt(after, a1)).toMatchObject({ value: 'insufficient', version: 3, state: 'pending' });
  });

  it('keeps unsent cells after a failed send and sends them again on retry', () => {
    const sending = takePending(mustEdit(cellsFromMatrix(matrix), a1, { value: null }).cells).cells;
    const failed = markUnsent(sending);
    expect(cellAt(failed, a1)).toMatchObject({ value: null, state: 'error' });
    expect(takePending(retryFailed(failed)).inputs).toEqual([
      { staffMemberId: 'a', topicCode: 'SA01', value: null, comment: null, expectedVersion: 2 },
    ]);
  });
});
