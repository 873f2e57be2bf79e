import type { AssessmentCell, PersonAssessments, PersonRound } from '@kl/shared/contracts';
import {
  applySelfSaveResult,
  buildPersonHistory,
  currentRoundOf,
  selfAssessmentChanges,
  selfCellsOf,
} from './person-history';

const cell = (value: AssessmentCell['value'], version = 1): AssessmentCell => ({
  value,
  version,
  comment: null,
  assessedAt: '2026-10-01T08:00:00Z',
  assessorId: 'u1',
});
const spring: PersonRound = {
  id: 'r1',
  name: 'Vår 2026',
  referenceDate: '2026-03-31',
  status: 'closed',
};
const autumn: PersonRound = {
  id: 'r2',
  name: 'Höst 2026',
  referenceDate: '2026-10-31',
  status: 'open',
};

const data: PersonAssessments = {
  staffMemberId: 's1',
  rounds: [spring, autumn],
  topics: [
    {
      code: 'JU01',
      name: 'Förvaltningsrätt',
      areaCode: 'JU',
      areaName: 'Juridik',
      rounds: [
        { roundId: 'r1', leader: cell('insufficient'), self: null },
        { roundId: 'r2', leader: cell('basic', 2), self: cell('advanced') },
      ],
    },
    {
      code: 'JU02',
      name: 'Familjerätt',
      areaCode: 'JU',
      areaName: 'Juridik',
      rounds: [{ roundId: 'r2', leader: null, self: cell('basic') }],
    },
    { code: 'UT01', name: 'Utredning', areaCode: 'UT', areaName: 'Utredning', rounds: [] },
  ],
};

describe('buildPersonHistory', () => {
  const view = buildPersonHistory(data);

  it('groups topics by area in the order given', () => {
    expect(view.areas.map((area) => [area.code, area.topics.map((topic) => topic.code)])).toEqual([
      ['JU', ['JU01', 'JU02']],
      ['UT', ['UT01']],
    ]);
  });

  it('takes the current level from the leader in the open round, with the self-assessment apart', () => {
    const [first, second] = view.areas[0].topics;
    expect(first.current).toEqual({ text: 'G', label: 'Grundläggande' });
    expect(first.currentSelf).toEqual({ text: 'F', label: 'Fördjupad' });
    expect(second.current).toEqual({ text: '', label: 'Ej bedömd' });
    expect(second.currentSelf.text).toBe('G');
  });

  it('lines up every round, not assessed where nothing was written', () => {
    expect(view.areas[0].topics[0].timeline.map((entry) => entry.leader.text)).toEqual(['S', 'G']);
    expect(view.areas[0].topics[1].timeline.map((entry) => entry.leader.label)).toEqual([
      'Ej bedömd',
      'Ej bedömd',
    ]);
    expect(view.areas[1].topics[0].timeline).toHaveLength(2);
  });
});

describe('currentRoundOf', () => {
  it('prefers the latest open round, then the latest round, then none', () => {
    expect(currentRoundOf([autumn, { ...spring, id: 'r3' }])?.id).toBe('r2');
    expect(currentRoundOf([spring, { ...autumn, status: 'closed' }])?.id).toBe('r2');
    expect(currentRoundOf([])).toBeNull();
  });
});

describe('self-assessment changes', () => {
  const stored = selfCellsOf(data, 'r2');

  it('reads the stored self values with their versions, 0 when never written', () => {
    expect(stored.get('JU01')).toEqual({ value: 'advanced', version: 1 });
    expect(stored.get('UT01')).toEqual({ value: null, version: 0 });
  });

  it('sends only what changed, with the version it was read at', () => {
    const chosen = new Map([
      ['JU01', 'advanced' as const],
      ['JU02', null],
      ['UT01', 'not_applicable' as const],
    ]);
    expect(selfAssessmentChanges(stored, chosen)).toEqual([
      { topicCode: 'JU02', value: null, expectedVersion: 1 },
      { topicCode: 'UT01', value: 'not_applicable', expectedVersion: 0 },
    ]);
  });

  it('after a save takes the new versions, and the current value and version of a conflict', () => {
    const next = applySelfSaveResult(stored, {
      saved: [{ staffMemberId: 's1', topicCode: 'UT01', ...cell('not_applicable', 1) }],
      conflicts: [
        {
          staffMemberId: 's1',
          topicCode: 'JU02',
          expectedVersion: 1,
          current: cell('insufficient', 3),
        },
      ],
    });
    expect(next.get('UT01')).toEqual({ value: 'not_applicable', version: 1 });
    expect(next.get('JU02')).toEqual({ value: 'insufficient', version: 3 });
    expect(stored.get('JU02')).toEqual({ value: 'basic', version: 1 });
  });
});
