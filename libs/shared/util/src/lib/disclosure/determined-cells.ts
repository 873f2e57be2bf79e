/**
 * Which unknowns of a system of linear equations with 0/±1 coefficients are fixed by it: exact
 * rational elimination (BigInt), no floating point. An unknown is fixed exactly when its unit
 * vector lies in the row space of the equations, i.e. when its column is a pivot of the reduced
 * row echelon form and that pivot row has no other non-zero entry.
 */
export function determinedUnknowns(equations: readonly (readonly number[])[], unknowns: number): boolean[] {
  const rows = equations.map((coefficients) => coefficients.map((c) => new Fraction(BigInt(c), 1n)));
  const pivotRowOf = new Map<number, number>();
  let rank = 0;
  for (let column = 0; column < unknowns && rank < rows.length; column++) {
    const found = rows.findIndex((row, index) => index >= rank && !row[column].isZero());
    if (found < 0) continue;
    [rows[rank], rows[found]] = [rows[found], rows[rank]];
    const pivot = rows[rank][column];
    rows[rank] = rows[rank].map((value) => value.div(pivot));
    rows.forEach((row, index) => {
      if (index === rank || row[column].isZero()) return;
      const factor = row[column];
      rows[index] = row.map((value, j) => value.sub(factor.mul(rows[rank][j])));
    });
    pivotRowOf.set(column, rank);
    rank++;
  }
  return Array.from({ length: unknowns }, (_u, column) => {
    const at = pivotRowOf.get(column);
    return at !== undefined && rows[at].every((value, j) => j === column || value.isZero());
  });
}

class Fraction {
  readonly n: bigint;
  readonly d: bigint;

  constructor(n: bigint, d: bigint) {
    const sign = d < 0n ? -1n : 1n;
    const g = gcd(n < 0n ? -n : n, d < 0n ? -d : d) || 1n;
    this.n = (sign * n) / g;
    this.d = (sign * d) / g;
  }

  isZero(): boolean {
    return this.n === 0n;
  }

  sub(o: Fraction): Fraction {
    return new Fraction(this.n * o.d - o.n * this.d, this.d * o.d);
  }

  mul(o: Fraction): Fraction {
    return new Fraction(this.n * o.n, this.d * o.d);
  }

  div(o: Fraction): Fraction {
    return new Fraction(this.n * o.d, this.d * o.n);
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
