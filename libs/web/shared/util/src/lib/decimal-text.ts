import { roundDecimalText } from '@kl/shared/util';

export { roundDecimalText };

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
