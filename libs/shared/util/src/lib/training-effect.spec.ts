import { type EffectLevel, type EffectParticipant, type EffectPerson, trainingEffect } from './training-effect';

const VETERAN = '2010-01-01'; // more than 4 years at the reference date
const NEWCOMER = '2024-06-01'; // less than 1 year

function person(before: EffectLevel, after: EffectLevel, overrides: Partial<EffectPerson> = {}): EffectPerson {
  return {
    cohort: 'hösten→våren',
    topicCode: 'SA01',
    role: 'caseworker',
    experienceStart: VETERAN,
    beforeReferenceDate: '2025-01-15',
    before,
    after,
    ...overrides,
  };
}

const participant = (courseId: string, before: EffectLevel, after: EffectLevel, overrides: Partial<EffectPerson> = {}): EffectParticipant => ({
  ...person(before, after, overrides),
  courseId,
});

const names = {
  courseTitles: new Map([
    ['c', 'Samtal med barn'],
    ['d', 'Dokumentation'],
  ]),
  topicNames: new Map([['SA01', 'Samtal']]),
};

/**
 * Course c: four veterans from saknar (three rise one step), two newcomers from grundläggande
 * (one rises), one veteran from fördjupad whom nobody matches. Non-participants: four veterans
 * from saknar (one rises), two newcomers from grundläggande (none rises), three team leaders from
 * saknar (all rise, never compared: no participant is a team leader) and one veteran of another
 * round pair (never compared).
 */
const nonParticipants = [
  person(0, 1),
  person(0, 0),
  person(0, 0),
  person(0, 0),
  person(1, 1, { experienceStart: NEWCOMER }),
  person(1, 1, { experienceStart: NEWCOMER }),
  person(0, 1, { role: 'team_leader' }),
  person(0, 1, { role: 'team_leader' }),
  person(0, 1, { role: 'team_leader' }),
  person(0, 2, { cohort: 'andra paret' }),
];
const courseC = [
  participant('c', 0, 1),
  participant('c', 0, 1),
  participant('c', 0, 1),
  participant('c', 0, 0),
  participant('c', 1, 2, { experienceStart: NEWCOMER }),
  participant('c', 1, 1, { experienceStart: NEWCOMER }),
  participant('c', 2, 2),
];

describe('trainingEffect', () => {
  it('compares the participants with non-participants of the same stratum, weighted to the participants', () => {
    const [effect] = trainingEffect({ participants: courseC, nonParticipants, ...names });
    expect(effect).toEqual({
      courseId: 'c',
      courseTitle: 'Samtal med barn',
      topicCode: 'SA01',
      topicName: 'Samtal',
      // 4 steps over 6 people; 4 of 6 rose.
      participants: { people: 6, meanChange: '0.67', raisedShare: '66.7' },
      // (4 × 1/4 + 2 × 0) / 6 = 1/6; raised the same.
      comparison: { people: 6, meanChange: '0.17', raisedShare: '16.7' },
      unmatched: 1,
      // 4/6 − 1/6, exactly: not 0.67 − 0.17.
      difference: '0.50',
      suppressed: [],
    });
  });

  it('suppresses a side resting on fewer than 5 people, and the difference with it', () => {
    const courseD = [participant('d', 0, 1), participant('d', 0, 1), participant('d', 0, 1)];
    const effects = trainingEffect({ participants: [...courseD, ...courseC], nonParticipants, ...names });
    expect(effects.map((e) => e.courseId)).toEqual(['d', 'c']);
    expect(effects[0]).toMatchObject({
      participants: { people: 3, meanChange: null, raisedShare: null },
      // Only the four veterans from saknar are comparable.
      comparison: { people: 4, meanChange: null, raisedShare: null },
      difference: null,
      suppressed: ['participants', 'comparison'],
    });
  });

  it('suppresses only the small side when the other is large enough', () => {
    const many = Array.from({ length: 5 }, () => participant('c', 1, 2, { experienceStart: NEWCOMER }));
    const [effect] = trainingEffect({ participants: many, nonParticipants, ...names });
    expect(effect).toMatchObject({
      participants: { people: 5, meanChange: '1.00', raisedShare: '100.0' },
      comparison: { people: 2, meanChange: null },
      difference: null,
      suppressed: ['comparison'],
    });
  });

  it('takes the experience band at the round before, and a fall counts as a negative change', () => {
    // Started 2024-01-20: under 1 year on 2025-01-15, so a newcomer there, whatever today is.
    const fallers = Array.from({ length: 5 }, () =>
      participant('c', 1, 0, { experienceStart: '2024-01-20' }),
    );
    const pool = Array.from({ length: 5 }, () => person(1, 1, { experienceStart: NEWCOMER }));
    const [effect] = trainingEffect({ participants: fallers, nonParticipants: pool, ...names });
    expect(effect).toMatchObject({
      participants: { people: 5, meanChange: '-1.00', raisedShare: '0.0' },
      comparison: { people: 5, meanChange: '0.00' },
      difference: '-1.00',
      unmatched: 0,
    });
  });

  it('leaves out everyone when nobody is comparable', () => {
    const [effect] = trainingEffect({ participants: [participant('c', 2, 2)], nonParticipants, ...names });
    expect(effect).toMatchObject({
      participants: { people: 0, meanChange: null },
      comparison: { people: 0, meanChange: null },
      unmatched: 1,
    });
  });
});
