/**
 * Rounds a decimal string from the API (`"12.35"`, `"-0.05"`) to `digits` decimals, half away from
 * zero, without going through binary floating point (DESIGN.md §4: shares and FTE are exact
 * decimals, rounded once for display). Returns the plain string with a decimal point.
 */
export function roundDecimalText(value: string, digits: number): string {
  const match = /^(-?)(\d*)(?:\.(\d*))?$/.exec(value.trim());
  if (!match) throw new Error(`Not a decimal: ${value}`);
  const [, sign, whole = '', fraction = ''] = match;
  const padded = (fraction + '0'.repeat(digits + 1)).slice(0, digits + 1);
  const digitsKept = (whole || '0') + padded.slice(0, digits);
  let scaled = BigInt(digitsKept);
  if (Number(padded[digits]) >= 5) scaled += 1n;
  const text = scaled.toString().padStart(digits + 1, '0');
  const integer = text.slice(0, text.length - digits);
  const decimals = text.slice(text.length - digits);
  const isZero = scaled === 0n;
  return `${sign && !isZero ? '-' : ''}${integer}${digits > 0 ? `.${decimals}` : ''}`;
}
