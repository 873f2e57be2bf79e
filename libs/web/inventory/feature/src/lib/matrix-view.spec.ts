import type { AssessmentMatrix } from '@kl/shared/contracts';
import { applyEdit, cellId, cellsFromMatrix } from '@kl/web/inventory/data-access';
import { buildMatrixView, matrixUnits } from './matrix-view';

const cell = (value: 'basic' | 'advanced' | 'insufficient' | 'not_applicable') => ({ value, version: 1, comment: null, assessedAt: null, assessorId: null });

const matrix: AssessmentMatrix = {
  round: { id: 'r', name: 'Höst 2026', status: 'open', referenceDate: '2026-10-01', acceptsAssessments: true },
  staffRole: 'caseworker',
  areas: [
    { code: 'SA', name: 'Socialt arbete', topics: [{ code: 'SA01', name: 'A' }, { code: 'SA02', name: 'B' }] },
    { code: 'JU', name: 'Juridik', topics: [{ code: 'JU01', name: 'C' }] },
  ],
  rows: [
    { staffMemberId: 'done', employeeNumber: 'E1', firstName: 'Anna', lastName: 'Ek', unitId: 'u', unitName: 'U', fte: 1, cells: { SA01: cell('basic'), SA02: cell('not_applicable'), JU01: cell('insufficient') } },
    { staffMemberId: 'half', employeeNumber: 'E2', firstName: 'Bo', lastName: 'Al', unitId: 'u', unitName: 'U', fte: 0.5, cells: { SA01: cell('advanced'), SA02: cell('basic') } },
  ],
};

describe('buildMatrixView', () => {
  it('shows each level by its letter and a pattern class, and not assessed as empty', () => {
    const view = buildMatrixView(matrix, cellsFromMatrix(matrix), { areaCode: null, onlyNotAssessed: false });
    expect(view.topics.map((t) => t.code)).toEqual(['SA01', 'SA02', 'JU01']);
    expect(view.rows[1].cells.map((c) => [c.text, c.levelClass, c.label])).toEqual([
      ['F', 'level-advanced', 'Fördjupad'],
      ['G', 'level-basic', 'Grundläggande'],
      ['', 'level-none', 'Ej bedömd'],
    ]);
    expect(view.rows[0].cells[1]).toMatchObject({ text: '–', label: 'Ej tillämplig' });
  });

  it('filters by area and by people with topics not yet assessed (not applicable counts as assessed)', () => {
    const cells = cellsFromMatrix(matrix);
    expect(buildMatrixView(matrix, cells, { areaCode: null, onlyNotAssessed: true }).rows.map((r) => r.row.staffMemberId)).toEqual(['half']);
    expect(buildMatrixView(matrix, cells, { areaCode: 'SA', onlyNotAssessed: true }).rows).toEqual([]);
    expect(buildMatrixView(matrix, cells, { areaCode: 'JU', onlyNotAssessed: false }).topics.map((t) => t.code)).toEqual(['JU01']);
  });

  it('narrows to one unit of the loaded people, and lists those units by name', () => {
    const twoUnits: AssessmentMatrix = {
      ...matrix,
      rows: [...matrix.rows, { staffMemberId: 'other', employeeNumber: 'E3', firstName: 'Cia', lastName: 'Ny', unitId: 'a', unitName: 'Äldre', fte: 1, cells: {} }],
    };
    const cells = cellsFromMatrix(twoUnits);
    expect(buildMatrixView(twoUnits, cells, { areaCode: null, onlyNotAssessed: false, unitId: 'a' }).rows.map((r) => r.row.staffMemberId)).toEqual(['other']);
    expect(buildMatrixView(twoUnits, cells, { areaCode: null, onlyNotAssessed: false, unitId: null }).rows).toHaveLength(3);
    expect(matrixUnits(twoUnits)).toEqual([{ id: 'u', name: 'U' }, { id: 'a', name: 'Äldre' }]);
  });

  it('says in the label that a cell has a comment', () => {
    const commented = applyEdit(cellsFromMatrix(matrix), cellId('done', 'SA01'), { value: 'basic', comment: 'Handleds av Eva' })?.cells ?? new Map();
    const view = buildMatrixView(matrix, commented, { areaCode: 'SA', onlyNotAssessed: false });
    expect(view.rows[0].cells[0]).toMatchObject({ hasComment: true, label: 'Grundläggande, med kommentar, inte sparad än' });
    expect(view.rows[0].cells[1]).toMatchObject({ hasComment: false, label: 'Ej tillämplig' });
    expect(view.rows[0].cells.map((c) => c.classes)).toEqual(['level-basic state-pending has-comment', 'level-not_applicable state-saved']);
  });

  it('says a cell is not saved yet in its label', () => {
    const edited = applyEdit(cellsFromMatrix(matrix), cellId('half', 'JU01'), { value: 'basic' })?.cells ?? new Map();
    const view = buildMatrixView(matrix, edited, { areaCode: 'JU', onlyNotAssessed: false });
    expect(view.rows[1].cells[0]).toMatchObject({ text: 'G', state: 'pending', label: 'Grundläggande, inte sparad än' });
  });
});
