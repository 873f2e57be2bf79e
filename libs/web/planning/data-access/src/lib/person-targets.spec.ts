import type { PersonTopicGap, StaffGaps, StaffTargets } from '@kl/shared/contracts';
import { personTargetsView, summaryText } from './person-targets';

const KOMMUN = { unitId: null, unitName: null };

const topic = (
  topicCode: string,
  target: PersonTopicGap['target'],
  kind: PersonTopicGap['kind'],
  steps = 0,
): PersonTopicGap => ({
  topicCode,
  topicName: topicCode,
  areaCode: topicCode.slice(0, 2),
  areaName: topicCode.slice(0, 2),
  value: null,
  target,
  kind,
  steps,
});

/** The API's answer (GET /api/staff/:id/gaps): the page only puts it into words. */
const gaps = (topics: PersonTopicGap[], summary: StaffGaps['summary']): StaffGaps => ({
  staffMemberId: 'p1',
  round: {
    id: 'r2',
    name: 'Höst 2026',
    status: 'open',
    referenceDate: '2026-10-01',
    acceptsAssessments: true,
  },
  inPopulation: true,
  topics,
  summary,
});

const targets = (
  levels: Record<string, 'basic' | 'advanced'>,
  unitName: string | null = null,
): StaffTargets => ({
  staffMemberId: 'p1',
  role: 'caseworker',
  roundId: 'r2',
  frameworkId: 'f1',
  targets: Object.entries(levels).map(([topicCode, level]) => ({
    topicCode,
    level,
    share: 100,
    origin: unitName ? { unitId: 'u1', unitName } : KOMMUN,
  })),
});

describe('personTargetsView', () => {
  it("says the API's gap of each topic in words, with its summary", () => {
    const view = personTargetsView(
      gaps(
        [
          topic('SA01', 'advanced', 'below', 2),
          topic('SA02', 'advanced', 'below', 1),
          topic('SA03', 'basic', 'meets'),
          topic('SA04', 'basic', 'not_assessed'),
          topic('SA05', 'basic', 'not_applicable'),
          topic('SA06', null, 'no_target'),
        ],
        { withTarget: 5, below: 2, meets: 1, notAssessed: 1, notApplicable: 1 },
      ),
      targets({ SA01: 'advanced', SA02: 'advanced', SA03: 'basic', SA04: 'basic', SA05: 'basic' }),
    );
    expect(view?.byTopic.get('SA01')).toMatchObject({
      target: 'Fördjupad',
      gapText: 'Under målnivå (2 steg)',
      below: true,
      setBy: null,
    });
    expect(view?.byTopic.get('SA02')).toMatchObject({
      gapText: 'Under målnivå (1 steg)',
      below: true,
    });
    expect(view?.byTopic.get('SA03')).toMatchObject({ gapText: 'Når målnivån', below: false });
    expect(view?.byTopic.get('SA04')).toMatchObject({ gapText: 'Ej bedömd', below: false });
    expect(view?.byTopic.get('SA05')).toMatchObject({ gapText: 'Ej tillämplig', below: false });
    expect(view?.byTopic.get('SA06')).toMatchObject({
      target: 'Ingen målnivå',
      gapText: '',
      below: false,
    });
    expect(view?.summaryText).toBe('2 av 5 inriktningar under målnivå, 1 ej bedömd');
  });

  it('names the unit that set a target other than the kommun-wide one', () => {
    const view = personTargetsView(
      gaps([topic('EP02', 'advanced', 'below', 1)], {
        withTarget: 1,
        below: 1,
        meets: 0,
        notAssessed: 0,
        notApplicable: 0,
      }),
      targets({ EP02: 'advanced' }, 'Familjehem'),
    );
    expect(view?.byTopic.get('EP02')?.setBy).toBe('Familjehem');
  });

  it('is null when no target applies', () => {
    expect(
      personTargetsView(
        gaps([topic('SA01', null, 'no_target')], {
          withTarget: 0,
          below: 0,
          meets: 0,
          notAssessed: 0,
          notApplicable: 0,
        }),
        targets({}),
      ),
    ).toBeNull();
  });

  it('summarises in Swedish', () => {
    expect(
      summaryText({ withTarget: 26, below: 4, meets: 20, notAssessed: 2, notApplicable: 0 }),
    ).toBe('4 av 26 inriktningar under målnivå, 2 ej bedömda');
    expect(
      summaryText({ withTarget: 3, below: 0, meets: 3, notAssessed: 0, notApplicable: 0 }),
    ).toBe('0 av 3 inriktningar under målnivå');
  });
});
