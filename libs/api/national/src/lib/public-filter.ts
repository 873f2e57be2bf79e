import { ValidationFailedError } from '@kl/api/core';
import type { NationalTableFilters } from '@kl/shared/contracts';

const FILTERS = ['kommungrupp', 'lan', 'cohort'] as const;

/** The one filter of a public read and its key in the publication (`all`, `lan=01`, …). */
export interface PublicFilter {
  key: string;
  /** The filter as given (`{}` for `all`), for the answer and the file's texts. */
  filters: NationalTableFilters;
  name: (typeof FILTERS)[number] | null;
}

/** One filter at a time: combinations are not published (their differences would need their own control). */
export function publicFilter(filters: NationalTableFilters): PublicFilter {
  const given = FILTERS.filter((k) => filters[k] !== undefined && filters[k] !== '');
  if (given.length > 1) throw new ValidationFailedError(Object.fromEntries(given.slice(1).map((k) => [k, 'not_allowed'] as const)));
  if (given.length === 0) return { key: 'all', filters: {}, name: null };
  const name = given[0];
  return { key: `${name}=${filters[name]}`, filters: { [name]: filters[name] }, name };
}
