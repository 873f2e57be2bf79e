import { DEMO_MUNICIPALITY_CODE, seedDemoData } from '@kl/api/seed';
import { createTestApp, signIn, type TestApp } from '@kl/api/testing';
import { ROLES } from '@kl/shared/contracts';

describe('demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('seeds one account per role in the demo kommun, idempotently, linked through the organisation hook', async () => {
    const unitId = 'cccccccc-0000-4000-8000-000000000001';
    const staffMemberId = 'cccccccc-0000-4000-8000-000000000002';
    const seededFor: string[] = [];
    const organisation = async (_manager: unknown, municipalityId: string) => {
      seededFor.push(municipalityId);
      return { teamLeaderUnitIds: [unitId], caseworkerStaffMemberId: staffMemberId };
    };
    const first = await seedDemoData(t.owner);
    const logins = await seedDemoData(t.owner, { organisation });
    expect(first).toEqual(logins);
    expect(logins.map((l) => l.role).sort()).toEqual([...ROLES].sort());
    expect(seededFor).toHaveLength(1);

    for (const login of logins) {
      const signedIn = await signIn(t, login.email, login.password);
      expect(signedIn.user.role).toBe(login.role);
      if (['caseworker', 'team_leader', 'municipality_admin'].includes(login.role)) {
        expect(signedIn.user.municipality?.code).toBe(DEMO_MUNICIPALITY_CODE);
      } else {
        expect(signedIn.user.municipality).toBeNull();
      }
      if (login.role === 'team_leader') expect(signedIn.user.unitIds).toEqual([unitId]);
      if (login.role === 'caseworker') expect(signedIn.user.staffMemberId).toBe(staffMemberId);
      if (login.role === 'regional_analyst') expect(signedIn.user.countyCode).toBe('18');
    }
    const [{ count }]: { count: number }[] = await t.owner.query(
      "SELECT count(*)::int AS count FROM user_account WHERE email LIKE '%@demo.example'",
    );
    expect(count).toBe(ROLES.length);
  });
});
