import { compactCellSql, decodeLevels } from './cell-levels';

describe('compact cell values', () => {
  it('decodes two characters per cell: topic index and value letter', () => {
    // Topic 0 basic, topic 2 not applicable, topic 3 insufficient, topic 4 advanced.
    expect(decodeLevels('AbCnDiEa', 6)).toEqual([
      'basic',
      undefined,
      'not_applicable',
      'insufficient',
      'advanced',
      undefined,
    ]);
  });

  it('reads nothing assessed from null or empty text', () => {
    expect(decodeLevels(null, 2)).toEqual([undefined, undefined]);
    expect(decodeLevels('', 1)).toEqual([undefined]);
  });

  it('refuses a topic outside the list or an unknown letter', () => {
    expect(() => decodeLevels('Cb', 2)).toThrow(RangeError);
    expect(() => decodeLevels('Ax', 2)).toThrow(RangeError);
  });

  it('writes the SQL for the same letters', () => {
    const sql = compactCellSql('t.i', 'c.value');
    expect(sql).toContain('chr(65 + t.i)');
    expect(sql).toContain("WHEN 'not_applicable' THEN 'n'");
    expect(sql).toContain("WHEN 'insufficient' THEN 'i'");
  });
});
