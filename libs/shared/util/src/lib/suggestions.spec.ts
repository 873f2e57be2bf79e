import { rankSuggestions, type SuggestionCourseInput, type SuggestionNeed } from './suggestions';

const need: SuggestionNeed = {
  topicCode: 'EB01',
  level: 'basic',
  staffRole: 'caseworker',
  people: 3,
  today: '2027-01-15',
};

const course = (id: string, over: Partial<SuggestionCourseInput> = {}): SuggestionCourseInput => ({
  id,
  title: `Kurs ${id}`,
  topics: [{ topicCode: 'EB01', level: 'basic' }],
  targetRole: null,
  costPerParticipant: '1000',
  sessions: [{ id: `${id}-s`, startsOn: '2027-03-01', seatsLeft: 10 }],
  ...over,
});

const order = (courses: SuggestionCourseInput[], n = need) =>
  rankSuggestions(courses, n).map((s) => s.courseId);

describe('rankSuggestions', () => {
  it('leaves out courses that do not develop the topic', () => {
    expect(
      order([course('a', { topics: [{ topicCode: 'JU01', level: 'basic' }] }), course('b')]),
    ).toEqual(['b']);
  });

  it('puts the level needed first, a level above next, a level below last', () => {
    const advancedNeed = { ...need, level: 'advanced' as const };
    expect(
      order(
        [
          course('basic'),
          course('advanced', { topics: [{ topicCode: 'EB01', level: 'advanced' }] }),
        ],
        advancedNeed,
      ),
    ).toEqual(['advanced', 'basic']);
    expect(
      order([course('adv', { topics: [{ topicCode: 'EB01', level: 'advanced' }] }), course('bas')]),
    ).toEqual(['bas', 'adv']);
  });

  it('prefers the target group, then a bookable session with seats for everyone, then the soonest, then the cheapest', () => {
    const ranked = rankSuggestions(
      [
        course('leaders', { targetRole: 'team_leader' }),
        course('none', { sessions: [] }),
        course('past', { sessions: [{ id: 'p', startsOn: '2027-01-01', seatsLeft: 10 }] }),
        course('few', { sessions: [{ id: 'f', startsOn: '2027-02-01', seatsLeft: 2 }] }),
        course('late', { sessions: [{ id: 'l', startsOn: '2027-06-01', seatsLeft: 5 }] }),
        course('dear', { costPerParticipant: '5000' }),
        course('cheap', { costPerParticipant: '500' }),
      ],
      need,
    );
    expect(ranked.map((s) => s.courseId)).toEqual([
      'cheap',
      'dear',
      'late',
      'few',
      'none',
      'past',
      'leaders',
    ]);
    expect(ranked[0]).toMatchObject({
      rank: 1,
      sessionId: 'cheap-s',
      reasons: [
        { kind: 'topic_level', fit: 'exact' },
        { kind: 'target_group', fits: true },
        { kind: 'session', startsOn: '2027-03-01', seatsLeft: 10, enoughSeats: true },
        { kind: 'cost', perParticipant: '500.00', total: '1500.00' },
      ],
    });
    expect(ranked[3].reasons[2]).toEqual({
      kind: 'session',
      startsOn: '2027-02-01',
      seatsLeft: 2,
      enoughSeats: false,
    });
    expect(ranked[4].reasons[2]).toEqual({ kind: 'no_session' });
    expect(ranked[6].reasons[1]).toEqual({
      kind: 'target_group',
      role: 'team_leader',
      fits: false,
    });
  });

  it('picks the session with seats for everyone before an earlier one without', () => {
    const [s] = rankSuggestions(
      [
        course('a', {
          sessions: [
            { id: 'early', startsOn: '2027-02-01', seatsLeft: 1 },
            { id: 'roomy', startsOn: '2027-04-01', seatsLeft: 8 },
          ],
        }),
      ],
      need,
    );
    expect(s.sessionId).toBe('roomy');
  });
});
