import { FTE_DECIMALS } from '@kl/shared/contracts';
import { fromScaled, roundRatio, toScaled } from './decimal';

/** FTE (årsarbetare) is kept with three decimals in the database (87,5 % is 0.875). */
export const FTE_SCALE = FTE_DECIMALS;

/**
 * An FTE sum held in thousandths as an exact decimal string with two decimals, or three when
 * the third is needed: `1250n → "1.25"`, `875n → "0.875"`.
 */
export function fteFromScaled(units: bigint): string {
  const text = fromScaled(units, FTE_SCALE);
  return text.endsWith('0') ? text.slice(0, -1) : text;
}

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
export function sumDecimals(values: readonly (string | number)[], scale = 2): string {
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
