import { type CompetenceAtRisk, FORECAST_YEARS, type ForecastRange, type ForecastYear, type WorkforceForecast } from '@kl/shared/contracts';
import { roundDecimal, toScaled } from './decimal';
import { FTE_SCALE } from './share';
import { type EmploymentPeriodInput, retirementYear, turnoverByYear } from './workforce';

/** A current employee as the forecast sees them: their leader level per topic code. */
export interface ForecastPerson {
  birthYear: number | null;
  fte: string;
  levels: ReadonlyMap<string, string>;
}

export interface ForecastInput {
  referenceDate: string;
  pensionAge: number;
  periods: readonly EmploymentPeriodInput[];
  people: readonly ForecastPerson[];
  plannedChanges: readonly { year: number; headcountChange: number }[];
  topics: readonly { code: string; name: string }[];
  /** Per topic code: people booked or planned on training that develops it. */
  pipeline: ReadonlyMap<string, { people: number; fte: string }>;
  roundName: string | null;
}

export const FORECAST_METHOD: WorkforceForecast['method'] = {
  leavers:
    'Personalomsättningen utom pensioneringar för vart och ett av de tre senaste hela åren (avgångar delat med genomsnittligt antal anställda). Förväntat antal avgångar är dagens anställda som inte går i pension det året gånger medelvärdet; lägsta och högsta av de tre åren ger intervallet.',
  retirements: 'Anställda som når pensionsåldern under året, räknat från födelseåret (inställningen pensionsålder). Personer utan födelseår räknas inte.',
  recruitment: 'Rekryteringsbehov = förväntade avgångar + pensioneringar + planerad förändring som HR har lagt in för året.',
  competenceAtRisk:
    'För varje område: årsarbetare med fördjupad respektive grundläggande kompetens i senaste inventeringen, vägda med sannolikheten att personen slutar inom tre år (1 vid pension inom tre år, annars 1 − (1 − omsättning)³). Bredvid: personer som är planerade eller bokade på utbildning som utvecklar området.',
};

const fraction = (rate: string | null) => (rate === null ? null : Number(rate));

/** The three-year forecast of recruitment and competence at risk (docs/workforce.md). */
export function workforceForecast(input: ForecastInput): Omit<WorkforceForecast, 'headcount' | 'pensionAge' | 'referenceDate'> & { headcount: number } {
  const year = Number(input.referenceDate.slice(0, 4));
  const basis = turnoverByYear(input.periods, year - FORECAST_YEARS, year - 1, ['retirement']).map((t, i) => ({ year: year - FORECAST_YEARS + i, rate: t.rate }));
  const rates = basis.map((b) => fraction(b.rate)).filter((r): r is number => r !== null);
  const mean = rates.length ? rates.reduce((a, b) => a + b, 0) / rates.length : 0;
  const [low, high] = rates.length ? [Math.min(...rates), Math.max(...rates)] : [0, 0];
  const retiresIn = (p: ForecastPerson) => (p.birthYear === null ? null : retirementYear(p.birthYear, input.pensionAge));
  const years: ForecastYear[] = [];
  for (let ahead = 1; ahead <= FORECAST_YEARS; ahead += 1) {
    const target = year + ahead;
    // Year one takes everyone past the age; later years count those gone before them as retired.
    const retired = ahead === 1 ? 0 : input.people.filter((p) => (retiresIn(p) ?? Infinity) < target).length;
    const retirements = input.people.filter((p) => {
      const at = retiresIn(p);
      return at !== null && (at === target || (ahead === 1 && at < target));
    }).length;
    const staying = input.people.length - retired - retirements;
    const plannedChange = input.plannedChanges.filter((c) => c.year === target).reduce((sum, c) => sum + c.headcountChange, 0);
    const leavers = range(staying * low, staying * mean, staying * high);
    years.push({
      year: target,
      leavers,
      retirements,
      plannedChange,
      recruitment: range(...([low, mean, high].map((r) => staying * r + retirements + plannedChange) as [number, number, number])),
    });
  }
  const leaveChance = (p: ForecastPerson) => ((retiresIn(p) ?? Infinity) <= year + FORECAST_YEARS ? 1 : 1 - (1 - mean) ** FORECAST_YEARS);
  const competenceAtRisk: CompetenceAtRisk[] = input.topics.map((topic) => {
    let advanced = 0;
    let basic = 0;
    for (const person of input.people) {
      const weight = (Number(toScaled(person.fte, FTE_SCALE)) / 10 ** FTE_SCALE) * leaveChance(person);
      const level = person.levels.get(topic.code);
      if (level === 'advanced') advanced += weight;
      if (level === 'basic') basic += weight;
    }
    const pipeline = input.pipeline.get(topic.code) ?? { people: 0, fte: '0.00' };
    return { topicCode: topic.code, topicName: topic.name, advancedFteAtRisk: roundDecimal(advanced, 2), basicFteAtRisk: roundDecimal(basic, 2), pipelinePeople: pipeline.people, pipelineFte: pipeline.fte };
  });
  competenceAtRisk.sort((a, b) => Number(b.advancedFteAtRisk) + Number(b.basicFteAtRisk) - Number(a.advancedFteAtRisk) - Number(a.basicFteAtRisk));
  return { headcount: input.people.length, basis, years, roundName: input.roundName, competenceAtRisk, method: FORECAST_METHOD };
}

function range(low: number, expected: number, high: number): ForecastRange {
  return { low: roundDecimal(low, 1), expected: roundDecimal(expected, 1), high: roundDecimal(high, 1) };
}
