import { determinedUnknowns } from './determined-cells';
import { suppressTable } from './suppress-table';

/** A cell on many kommuner and persons (published) or, with `small`, on two kommuner. */
const big = (value: number) => ({ value, kommuner: 10, persons: 20 });
const small = (value: number) => ({ value, kommuner: 2, persons: 3 });

describe('suppressTable', () => {
  it('publishes a table with nothing small as it is', () => {
    const s = suppressTable({ cells: [[big(1), big(2)], [big(3), big(4)]], rowTotals: [big(3), big(7)], columnTotals: [big(4), big(6)], total: big(10) });
    expect(s).toEqual({ cells: [[null, null], [null, null]], rowTotals: [null, null], columnTotals: [null, null], total: null });
  });

  it('hides a second cell in the row and in the column of one small cell, and a fourth to close the square', () => {
    const s = suppressTable({
      cells: [
        [small(2), big(30), big(8)],
        [big(40), big(50), big(9)],
        [big(60), big(70), big(7)],
      ],
      rowTotals: [big(40), big(99), big(137)],
      columnTotals: [big(102), big(150), big(24)],
      total: big(276),
    });
    expect(s.cells).toEqual([
      ['primary', null, 'complementary'],
      ['complementary', null, 'complementary'],
      [null, null, null],
    ]);
    expect(s.rowTotals).toEqual([null, null, null]);
    expect(s.total).toBeNull();
  });

  it('hides a small total together with a partner in its row and among the totals', () => {
    const s = suppressTable({
      cells: [[big(5), big(6)], [big(7), big(8)]],
      rowTotals: [small(11), big(15)],
      columnTotals: [big(12), big(14)],
      total: big(26),
    });
    // The small row total pins nothing once one of its row's cells and the other row total are hidden.
    expect(s.rowTotals).toEqual(['primary', 'complementary']);
    expect(s.cells[0].filter((r) => r !== null)).toHaveLength(1);
    expect(s.cells[1].filter((r) => r !== null)).toHaveLength(1);
  });

  it('hides everything a filter leaves on two kommuner', () => {
    const s = suppressTable({ cells: [[small(1), small(2)]], rowTotals: [small(3)], columnTotals: [small(1), small(2)], total: small(3) });
    expect(s.cells.flat().every((r) => r === 'primary')).toBe(true);
    expect(s.total).toBe('primary');
  });

  it('does not pair a small cell with a zero its reader could subtract away', () => {
    const s = suppressTable({ cells: [[small(0), big(0), big(5)]], rowTotals: [big(5)] });
    expect(s.cells[0]).toEqual(['primary', null, 'complementary']);
  });

  it('publishes a cell that rests on nobody', () => {
    const s = suppressTable({ cells: [[{ value: 0, kommuner: 0, persons: 0 }, big(5)]], rowTotals: [big(5)] });
    expect(s.cells[0]).toEqual([null, null]);
  });

  it('applies a table without margins cell by cell', () => {
    const s = suppressTable({ cells: [[small(1), big(2)]] });
    expect(s.cells[0]).toEqual(['primary', null]);
  });
});

describe('determinedUnknowns', () => {
  it('finds what two sums together fix though neither does alone', () => {
    // x0 + x1 = a and x1 + x2 = b leave all three open; adding x0 + x2 = c fixes every one.
    expect(determinedUnknowns([[1, 1, 0], [0, 1, 1]], 3)).toEqual([false, false, false]);
    expect(determinedUnknowns([[1, 1, 0], [0, 1, 1], [1, 0, 1]], 3)).toEqual([true, true, true]);
  });

  it('finds a bridge between two open squares', () => {
    // Two 2 × 2 cycles (x0..x3 and x5..x8) joined by x4: the cycles stay open, the bridge is fixed.
    const equations = [
      [1, 1, 0, 0, 0, 0, 0, 0, 0],
      [0, 0, 1, 1, 0, 0, 0, 0, 0],
      [1, 0, 1, 0, 0, 0, 0, 0, 0],
      [0, 1, 0, 1, 1, 0, 0, 0, 0],
      [0, 0, 0, 0, 1, 1, 0, 1, 0],
      [0, 0, 0, 0, 0, 1, 1, 0, 0],
      [0, 0, 0, 0, 0, 0, 0, 1, 1],
      [0, 0, 0, 0, 0, 0, 1, 0, 1],
    ];
    expect(determinedUnknowns(equations, 9)).toEqual([false, false, false, false, true, false, false, false, false]);
  });
});
