import {
  AGE_BANDS,
  type AgeBand,
  type Degree,
  type EmploymentType,
  LEAVING_REASONS,
  type LeavingReason,
  type HeadcountPoint,
  type RetentionCohort,
  type TurnoverFigure,
} from '@kl/shared/contracts';
import { roundRatio, toScaled } from './decimal';
import { parseIsoDate } from './experience';
import { FTE_SCALE, fteFromScaled } from './share';

/**
 * One employment period (docs/workforce.md). `personKey` ties the periods of one person (a leave
 * and a return); an erased person's periods each have their own key.
 */
export interface EmploymentPeriodInput {
  personKey: string;
  employmentType: EmploymentType;
  /** Exact decimal. */
  fte: string;
  degree: Degree;
  degreeYear: number | null;
  employmentStart: string;
  employmentEnd: string | null;
  leavingReason: LeavingReason | null;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date. */
export function dayNumber(iso: string): number {
  const [y, m, d] = parseIsoDate(iso);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** Whole days from one ISO date to another (a vacancy's time to fill). */
export const daysBetween = (from: string, to: string) => dayNumber(to) - dayNumber(from);

/** The same day `years` later (29 February falls on 28 February). */
export function addYears(iso: string, years: number): string {
  const [y, m, d] = parseIsoDate(iso);
  const lastDay = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return `${y + years}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** Employed on a day: started on or before it and not ended before it (the end day is worked). */
export function employedOn(period: EmploymentPeriodInput, iso: string): boolean {
  return period.employmentStart <= iso && (period.employmentEnd === null || period.employmentEnd >= iso);
}

const isEmployee = (p: EmploymentPeriodInput) => p.employmentType !== 'consultant';

/** Headcount and FTE of employees on a day, and the consultants' FTE beside them. */
export function headcountOn(periods: readonly EmploymentPeriodInput[], iso: string): HeadcountPoint {
  let headcount = 0;
  let fte = 0n;
  let consultantFte = 0n;
  for (const period of periods) {
    if (!employedOn(period, iso)) continue;
    if (isEmployee(period)) {
      headcount += 1;
      fte += toScaled(period.fte, FTE_SCALE);
    } else {
      consultantFte += toScaled(period.fte, FTE_SCALE);
    }
  }
  return { date: iso, headcount, fte: fteFromScaled(fte), consultantFte: fteFromScaled(consultantFte) };
}

/** Person-days employees were employed from `from` to `to` (both included): the average headcount's numerator. */
export function employeeDaysIn(periods: readonly EmploymentPeriodInput[], from: string, to: string): bigint {
  const first = dayNumber(from);
  const last = dayNumber(to);
  let personDays = 0n;
  for (const period of periods.filter(isEmployee)) {
    const start = Math.max(first, dayNumber(period.employmentStart));
    const end = Math.min(last, period.employmentEnd === null ? last : dayNumber(period.employmentEnd));
    if (end >= start) personDays += BigInt(end - start + 1);
  }
  return personDays;
}

/**
 * Turnover (personalomsättning) of employees in a period: leavers (an employment that ended in
 * it, the last day included) ÷ average headcount (person-days employed in it ÷ its days).
 * Consultants are not employees and count in neither. A person who left and came back counts as
 * a leaver once per ending.
 */
export function turnoverIn(periods: readonly EmploymentPeriodInput[], from: string, to: string, excluding: readonly LeavingReason[] = []): TurnoverFigure {
  const days = BigInt(dayNumber(to) - dayNumber(from) + 1);
  const personDays = employeeDaysIn(periods, from, to);
  let leavers = 0;
  const byReason = Object.fromEntries([...LEAVING_REASONS, 'unknown'].map((r) => [r, 0])) as Record<LeavingReason | 'unknown', number>;
  for (const period of periods.filter(isEmployee)) {
    const left = period.employmentEnd !== null && period.employmentEnd >= from && period.employmentEnd <= to;
    if (left && !(period.leavingReason && excluding.includes(period.leavingReason))) {
      leavers += 1;
      byReason[period.leavingReason ?? 'unknown'] += 1;
    }
  }
  return {
    from,
    to,
    leavers,
    averageHeadcount: roundRatio(personDays, days, 2),
    rate: personDays === 0n ? null : roundRatio(BigInt(leavers) * days, personDays, 4),
    byReason,
  };
}

/** Turnover of each full calendar year from `fromYear` to `toYear`. */
export function turnoverByYear(periods: readonly EmploymentPeriodInput[], fromYear: number, toYear: number, excluding: readonly LeavingReason[] = []): TurnoverFigure[] {
  const years: TurnoverFigure[] = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    years.push(turnoverIn(periods, `${year}-01-01`, `${year}-12-31`, excluding));
  }
  return years;
}

/** A new graduate (nyutexaminerad): has a degree taken at most the year before the start. */
export function isNewGraduate(period: EmploymentPeriodInput): boolean {
  const startYear = Number(period.employmentStart.slice(0, 4));
  return period.degree !== 'none' && period.degreeYear !== null && period.degreeYear >= startYear - 1;
}

/**
 * Retention of each year's new hires (employees whose employment started that year), and of the
 * new graduates among them: still employed on the 1st, 2nd and 3rd anniversary of their start,
 * counted over those whose anniversary is not after `today`. Employed again by then after a
 * leave counts as retained.
 */
export function retentionCohorts(periods: readonly EmploymentPeriodInput[], fromYear: number, toYear: number, today: string): RetentionCohort[] {
  const employees = periods.filter(isEmployee);
  const byPerson = new Map<string, EmploymentPeriodInput[]>();
  for (const period of employees) byPerson.set(period.personKey, [...(byPerson.get(period.personKey) ?? []), period]);
  const cohorts: RetentionCohort[] = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    const hires = employees.filter((p) => p.employmentStart.startsWith(`${year}-`));
    for (const [group, members] of [['hires', hires], ['new_graduates', hires.filter(isNewGraduate)]] as const) {
      cohorts.push({
        year,
        group,
        hires: members.length,
        after: [1, 2, 3].map((years) => {
          const eligible = members.filter((p) => addYears(p.employmentStart, years) <= today);
          const retained = eligible.filter((p) => {
            const anniversary = addYears(p.employmentStart, years);
            return (byPerson.get(p.personKey) ?? []).some((q) => employedOn(q, anniversary));
          }).length;
          return { years, eligible: eligible.length, retained, share: eligible.length === 0 ? null : roundRatio(BigInt(retained), BigInt(eligible.length), 4) };
        }),
      });
    }
  }
  return cohorts;
}

/** The age band of someone born in `birthYear`, by the age they reach in `year`. */
export function ageBand(birthYear: number, year: number): AgeBand {
  const age = year - birthYear;
  if (age <= 29) return '-29';
  if (age >= 60) return '60-';
  return AGE_BANDS[Math.floor(age / 10) - 2];
}

export interface CurrentPerson {
  birthYear: number | null;
  fte: string;
}

export function ageStructure(people: readonly CurrentPerson[], year: number): { bands: { band: AgeBand; headcount: number }[]; unknown: number } {
  const counts = new Map<AgeBand, number>(AGE_BANDS.map((b) => [b, 0]));
  let unknown = 0;
  for (const person of people) {
    if (person.birthYear === null) unknown += 1;
    else counts.set(ageBand(person.birthYear, year), (counts.get(ageBand(person.birthYear, year)) ?? 0) + 1);
  }
  return { bands: AGE_BANDS.map((band) => ({ band, headcount: counts.get(band) ?? 0 })), unknown };
}

/**
 * The year someone reaches the pension age: only the year of birth is known, so the whole year
 * counts (born 1960, pension age 67: retires in 2027).
 */
export const retirementYear = (birthYear: number, pensionAge: number) => birthYear + pensionAge;

/**
 * Expected retirements within 1, 3 and 5 years of `year`: people whose retirement year is at
 * most `year + n` (those already past the age count from the first).
 */
export function retirementsWithin(people: readonly CurrentPerson[], pensionAge: number, year: number, horizons = [1, 3, 5]) {
  return horizons.map((years) => {
    const leaving = people.filter((p) => p.birthYear !== null && retirementYear(p.birthYear, pensionAge) <= year + years);
    return { years, headcount: leaving.length, fte: fteFromScaled(leaving.reduce((sum, p) => sum + toScaled(p.fte, FTE_SCALE), 0n)) };
  });
}

/** The median of whole numbers (the mean of the middle two for an even count), null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2);
}
