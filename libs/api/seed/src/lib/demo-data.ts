import { hashPassword } from '@kl/api/auth';
import { inTenantTransaction } from '@kl/api/core';
import type { Role } from '@kl/shared/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { seedDemoAssessments } from './demo-competence';
import { seedDemoCountyTraining } from './demo-county-training';
import { seedDemoServiceAreaRound } from './demo-service-areas';
import { seedDemoTraining } from './demo-training';
import { seedDemoWorkforce } from './demo-workforce';

/** The demo kommun (Örebro) that `npm start` fills in development mode. */
export const DEMO_MUNICIPALITY_CODE = '1880';

/** The one password of every demo account; printed at start-up, never used outside development. */
export const DEMO_PASSWORD = 'kompetens-demo';

/** What the units and staff seeder tells the account seeder: what the demo accounts link to. */
export interface DemoOrganisation {
  /** The units the demo team leader leads. */
  teamLeaderUnitIds: string[];
  /** The staff record the demo caseworker is. */
  caseworkerStaffMemberId: string | null;
  /** The staff record the demo team leader is (so their own row is not theirs to assess). */
  teamLeaderStaffMemberId?: string | null;
}

/**
 * The hook for the units and staff module: seeds the demo kommun's units and about 40 staff
 * (idempotently, in the kommun's transaction it is given) and answers what the accounts link to.
 */
export type DemoOrganisationSeeder = (manager: EntityManager, municipalityId: string) => Promise<DemoOrganisation>;

/** The hook for earlier rounds with assessments (written by the demo team leader's account). */
export type DemoRoundHistorySeeder = (manager: EntityManager, municipalityId: string, assessorId: string) => Promise<void>;

export interface DemoLogin {
  role: Role;
  email: string;
  password: string;
}

const DEMO_ACCOUNTS: { role: Role; email: string; displayName: string }[] = [
  { role: 'caseworker', email: 'handlaggare@demo.example', displayName: 'Hanna Handläggare' },
  { role: 'team_leader', email: 'arbetsledare@demo.example', displayName: 'Arvid Arbetsledare' },
  { role: 'municipality_admin', email: 'hr@demo.example', displayName: 'Helena HR' },
  { role: 'national_analyst', email: 'nationell@demo.example', displayName: 'Nora Nationell' },
  { role: 'regional_analyst', email: 'regional@demo.example', displayName: 'Rasmus Regional' },
  { role: 'system_admin', email: 'drift@demo.example', displayName: 'Dana Drift' },
];

/** Whether start-up may seed demo data: development mode only, never in production or tests. */
export function shouldSeedDemoData(nodeEnv: string): boolean {
  return nodeEnv === 'development';
}

/**
 * Seeds the demo kommun: its units and staff through `organisation` (the other module's hook;
 * without it, accounts only), one account per role with {@link DEMO_PASSWORD}, then earlier rounds
 * through `roundHistory`, assessed by the demo team leader, an ekonomiskt-bistånd round beside the
 * barn-och-unga one (assessed by the administrator), and the län's courses as its regional
 * analyst publishes them. Idempotent: an existing demo account
 * keeps its password and status, and gains links it lacked. Runs as the database owner. Returns
 * the logins to print.
 */
export async function seedDemoData(
  owner: DataSource,
  options: { organisation?: DemoOrganisationSeeder; roundHistory?: DemoRoundHistorySeeder } = {},
): Promise<DemoLogin[]> {
  const [municipality]: { id: string; county_code: string }[] = await owner.query(
    `SELECT m.id, c.code AS county_code FROM municipality m JOIN county c ON c.id = m.county_id WHERE m.code = $1`,
    [DEMO_MUNICIPALITY_CODE],
  );
  if (!municipality) {
    throw new Error(`The demo kommun ${DEMO_MUNICIPALITY_CODE} is missing: seed the reference data first`);
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const regionalAnalystId = await inTenantTransaction(owner, municipality.id, async (manager) => {
    const organisation: DemoOrganisation = options.organisation
      ? await options.organisation(manager, municipality.id)
      : { teamLeaderUnitIds: [], caseworkerStaffMemberId: null };
    let teamLeaderAccountId: string | null = null;
    let regionalAccountId: string | null = null;
    let adminAccountId: string | null = null;
    for (const account of DEMO_ACCOUNTS) {
      const inKommun = ['caseworker', 'team_leader', 'municipality_admin'].includes(account.role);
      const rows: { id: string }[] = await manager.query(
        `INSERT INTO user_account (email, password_hash, display_name, role, municipality_id, county_code, staff_member_id, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'active')
         ON CONFLICT (email) WHERE status <> 'invited' DO UPDATE SET staff_member_id = coalesce(user_account.staff_member_id, EXCLUDED.staff_member_id)
         RETURNING id`,
        [
          account.email,
          passwordHash,
          account.displayName,
          account.role,
          inKommun ? municipality.id : null,
          account.role === 'regional_analyst' ? municipality.county_code : null,
          account.role === 'caseworker'
            ? organisation.caseworkerStaffMemberId
            : account.role === 'team_leader'
              ? (organisation.teamLeaderStaffMemberId ?? null)
              : null,
        ],
      );
      if (account.role === 'team_leader') teamLeaderAccountId = rows[0]?.id ?? null;
      if (account.role === 'regional_analyst') regionalAccountId = rows[0]?.id ?? null;
      if (account.role === 'municipality_admin') adminAccountId = rows[0]?.id ?? null;
      if (rows[0] && account.role === 'team_leader' && organisation.teamLeaderUnitIds.length > 0) {
        await manager.query(
          'INSERT INTO user_account_unit (account_id, unit_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING',
          [
            rows[0].id,
            organisation.teamLeaderUnitIds,
          ],
        );
      }
    }
    if (options.roundHistory && teamLeaderAccountId) {
      await options.roundHistory(manager, municipality.id, teamLeaderAccountId);
    }
    // Ekonomiskt bistånd inventoried beside barn och unga, assessed by the administrator.
    if (options.organisation && adminAccountId) await seedDemoServiceAreaRound(manager, municipality.id, adminAccountId);
    // The team leader's assessments of the demo caseworker, so that her page has levels and gaps.
    if (organisation.caseworkerStaffMemberId && teamLeaderAccountId) {
      await seedDemoAssessments(manager, municipality.id, organisation.caseworkerStaffMemberId, teamLeaderAccountId);
    }
    await seedDemoTraining(manager, municipality.id, organisation.caseworkerStaffMemberId);
    await seedDemoWorkforce(manager, municipality.id);
    return regionalAccountId;
  });
  // The län's courses, as its regional analyst publishes them: in the län's tier, not the kommun's.
  if (regionalAnalystId) await seedDemoCountyTraining(owner, municipality.county_code, regionalAnalystId);
  return DEMO_ACCOUNTS.map(({ role, email }) => ({ role, email, password: DEMO_PASSWORD }));
}
