import type {
  AssessmentCell,
  CellValue,
  PersonAssessments,
  StaffTargets,
} from '@kl/shared/contracts';
import { personTargetsView, summaryText } from './person-targets';

const cell = (value: CellValue): AssessmentCell => ({
  value,
  version: 1,
  comment: null,
  assessedAt: null,
  assessorId: null,
});
const KOMMUN = { unitId: null, unitName: null };

const person = (values: Record<string, CellValue | undefined>): PersonAssessments => ({
  staffMemberId: 'p1',
  rounds: [
    { id: 'r1', name: 'Vår 2025', referenceDate: '2025-03-01', status: 'closed' },
    { id: 'r2', name: 'Höst 2026', referenceDate: '2026-10-01', status: 'open' },
  ],
  topics: Object.entries(values).map(([code, value]) => ({
    code,
    name: code,
    areaCode: code.slice(0, 2),
    areaName: code.slice(0, 2),
    rounds: [
      { roundId: 'r1', leader: cell('advanced'), self: null },
      { roundId: 'r2', leader: value === undefined ? null : cell(value), self: cell('advanced') },
    ],
  })),
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
  it("compares the round's leader value with each target, never the self-assessment or another round", () => {
    const view = personTargetsView(
      person({
        SA01: 'insufficient',
        SA02: 'basic',
        SA03: 'advanced',
        SA04: undefined,
        SA05: 'not_applicable',
        SA06: 'basic',
      }),
      'r2',
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
      person({ EP02: 'basic' }),
      'r2',
      targets({ EP02: 'advanced' }, 'Familjehem'),
    );
    expect(view?.byTopic.get('EP02')?.setBy).toBe('Familjehem');
  });

  it('is null when no target applies', () => {
    expect(personTargetsView(person({ SA01: 'basic' }), 'r2', targets({}))).toBeNull();
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
