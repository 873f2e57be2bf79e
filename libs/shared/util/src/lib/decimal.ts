const DECIMAL_PATTERN = /^([+-])?(\d+)(?:[.,](\d+))?$/;

/**
 * Parses a decimal written with point or comma ("37,5", "0.75") into an exact integer of
 * `scale` decimals: `toScaled("0.75", 2) === 75n`. Rejects values with more decimals than
 * `scale` rather than rounding them silently.
 */
export function toScaled(value: string | number, scale: number): bigint {
  const text = typeof value === 'number' ? numberToPlainString(value) : value.trim();
  const match = DECIMAL_PATTERN.exec(text);
  if (!match) {
    throw new RangeError(`Not a decimal number: "${value}"`);
  }
  const [, sign, whole, fraction = ''] = match;
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > scale) {
    throw new RangeError(`"${value}" has more than ${scale} decimals`);
  }
  const units = BigInt(whole + fraction.padEnd(scale, '0').slice(0, scale));
  return sign === '-' ? -units : units;
}

/** Formats a scaled integer back to a plain decimal string with exactly `scale` decimals. */
export function fromScaled(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${negative ? '-' : ''}${whole}${scale > 0 ? `.${fraction}` : ''}`;
}

/**
 * Rounds `numerator / denominator` to `decimals` places, half away from zero, exactly (no
 * floating point in between). This is the one rounding rule of the national tables (DESIGN.md §4).
 */
export function roundRatio(numerator: bigint, denominator: bigint, decimals: number): string {
  if (denominator === 0n) {
    throw new RangeError('Division by zero');
  }
  const negative = numerator < 0n !== denominator < 0n && numerator !== 0n;
  const num = (numerator < 0n ? -numerator : numerator) * 10n ** BigInt(decimals);
  const den = denominator < 0n ? -denominator : denominator;
  let quotient = num / den;
  if ((num % den) * 2n >= den) {
    quotient += 1n;
  }
  return fromScaled(negative ? -quotient : quotient, decimals);
}

/** Rounds a decimal string half away from zero: `roundDecimal("2.45", 1) === "2.5"`. */
export function roundDecimal(value: string | number, decimals: number): string {
  const text = typeof value === 'number' ? numberToPlainString(value) : value.trim();
  const fraction = DECIMAL_PATTERN.exec(text)?.[3] ?? '';
  const scale = Math.max(fraction.length, decimals);
  return roundRatio(toScaled(text, scale), 10n ** BigInt(scale), decimals);
}

function numberToPlainString(value: number): string {
  if (!Number.isFinite(value)) {
    throw new RangeError(`Not a finite number: ${value}`);
  }
  // Up to 20 significant digits without exponent notation; enough for FTE and money.
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}
