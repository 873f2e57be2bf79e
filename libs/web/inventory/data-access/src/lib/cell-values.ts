import type { CellValue } from '@kl/shared/contracts';

/** The letter shown in a cell, as on the national forms; empty when not assessed. */
export const CELL_TEXT: Record<Exclude<CellValue, null> | 'none', string> = {
  insufficient: 'S',
  basic: 'G',
  advanced: 'F',
  not_applicable: '–',
  none: '',
};

/** The full Swedish name, for screen readers and tooltips. */
export const CELL_LABEL: Record<Exclude<CellValue, null> | 'none', string> = {
  insufficient: 'Saknar tillräcklig kompetens',
  basic: 'Grundläggande',
  advanced: 'Fördjupad',
  not_applicable: 'Ej tillämplig',
  none: 'Ej bedömd',
};

export const cellKey = (value: CellValue): keyof typeof CELL_TEXT => value ?? 'none';

/**
 * The value a key press sets: G/F/S (also lower case) or 1/2/3 in the order the form lists them
 * (grundläggande, fördjupad, saknar), `-` for not applicable, Delete/Backspace to clear.
 * Undefined for any other key.
 */
export function valueForKey(key: string): CellValue | undefined {
  switch (key) {
    case 'g':
    case 'G':
    case '1':
      return 'basic';
    case 'f':
    case 'F':
    case '2':
      return 'advanced';
    case 's':
    case 'S':
    case '3':
      return 'insufficient';
    case '-':
      return 'not_applicable';
    case 'Delete':
    case 'Backspace':
      return null;
    default:
      return undefined;
  }
}
