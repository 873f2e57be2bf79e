import fc from 'fast-check';
import { findBodyShapeProblem, hasLoneSurrogate } from './body-shape';

const nested = (depth: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? [value] : { a: value };
  return value;
};

describe('findBodyShapeProblem', () => {
  it('accepts an ordinary body', () => {
    expect(findBodyShapeProblem({ email: 'anna@kommun.se', unitIds: ['a', 'b'], goals: [{ topicCode: 'JU02', level: 'basic' }] })).toBeNull();
  });

  it.each([[null], [[]], ['text'], [3], [true]])('refuses %p as the top level', (body) => {
    expect(findBodyShapeProblem(body)).toEqual({ kind: 'not_an_object' });
  });

  it('refuses nesting past the limit without overflowing the stack, and accepts it up to the limit', () => {
    expect(findBodyShapeProblem({ x: nested(100_000) })).toEqual({ kind: 'too_deep' });
    expect(findBodyShapeProblem({ x: nested(15) })).toBeNull();
    expect(findBodyShapeProblem({ x: nested(16) })).toEqual({ kind: 'too_deep' });
  });

  it('refuses an array longer than the limit', () => {
    expect(findBodyShapeProblem({ items: [{ ids: new Array(5_001).fill(0) }] })).toEqual({ kind: 'array_too_long', path: 'items.0.ids' });
  });

  it('answers __proto__, constructor and prototype keys as unknown fields, at any depth', () => {
    const body = JSON.parse('{"__proto__":{"isAdmin":true},"a":{"constructor":{"prototype":{}}},"b":[{"prototype":1}]}');
    const problem = findBodyShapeProblem(body);
    const errors = problem?.kind === 'fields' ? problem.errors : {};
    expect(Object.entries(errors)).toEqual([
      ['__proto__', 'unknown_field'],
      ['b.0.prototype', 'unknown_field'],
      ['a.constructor', 'unknown_field'],
    ]);
    expect(JSON.stringify(errors)).toContain('"__proto__":"unknown_field"');
  });

  it('answers lone surrogates in values and keys as invalid_format, and keeps proper pairs', () => {
    expect(findBodyShapeProblem({ email: '\ud800@x.se', list: ['ok', 'x\udc00'], name: 'Åsa 😀' })).toEqual({
      kind: 'fields',
      errors: { email: 'invalid_format', 'list.1': 'invalid_format' },
    });
    expect(findBodyShapeProblem({ ['k\ud800']: 1 })).toEqual({ kind: 'fields', errors: { 'k\ufffd': 'invalid_format' } });
  });

  it('reports at most 20 fields', () => {
    const body = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`f${i}`, '\ud800']));
    const problem = findBodyShapeProblem(body);
    expect(problem?.kind === 'fields' && Object.keys(problem.errors)).toHaveLength(20);
  });

  it('agrees with String.prototype.isWellFormed on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(hasLoneSurrogate(text)).toBe(!(text as string & { isWellFormed(): boolean }).isWellFormed());
      }),
    );
  });
});
