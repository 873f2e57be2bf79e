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

/** A decimal string in Swedish form: one decimal rounding as asked, decimal comma (`"12,4"`). */
export function swedishDecimal(value: string, digits = 1): string {
  return roundDecimalText(value, digits).replace('.', ',');
}

/**
 * Årsarbetare from the API as Swedish text, exact: two decimals, or three when the sum has a
 * third (FTE is kept in thousandths, 87,5 % is 0.875): `"2.25"` → `"2,25"`, `"0.875"` → `"0,875"`.
 */
export function swedishFte(value: string): string {
  const third = /\.\d\d([1-9])/.test(value);
  return swedishDecimal(value, third ? 3 : 2);
}

/** A percentage from the API (`"33.3"`) as Swedish text (`"33,3 %"`); null as `–` (nobody assessed). */
export function swedishPercent(value: string | null, digits = 1): string {
  return value === null ? '–' : `${swedishDecimal(value, digits)} %`;
}
