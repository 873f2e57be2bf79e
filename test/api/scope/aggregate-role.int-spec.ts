import { AGGREGATE_ROLE, APP_ROLE, loginUrl } from '@kl/api/core';
import { createTestApp, signInAs, type TestApp } from '@kl/api/testing';
import type { CompetenceFrameworkSummary } from '@kl/shared/contracts';
import { Client } from 'pg';

/**
 * What the national and regional tiers may read: reference data, the national frameworks, the
 * national tier's own tables (rounds, kommuner's submissions of aggregates, kept aggregates) and
 * the län's course catalogue.
 */
const AGGREGATE_READABLE = [
  'competence_area',
  'competence_crosswalk_entry',
  'competence_framework',
  'competence_level_definition',
  'competence_topic',
  'county',
  // The län's course catalogue (ADR 0008): no person column, the län's own rows only.
  'course',
  'course_session',
  'course_session_seat',
  'course_topic',
  'municipality',
  'municipality_group',
  'municipality_group_classification',
  'municipality_group_membership',
  'national_aggregate',
  // Publications name the national analyst who published (an account id), never a kommun's person.
  'national_publication',
  'national_round',
  'national_submission',
  'national_submission_value',
  'service_area',
];

/** Columns that name a person, point at one, or hold what a person is. */
const PERSON_COLUMNS =
  /^(staff_member_id|staff_member_ids|first_name|last_name|email|display_name|account_id|actor_user_id|recipient_user_id|signed_by_user_id|assessor_id|password_hash|token_hash|employee_number)$/;

/**
 * The national and regional tiers' own database role (docs/decisions/0006-access-scope.md):
 * connected as it, PostgreSQL itself refuses every table that names a person, and every table
 * not on the short list of reference and framework tables.
 */
describe('the aggregate role of the national and regional tiers', () => {
  let t: TestApp;
  let aggregate: Client;

  beforeAll(async () => {
    t = await createTestApp();
    aggregate = new Client({ connectionString: loginUrl(t.database.url, AGGREGATE_ROLE) });
    await aggregate.connect();
  });
  afterAll(async () => {
    await aggregate.end();
    await t.close();
  });

  const tables = async (): Promise<string[]> =>
    (
      await t.owner.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
      )
    ).map((row: { table_name: string }) => row.table_name);

  const refusal = async (sql: string): Promise<string | null> => {
    try {
      await aggregate.query(sql);
      return null;
    } catch (error) {
      return (error as { code?: string }).code ?? 'error';
    }
  };

  it('is refused staff_member, assessment and every table that names a person', async () => {
    for (const table of [
      'staff_member',
      'assessment',
      'assessment_cell',
      'round_population',
      'audit_event',
      'personal_data_read',
      'user_account',
      'user_session',
    ]) {
      expect({ table, code: await refusal(`SELECT 1 FROM "${table}" LIMIT 1`) }).toEqual({
        table,
        code: '42501',
      });
    }
    const withPersonColumns: { table_name: string }[] = await t.owner.query(
      `SELECT DISTINCT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name ~ $1`,
      [PERSON_COLUMNS.source],
    );
    expect(withPersonColumns.length).toBeGreaterThan(8);
    for (const { table_name: table } of withPersonColumns) {
      expect({ table, code: await refusal(`SELECT 1 FROM "${table}" LIMIT 1`) }).toEqual({
        table,
        code: '42501',
      });
    }
  });

  it('reads exactly the reference and framework tables, none of which names a person', async () => {
    const readable: string[] = [];
    for (const table of await tables()) {
      if ((await refusal(`SELECT 1 FROM "${table}" LIMIT 1`)) === null) readable.push(table);
    }
    expect(readable).toEqual(AGGREGATE_READABLE);
    const columns: { column_name: string }[] = await t.owner.query(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ANY($1)`,
      [AGGREGATE_READABLE],
    );
    expect(columns.filter((c) => PERSON_COLUMNS.test(c.column_name))).toEqual([]);
  });

  it("never sees a kommun's own framework extension, even with a kommun set", async () => {
    const admin = await signInAs(t, 'municipality_admin');
    const [bou]: { id: string }[] = await t.owner.query(
      `SELECT id FROM competence_framework WHERE code = 'BOU-2016'`,
    );
    const extension = (await admin.post(`/api/frameworks/${bou.id}/extensions`).expect(201))
      .body as { id: string };
    await aggregate.query('BEGIN');
    await aggregate.query(`SELECT set_config('app.municipality_id', $1, true)`, [
      admin.user.municipality?.id,
    ]);
    const { rows } = await aggregate.query('SELECT id FROM competence_framework WHERE id = $1', [
      extension.id,
    ]);
    await aggregate.query('ROLLBACK');
    expect(rows).toEqual([]);
  });

  it('is not the kommun tier: it is no member of kl_app, and the app role is no member of it', async () => {
    const member = async (url: string, role: string) => {
      const client = new Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query(
        `SELECT pg_has_role(current_user, $1, 'USAGE') AS member`,
        [role],
      );
      await client.end();
      return rows[0].member as boolean;
    };
    expect(await member(loginUrl(t.database.url, AGGREGATE_ROLE), APP_ROLE.group)).toBe(false);
    expect(await member(loginUrl(t.database.url, APP_ROLE), AGGREGATE_ROLE.group)).toBe(false);
  });

  it('serves the national and regional analysts through it: national frameworks, no extension', async () => {
    for (const role of ['national_analyst', 'regional_analyst'] as const) {
      const analyst = await signInAs(t, role);
      const frameworks = (await analyst.get('/api/frameworks').expect(200))
        .body as CompetenceFrameworkSummary[];
      expect(frameworks.length).toBeGreaterThan(0);
      expect(frameworks.every((f) => f.municipalityId === null)).toBe(true);
    }
    // The national analyst's change of a national framework reaches the trail through the national function.
    const analyst = await signInAs(t, 'national_analyst');
    const [bou]: { id: string }[] = await t.owner.query(
      `SELECT id FROM competence_framework WHERE code = 'BOU-2016' AND status = 'published'`,
    );
    const draft = (await analyst.post(`/api/frameworks/${bou.id}/versions`).expect(201)).body as {
      id: string;
    };
    const history = (await analyst.get(`/api/audit/competence_framework/${draft.id}`).expect(200))
      .body;
    expect(history).toEqual([
      expect.objectContaining({
        action: 'create',
        actorUserId: analyst.user.userId,
        actorDisplayName: analyst.user.displayName,
      }),
    ]);
  });
});
