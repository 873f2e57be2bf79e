import type { FollowUpDueItem } from '@kl/shared/contracts';
import { defaultReassessOn, dueItemTask, dueItemWhen } from './follow-up-text';

const item = (overrides: Partial<FollowUpDueItem>): FollowUpDueItem => ({
  kind: 'follow_up',
  participationId: 'p',
  followUpId: null,
  staffMemberId: 's',
  firstName: 'Anna',
  lastName: 'Ahl',
  unitId: 'u',
  unitName: 'Mottagning',
  courseId: 'c',
  courseTitle: 'Samtal med barn',
  endsOn: '2026-10-01',
  dueOn: '2026-10-31',
  overdue: false,
  topicCodes: ['SA11'],
  ...overrides,
});

describe('follow-up text', () => {
  it('says what an item asks for', () => {
    expect(dueItemTask(item({}))).toBe('Följ upp kursen');
    expect(dueItemTask(item({ kind: 'reassessment', topicCodes: ['SA07'] }))).toBe('Bedöm SA07 på nytt');
  });

  it('says an overdue item is late in words', () => {
    expect(dueItemWhen(item({}))).toBe('2026-10-31');
    expect(dueItemWhen(item({ overdue: true }))).toBe('2026-10-31 (försenad)');
  });

  it('proposes a reassessment six months on, within the month', () => {
    expect(defaultReassessOn('2026-12-03')).toBe('2027-06-03');
    expect(defaultReassessOn('2026-08-31')).toBe('2027-02-28');
  });
});
