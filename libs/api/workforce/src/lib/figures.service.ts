import { Injectable } from '@nestjs/common';
import { type Actor, type KommunTransaction, ScopedData } from '@kl/api/core';
import type { RetentionCohort, TurnoverFigure, WorkforceFigures, WorkforceQuery } from '@kl/shared/contracts';
import {
  ageStructure,
  daysBetween,
  fteFromScaled,
  FTE_SCALE,
  headcountOn,
  median,
  retentionCohorts,
  retirementsWithin,
  roundRatio,
  todayInSweden,
  toScaled,
  turnoverByYear,
  turnoverIn,
} from '@kl/shared/util';
import { loadCurrentStaff, loadPensionAge, loadPeriods, readReach, vacancyFilter, type WorkforceReach } from './workforce-rows';

/** Groups smaller than this are not shown outside HR (DESIGN.md: small counts are suppressed). */
export const SMALLEST_GROUP = 5;

/** The period of a query: by default the last five full years and this year so far. */
export function queryPeriod(query: WorkforceQuery, today: string): { from: string; to: string } {
  const to = query.to ?? today;
  const from = query.from ?? `${Number(to.slice(0, 4)) - 5}-01-01`;
  return { from, to };
}

/**
 * The kommun's staffing figures (docs/workforce.md), all from the employment periods: HR sees
 * everything; a team leader sees their units, with turnover and retention resting on fewer than
 * five people suppressed and nothing from years of birth.
 */
@Injectable()
export class FiguresService {
  constructor(private readonly data: ScopedData) {}

  figures(actor: Actor, query: WorkforceQuery, today = todayInSweden()): Promise<WorkforceFigures> {
    return this.data.inKommun(actor, async (tx) => {
      const { from, to } = queryPeriod(query, today);
      const reach = await readReach(tx, query);
      const periods = await loadPeriods(tx, reach, to);
      const complete = tx.scope.staff.kind === 'all';
      const [fromYear, toYear] = [Number(from.slice(0, 4)), Number(to.slice(0, 4))];
      const points = [from, ...range(fromYear + 1, toYear).map((y) => `${y}-01-01`).filter((d) => d > from && d < to), to];
      const end = headcountOn(periods, to);
      const total = toScaled(end.fte, FTE_SCALE) + toScaled(end.consultantFte, FTE_SCALE);
      const suppressed: string[] = [];
      const shown = (figure: TurnoverFigure, key: string) => (complete ? figure : suppressTurnover(figure, key, suppressed));
      const figures: WorkforceFigures = {
        from,
        to,
        complete,
        headcount: points.map((d) => headcountOn(periods, d)),
        turnover: shown(turnoverIn(periods, from, to), 'turnover'),
        turnoverByYear: turnoverByYear(periods, fromYear, toYear).map((t) => shown(t, `turnover.${t.from.slice(0, 4)}`)),
        retention: retentionCohorts(periods, fromYear, toYear, today).map((c) => (complete ? c : suppressCohort(c, suppressed))),
        consultantShare: {
          consultantFte: end.consultantFte,
          totalFte: fteFromScaled(total),
          share: total === 0n ? null : roundRatio(toScaled(end.consultantFte, FTE_SCALE), total, 4),
        },
        ageStructure: null,
        unknownAge: null,
        retirements: null,
        vacancies: await vacancyFigures(tx, reach, from, to),
        suppressed,
      };
      if (complete) Object.assign(figures, await ageAndRetirements(tx, reach, to));
      return figures;
    });
  }
}

async function ageAndRetirements(tx: KommunTransaction, reach: WorkforceReach, on: string) {
  const people = await loadCurrentStaff(tx, reach, on);
  const { pensionAge } = await loadPensionAge(tx);
  const year = Number(on.slice(0, 4));
  const ages = ageStructure(people, year);
  return { ageStructure: ages.bands, unknownAge: ages.unknown, retirements: { pensionAge, within: retirementsWithin(people, pensionAge, year) } };
}

async function vacancyFigures(tx: KommunTransaction, reach: WorkforceReach, from: string, to: string): Promise<WorkforceFigures['vacancies']> {
  const p = tx.params();
  const rows = await tx.query<{ fte: string; openedOn: string; filledOn: string | null; difficulty: string; coveredByConsultant: boolean }>(
    `SELECT v.fte::text AS fte, v.opened_on::text AS "openedOn", v.filled_on::text AS "filledOn", v.difficulty,
            v.covered_by_consultant AS "coveredByConsultant"
     FROM vacancy v JOIN org_unit u ON u.id = v.unit_id WHERE ${vacancyFilter(tx, p, reach)}`,
    p,
  );
  const open = rows.filter((v) => v.openedOn <= to && (v.filledOn === null || v.filledOn > to));
  const filled = rows.filter((v) => v.filledOn !== null && v.filledOn >= from && v.filledOn <= to);
  return {
    open: open.length,
    openFte: fteFromScaled(open.reduce((sum, v) => sum + toScaled(v.fte, FTE_SCALE), 0n)),
    hardToFill: open.filter((v) => v.difficulty !== 'easy').length,
    coveredByConsultant: open.filter((v) => v.coveredByConsultant).length,
    filledInPeriod: filled.length,
    medianDaysToFill: median(filled.map((v) => daysBetween(v.openedOn, v.filledOn as string))),
  };
}

function suppressTurnover(figure: TurnoverFigure, key: string, suppressed: string[]): TurnoverFigure {
  if (Number(figure.averageHeadcount) >= SMALLEST_GROUP) return figure;
  suppressed.push(key);
  return { ...figure, leavers: null, rate: null, byReason: null };
}

function suppressCohort(cohort: RetentionCohort, suppressed: string[]): RetentionCohort {
  if ((cohort.hires ?? 0) >= SMALLEST_GROUP || cohort.hires === 0) return cohort;
  suppressed.push(`retention.${cohort.year}.${cohort.group}`);
  return { ...cohort, hires: null, after: cohort.after.map((a) => ({ ...a, eligible: null, retained: null, share: null })) };
}

function range(from: number, to: number): number[] {
  return from > to ? [] : Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
