import {
  FTE_DECIMALS,
  INDICATOR_MEASURES,
  type CellValue,
  type Degree,
  type Gender,
  type IndicatorAnswer,
  type IndicatorMeasure,
  type NationalGender,
  type NationalLevel,
  type NationalMeasure,
} from '@kl/shared/contracts';
import { roundRatio, toScaled } from './decimal';
import { experienceBands } from './experience';

/**
 * A kommun's submission built from a round's frozen population (docs/national.md has every
 * counting rule and the final report's wording behind it). FTE are summed exactly in thousandths
 * and rounded once per cell to one decimal, half away from zero; counts are headcounts.
 */

/** One person of the frozen population, as the submission needs them (no name, no id). */
export interface PopulationMember {
  role: 'caseworker' | 'team_leader';
  /** Exact decimal (`"0.75"`). */
  fte: string;
  gender: Gender;
  degree: Degree;
  experienceStart: string;
  continuingEducation: boolean;
  furtherEducation: boolean;
  masters: boolean;
  firstManagerialJob: boolean | null;
  needsDevelopment: boolean | null;
  /** Leader levels at the close by topic code; absent: not assessed. */
  levels: ReadonlyMap<string, CellValue>;
}

/** One §3 cell of the submission (the kommun and round are added by the writer). */
export interface SubmissionCell {
  matt: NationalMeasure;
  inriktning: string;
  niva: NationalLevel | '';
  kon: NationalGender | '';
  /** A decimal string with point (one decimal for FTE, whole for counts), or an indicator answer. */
  varde: string;
}

const LEVEL_OF: Partial<Record<NonNullable<CellValue>, NationalLevel>> = {
  basic: 'G',
  advanced: 'F',
  insufficient: 'S',
};
const GENDER_OF: Record<Gender, NationalGender> = { woman: 'K', man: 'M', other: 'A' };

/**
 * Socionomexamen for the national tables: a Swedish one, or one taken abroad (utländsk
 * socionomexamen), which SOSFS 2014:7 treats alike once it is recognised.
 */
export function hasSocionomexamen(degree: Degree): boolean {
  return degree === 'social_work' || degree === 'foreign_social_work';
}

/** FTE held in thousandths, rounded once to one decimal, half away from zero. */
export function fteCell(thousandths: bigint): string {
  return roundRatio(thousandths, 10n ** BigInt(FTE_DECIMALS), 1);
}

export function buildSubmission(
  people: readonly PopulationMember[],
  topicCodes: readonly string[],
  referenceDate: string,
  indicators: Partial<Record<IndicatorMeasure, IndicatorAnswer>>,
): SubmissionCell[] {
  const cells: SubmissionCell[] = [];
  const fte = (m: PopulationMember) => toScaled(m.fte, FTE_DECIMALS);
  const caseworkers = people.filter((m) => m.role === 'caseworker');
  const teamLeaders = people.filter((m) => m.role === 'team_leader');

  for (const topic of topicCodes) {
    const byLevel: Record<NationalLevel, bigint> = { G: 0n, F: 0n, S: 0n };
    for (const m of caseworkers) {
      const value = m.levels.get(topic);
      const level = value ? LEVEL_OF[value] : undefined;
      if (level) byLevel[level] += fte(m);
    }
    for (const level of ['G', 'F', 'S'] as const) {
      cells.push({ matt: 'bedomning_fte', inriktning: topic, niva: level, kon: '', varde: fteCell(byLevel[level]) });
    }
  }

  const fteBy = (members: readonly PopulationMember[], gender: NationalGender) =>
    fteCell(members.filter((m) => GENDER_OF[m.gender] === gender).reduce((s, m) => s + fte(m), 0n));
  const withoutSocionom = caseworkers.filter((m) => !hasSocionomexamen(m.degree));
  for (const kon of ['K', 'M', 'A'] as const) {
    cells.push({ matt: 'handlaggare_fte', inriktning: '', niva: '', kon, varde: fteBy(caseworkers, kon) });
  }
  const newSocionomer = caseworkers.filter(
    (m) => hasSocionomexamen(m.degree) && experienceBands(m.experienceStart, referenceDate).under1,
  );
  cells.push(single('handlaggare_socionom_under1ar_fte', fteCell(newSocionomer.reduce((s, m) => s + fte(m), 0n))));
  for (const kon of ['K', 'M', 'A'] as const) {
    cells.push({ matt: 'handlaggare_utan_socionom_fte', inriktning: '', niva: '', kon, varde: fteBy(withoutSocionom, kon) });
  }
  const heads = (members: readonly PopulationMember[], test: (m: PopulationMember) => boolean) =>
    String(members.filter(test).length);
  cells.push(single('handlaggare_fortbildning_antal', heads(caseworkers, (m) => m.continuingEducation)));
  cells.push(single('handlaggare_vidareutbildning_antal', heads(caseworkers, (m) => m.furtherEducation)));
  cells.push(single('handlaggare_magister_antal', heads(caseworkers, (m) => m.furtherEducation && m.masters)));

  for (const kon of ['K', 'M', 'A'] as const) {
    cells.push({
      matt: 'arbetsledare_antal',
      inriktning: '',
      niva: '',
      kon,
      varde: heads(teamLeaders, (m) => GENDER_OF[m.gender] === kon),
    });
  }
  cells.push(single('arbetsledare_forsta_chefsjobb_antal', heads(teamLeaders, (m) => m.firstManagerialJob === true)));
  cells.push(single('arbetsledare_behov_antal', heads(teamLeaders, (m) => m.needsDevelopment === true)));
  cells.push(
    single('arbetsledare_under3ar_antal', heads(teamLeaders, (m) => experienceBands(m.experienceStart, referenceDate).under3)),
  );
  cells.push(single('arbetsledare_fortbildning_antal', heads(teamLeaders, (m) => m.continuingEducation)));
  cells.push(single('arbetsledare_vidareutbildning_antal', heads(teamLeaders, (m) => m.furtherEducation)));
  cells.push(single('arbetsledare_magister_antal', heads(teamLeaders, (m) => m.furtherEducation && m.masters)));

  for (const measure of INDICATOR_MEASURES) {
    const answer = indicators[measure];
    if (answer) cells.push(single(measure, answer));
  }
  return cells;
}

function single(matt: NationalMeasure, varde: string): SubmissionCell {
  return { matt, inriktning: '', niva: '', kon: '', varde };
}
