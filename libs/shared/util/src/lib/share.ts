import { fromScaled, roundRatio, toScaled } from './decimal';

/** FTE (årsarbetare) and money are kept with two decimals in the database. */
export const FTE_SCALE = 2;

/**
 * The share `part / total` in percent, rounded once to `decimals` places, half away from zero.
 * Both are exact decimals (numeric from PostgreSQL arrives as strings). `null` when the total is
 * zero: a topic nobody was assessed in has no share (not assessed is not "saknar").
 */
export function sharePercent(
  part: string | number,
  total: string | number,
  decimals = 1,
): string | null {
  const scale = Math.max(FTE_SCALE, decimalsOf(part), decimalsOf(total));
  const denominator = toScaled(total, scale);
  if (denominator === 0n) {
    return null;
  }
  return roundRatio(toScaled(part, scale) * 100n, denominator, decimals);
}

/** Exact sum of decimals, returned with `scale` decimals. */
export function sumDecimals(values: readonly (string | number)[], scale = FTE_SCALE): string {
  let units = 0n;
  for (const value of values) {
    units += toScaled(value, scale);
  }
  return fromScaled(units, scale);
}

function decimalsOf(value: string | number): number {
  const text = String(value);
  const separator = text.search(/[.,]/);
  return separator < 0 ? 0 : text.length - separator - 1;
}
