/**
 * Whole years between two dates (ISO `YYYY-MM-DD`), as used for years of professional experience:
 * derived at a reference date, never stored (DESIGN.md §3).
 */
export function fullYearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = parseIsoDate(from);
  const [ty, tm, td] = parseIsoDate(to);
  let years = ty - fy;
  if (tm < fm || (tm === fm && td < fd)) {
    years -= 1;
  }
  return years;
}

/**
 * The experience bands of the national tables and follow-ups: less than 1, 2 and 3 years, and
 * more than 4 years. The "less than" bands nest (under 1 is also under 2).
 */
export interface ExperienceBands {
  under1: boolean;
  under2: boolean;
  under3: boolean;
  over4: boolean;
}

export function experienceBands(experienceFrom: string, referenceDate: string): ExperienceBands {
  const [fy, fm, fd] = parseIsoDate(experienceFrom);
  const [ry, rm, rd] = parseIsoDate(referenceDate);
  const reference = Date.UTC(ry, rm - 1, rd);
  const anniversary = (years: number) => Date.UTC(fy + years, fm - 1, fd);
  return {
    under1: reference < anniversary(1),
    under2: reference < anniversary(2),
    under3: reference < anniversary(3),
    over4: reference > anniversary(4),
  };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(value: string): [number, number, number] {
  const match = ISO_DATE.exec(value);
  if (!match) {
    throw new RangeError(`Not an ISO date (YYYY-MM-DD): "${value}"`);
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new RangeError(`Not a calendar date: "${value}"`);
  }
  return [year, month, day];
}
