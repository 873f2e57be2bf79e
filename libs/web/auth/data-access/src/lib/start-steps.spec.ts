import { ROLES } from '@kl/shared/contracts';
import { navigationFor } from './role-navigation';
import { startStepsFor } from './start-steps';

describe('startStepsFor', () => {
  it.each(ROLES)('gives %s steps only to pages its menu has', (role) => {
    const pages = new Set(navigationFor(role).map((item) => item.path));
    const steps = startStepsFor({ role, staffMemberId: 'x' });
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) expect(pages).toContain(step.path);
  });

  it('sends a caseworker to their own page only when the account is linked to them', () => {
    expect(startStepsFor({ role: 'caseworker', staffMemberId: 's' }).map((s) => s.path)).toContain('/min-kompetens');
    expect(startStepsFor({ role: 'caseworker', staffMemberId: null }).map((s) => s.path)).not.toContain('/min-kompetens');
  });

  it('sets a new kommun up in order: units, staff, users, targets, rounds', () => {
    expect(startStepsFor({ role: 'municipality_admin', staffMemberId: null }).map((s) => s.path).slice(0, 5)).toEqual([
      '/enheter', '/medarbetare', '/anvandare', '/malnivaer', '/omgangar',
    ]);
  });
});
