import type { AssessmentCellInput } from '@kl/shared/contracts';
import { type CellLookup, type CurrentCell, planSave, saveInputErrors } from './save-plan';

const row = (over: Partial<CurrentCell> = {}): CurrentCell => ({
  value: 'basic',
  seq: 2,
  comment: 'Kurs bokad',
  assessedAt: '2026-11-23T19:31:00.000Z',
  assessorId: 'leader-1',
  ...over,
});
const lookup = (current: CurrentCell | null, topicId: string | null = 'topic-1'): CellLookup => ({
  topicId,
  inScope: true,
  current,
});
const input = (over: Partial<AssessmentCellInput> = {}): AssessmentCellInput => ({
  staffMemberId: 'staff-1',
  topicCode: 'JU01',
  value: 'advanced',
  expectedVersion: 2,
  ...over,
});

describe('planSave', () => {
  it('writes the next version onto the version the client saw, keeping a comment left out', () => {
    expect(planSave([input()], [lookup(row())])).toEqual([
      {
        kind: 'write',
        write: {
          index: 0,
          staffMemberId: 'staff-1',
          topicId: 'topic-1',
          topicCode: 'JU01',
          seq: 3,
          value: 'advanced',
          comment: 'Kurs bokad',
        },
      },
    ]);
  });

  it('clears a comment given as null or blank, and trims one given', () => {
    const [cleared, trimmed] = planSave(
      [input({ comment: '  ' }), input({ staffMemberId: 'staff-2', comment: ' Ny ' })],
      [lookup(row()), lookup(row())],
    );
    expect(cleared).toMatchObject({ kind: 'write', write: { comment: null } });
    expect(trimmed).toMatchObject({ kind: 'write', write: { comment: 'Ny' } });
  });

  it('reports a stale or too new expected version as a conflict with the current value', () => {
    const [stale, ahead, unwritten] = planSave(
      [input({ expectedVersion: 1 }), input({ expectedVersion: 5 }), input({ expectedVersion: 1 })],
      [lookup(row()), lookup(row()), lookup(null)],
    );
    expect(stale).toEqual({
      kind: 'conflict',
      conflict: {
        staffMemberId: 'staff-1',
        topicCode: 'JU01',
        expectedVersion: 1,
        current: {
          value: 'basic',
          version: 2,
          comment: 'Kurs bokad',
          assessedAt: '2026-11-23T19:31:00.000Z',
          assessorId: 'leader-1',
        },
      },
    });
    expect(ahead.kind).toBe('conflict');
    expect(unwritten).toMatchObject({
      kind: 'conflict',
      conflict: { current: { version: 0, value: null } },
    });
  });

  it('saves without a new row a cell given what it has, or clearing a cell never written', () => {
    const [same, neverWritten] = planSave(
      [input({ value: 'basic' }), input({ value: null, expectedVersion: 0 })],
      [lookup(row()), lookup(null)],
    );
    expect(same).toMatchObject({
      kind: 'saved',
      cell: { version: 2, value: 'basic', topicCode: 'JU01' },
    });
    expect(neverWritten).toMatchObject({ kind: 'saved', cell: { version: 0, value: null } });
  });

  it('writes a changed comment alone', () => {
    expect(planSave([input({ value: 'basic', comment: 'Ny' })], [lookup(row())])[0].kind).toBe(
      'write',
    );
  });
});

describe('saveInputErrors', () => {
  it('names unknown topics and repeated cells by index', () => {
    const cells = [
      input({ topicCode: 'XX99' }),
      input({ staffMemberId: 'STAFF-2' }),
      input({ staffMemberId: 'staff-2' }),
    ];
    expect(saveInputErrors(cells, [lookup(null, null), lookup(null), lookup(null)])).toEqual({
      'cells.0.topicCode': 'invalid_value',
      'cells.2': 'not_unique',
    });
  });
});
