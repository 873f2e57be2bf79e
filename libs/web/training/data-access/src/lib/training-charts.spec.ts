import type {
  DevelopmentPlan,
  FundingSummary,
  RoundTraining,
  TopicGap,
} from '@kl/shared/contracts';
import { effectSeries, fundingRows, fundingSeries, gapTrainingSeries, topicTraining } from './training-charts';

const gap = (topicCode: string, topicName: string, belowFte: string) =>
  ({ topicCode, topicName, belowFte }) as TopicGap;

const training = {
  topics: [
    {
      topicCode: 'SA01',
      plannedStaff: 3,
      plannedFte: '2.75',
      completedStaff: 1,
      completedFte: '0.50',
    },
  ],
} as RoundTraining;

describe('gapTrainingSeries', () => {
  it('puts each topic’s FTE below target beside the FTE with training planned, in the order given', () => {
    expect(
      gapTrainingSeries(
        [gap('SA02', 'Samtal', '1.50'), gap('SA01', 'Utredning', '2.00')],
        training,
      ),
    ).toEqual([
      {
        name: 'SA02 Samtal',
        series: [
          { name: 'Under målnivå', value: 1.5 },
          { name: 'Planerad eller bokad utbildning', value: 0 },
        ],
      },
      {
        name: 'SA01 Utredning',
        series: [
          { name: 'Under målnivå', value: 2 },
          { name: 'Planerad eller bokad utbildning', value: 2.75 },
        ],
      },
    ]);
  });

  it('shows no training while the answer is not there', () => {
    expect(gapTrainingSeries([gap('SA01', 'Utredning', '2.00')], null)[0].series[1].value).toBe(0);
    expect(topicTraining(null, 'SA01')).toMatchObject({ plannedStaff: 0, plannedFte: '0.00' });
  });
});

const summary = (grants: { granted: string }[]): FundingSummary => ({
  year: 2027,
  sources: [
    { source: 'ordinary_budget', used: '5000.00', planned: '1800.00' },
    { source: 'grant', used: '3500.00', planned: '0.00' },
    { source: 'other', used: '0.00', planned: '0.00' },
  ],
  grants: grants.map((g, i) => ({
    id: String(i),
    name: 'B',
    year: 2027,
    requisitioned: '0.00',
    used: '0.00',
    planned: '0.00',
    left: g.granted,
    version: 0,
    ...g,
  })),
});

const plan = {
  budget: { ordinaryBudget: '40000.00', grant: '10000.00', other: '0.00' },
} as DevelopmentPlan;

describe('fundingRows', () => {
  it('sets the year’s grants against statsbidrag and the overall plan’s budget against the other sources, exactly', () => {
    const rows = fundingRows(summary([{ granted: '60000.10' }, { granted: '0.20' }]), plan);
    expect(rows.map((r) => [r.source, r.budget, r.used, r.planned, r.left])).toEqual([
      ['ordinary_budget', '40000.00', '5000.00', '1800.00', '35000.00'],
      ['grant', '60000.30', '3500.00', '0.00', '56500.30'],
      ['other', '0.00', '0.00', '0.00', '0.00'],
    ]);
    expect(rows[0].label).toBe('Ordinarie budget');
  });

  it('takes the plan’s grant budget without a grant, and knows no budget without a plan', () => {
    expect(fundingRows(summary([]), plan)[1]).toMatchObject({
      budget: '10000.00',
      left: '6500.00',
    });
    const rows = fundingRows(summary([]), null);
    expect(rows.map((r) => [r.budget, r.left])).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
  });

  it('answers a source the API left out as nothing used or planned, and an overdrawn budget as negative', () => {
    const rows = fundingRows({ year: 2027, sources: [], grants: [] }, {
      budget: { ordinaryBudget: '100.00', grant: '0.00', other: '0.00' },
    } as DevelopmentPlan);
    expect(rows[0]).toMatchObject({ used: '0.00', planned: '0.00', left: '100.00' });
    const overdrawn = fundingRows(summary([{ granted: '1000.00' }]), null)[1];
    expect(overdrawn.left).toBe('-2500.00');
  });
});

describe('fundingSeries', () => {
  it('gives per source the used, planned, budget and left bars, with no bar for a budget not known', () => {
    const series = fundingSeries(fundingRows(summary([{ granted: '60000' }]), null));
    expect(series[0]).toEqual({
      name: 'Ordinarie budget',
      series: [
        { name: 'Använt', value: 5000 },
        { name: 'Planerat', value: 1800 },
      ],
    });
    expect(series[1]).toEqual({
      name: 'Statsbidrag',
      series: [
        { name: 'Använt', value: 3500 },
        { name: 'Planerat', value: 0 },
        { name: 'Beviljat eller budget', value: 60000 },
        { name: 'Kvar', value: 56500 },
      ],
    });
  });
});

describe('effectSeries', () => {
  const figure = (people: number, raisedShare: string | null) => ({ people, meanChange: raisedShare && '0.50', raisedShare });
  it('puts the participants who rose beside the comparable, leaving out rows with a suppressed side', () => {
    const base = { courseId: 'c', topicName: 'x', unmatched: 0, difference: null };
    expect(
      effectSeries({
        year: null,
        minPeople: 5,
        effects: [
          { ...base, courseTitle: 'EBP', topicCode: 'EP01', participants: figure(7, '85.7'), comparison: figure(6, '33.3'), suppressed: [] },
          { ...base, courseTitle: 'Samtal', topicCode: 'SA11', participants: figure(3, null), comparison: figure(6, '16.7'), suppressed: ['participants'] },
        ],
      }),
    ).toEqual([
      {
        name: 'EBP, EP01',
        series: [
          { name: 'Deltagare som höjt sin nivå', value: 85.7 },
          { name: 'Jämförbara som höjt sin nivå', value: 33.3 },
        ],
      },
    ]);
  });
});
