import type { TargetChoice } from '@kl/shared/contracts';
import {
  effectiveChoice,
  effectiveLevel,
  effectiveTarget,
  inheritTargets,
  summariseTargetGaps,
  targetGap,
  type TargetSetting,
} from './targets';

const KOMMUN = { unitId: null, unitName: null };
const PARENT = { unitId: 'p', unitName: 'Barn och familj' };
const SELF = { unitId: 's', unitName: 'Mottagning' };
const KOMMUN_DISTANCE = Number.MAX_SAFE_INTEGER;

const setting = (topicCode: string, choice: TargetChoice, distance: number): TargetSetting => ({
  topicCode,
  choice,
  distance,
  origin: distance === 0 ? SELF : distance === 1 ? PARENT : KOMMUN,
});

describe('inheritTargets', () => {
  it('takes the nearest setting above the unit, whatever order the settings come in', () => {
    const topics = inheritTargets([
      setting('SA01', 'basic', KOMMUN_DISTANCE),
      setting('SA01', 'advanced', 1),
      setting('SA02', 'basic', KOMMUN_DISTANCE),
    ]);
    expect(topics.get('SA01')).toEqual({
      own: null,
      inherited: { choice: 'advanced', share: 100, origin: PARENT },
    });
    expect(topics.get('SA02')).toEqual({
      own: null,
      inherited: { choice: 'basic', share: 100, origin: KOMMUN },
    });
    expect(topics.has('SA03')).toBe(false);
  });

  it("keeps the unit's own setting beside the one it overrides", () => {
    const topics = inheritTargets([setting('SA01', 'basic', 0), setting('SA01', 'advanced', 1)]);
    const sa01 = topics.get('SA01');
    expect(sa01).toEqual({
      own: 'basic',
      ownShare: 100,
      inherited: { choice: 'advanced', share: 100, origin: PARENT },
    });
    expect(sa01 && effectiveLevel(sa01)).toBe('basic');
  });

  it('lets an explicit "no target" stop a target from above', () => {
    const topics = inheritTargets([
      setting('JU02', 'advanced', KOMMUN_DISTANCE),
      setting('JU02', 'none', 1),
    ]);
    const ju02 = topics.get('JU02');
    expect(ju02?.inherited).toEqual({ choice: 'none', share: 100, origin: PARENT });
    expect(ju02 && effectiveChoice(ju02)).toBe('none');
    expect(ju02 && effectiveLevel(ju02)).toBeNull();
  });

  it('answers nothing without settings', () => {
    expect(inheritTargets([]).size).toBe(0);
    expect(effectiveLevel({ own: null, inherited: null })).toBeNull();
  });
});

describe('effectiveTarget', () => {
  it('takes the share of the setting whose level applies', () => {
    const own = inheritTargets([
      { ...setting('SA01', 'basic', 0), share: 80 },
      { ...setting('SA01', 'advanced', 1), share: 50 },
    ]).get('SA01');
    expect(own && effectiveTarget(own)).toEqual({ level: 'basic', share: 80 });
    const inherited = inheritTargets([{ ...setting('SA01', 'advanced', 1), share: 50 }]).get(
      'SA01',
    );
    expect(inherited && effectiveTarget(inherited)).toEqual({ level: 'advanced', share: 50 });
    const stopped = inheritTargets([setting('SA01', 'none', 0), setting('SA01', 'basic', 1)]).get(
      'SA01',
    );
    expect(stopped && effectiveTarget(stopped)).toBeNull();
  });
});

describe('targetGap', () => {
  it('orders levels insufficient < basic < advanced and counts the steps short', () => {
    expect(targetGap('insufficient', 'basic')).toEqual({ kind: 'below', steps: 1 });
    expect(targetGap('insufficient', 'advanced')).toEqual({ kind: 'below', steps: 2 });
    expect(targetGap('basic', 'advanced')).toEqual({ kind: 'below', steps: 1 });
    expect(targetGap('basic', 'basic')).toEqual({ kind: 'meets' });
    expect(targetGap('advanced', 'basic')).toEqual({ kind: 'meets' });
    expect(targetGap('advanced', 'advanced')).toEqual({ kind: 'meets' });
  });

  it('never counts a topic without assessment as a gap', () => {
    expect(targetGap(null, 'basic')).toEqual({ kind: 'not_assessed' });
    expect(targetGap(undefined, 'advanced')).toEqual({ kind: 'not_assessed' });
    expect(targetGap('not_applicable', 'basic')).toEqual({ kind: 'not_applicable' });
  });

  it('has no gap where no target is set, whatever the level', () => {
    expect(targetGap('insufficient', null)).toEqual({ kind: 'no_target' });
    expect(targetGap('not_applicable', undefined)).toEqual({ kind: 'no_target' });
    expect(targetGap(null, null)).toEqual({ kind: 'no_target' });
  });
});

describe('summariseTargetGaps', () => {
  it('counts topics with a target and how each stands', () => {
    const summary = summariseTargetGaps([
      targetGap('insufficient', 'basic'),
      targetGap('basic', 'advanced'),
      targetGap('advanced', 'basic'),
      targetGap(null, 'basic'),
      targetGap('not_applicable', 'basic'),
      targetGap('insufficient', null),
    ]);
    expect(summary).toEqual({
      withTarget: 5,
      below: 2,
      meets: 1,
      notAssessed: 1,
      notApplicable: 1,
    });
  });

  it('is all zeros without targets', () => {
    expect(summariseTargetGaps([targetGap('basic', null)])).toEqual({
      withTarget: 0,
      below: 0,
      meets: 0,
      notAssessed: 0,
      notApplicable: 0,
    });
  });
});
