import type { PublicationReason } from '@kl/shared/contracts';
import type { DisclosureCell } from './suppress-cells';

/**
 * What the published tables' cell builders share (docs/national.md §6): adding a cell and a sum to
 * the family, the kinds of cell by what they rest on, and hiding a value of a published table.
 */

export type AddCell = (id: string, cell: DisclosureCell) => number;
export type AddLine = (parts: number[], total: number) => void;

/** Tenths of FTE (or of an average headcount): nobody counts more than one, so x rests on at least ceil(x) persons. */
export function fteCell(tenths: bigint, kommuner: number, total = false): DisclosureCell {
  return { value: Number(tenths) / 10, kommuner, persons: Number((tenths + 9n) / 10n), total };
}

/** The kommuner's own figures (programmes, kronor, vacancies): not persons, so only the kommun threshold applies. */
export function kommunFigureCell(value: number, kommuner: number, total = false): DisclosureCell {
  return { value, kommuner, persons: value === 0 ? 0 : Number.POSITIVE_INFINITY, total };
}

export type Hide = (target: object, key: string, reason: PublicationReason | null) => boolean;
/** A row's hider: `hide` a value with its reason, `derive` one published only when all its sources are. */
export type RowHider = (row: string) => { suppressed: string[]; hide: Hide; derive: (target: object, key: string, from: readonly string[]) => boolean };
