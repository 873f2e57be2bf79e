import { inTenantTransaction } from '@kl/api/core';
import { createAccount, createTestApp, createUnit, signInAs, type TestApp } from '@kl/api/testing';

/**
 * The second wall: whatever the services do, the database itself shows the app only the rows of
 * the kommun set for the transaction, and none when no kommun is set.
 */
describe('row-level security', () => {
  let t: TestApp;
  let stockholm: string;
  let kiruna: string;
  let inStockholm: { id: string };
  let inKiruna: { id: string };
  let kirunaUnit: string;

  beforeAll(async () => {
    t = await createTestApp();
    const ids: { id: string; code: string }[] = await t.dataSource.query(
      "SELECT id, code FROM municipality WHERE code IN ('0180', '2584')",
    );
    stockholm = ids.find((m) => m.code === '0180')?.id as string;
    kiruna = ids.find((m) => m.code === '2584')?.id as string;
    kirunaUnit = await createUnit(t, { municipalityCode: '2584' });
    inStockholm = await createAccount(t, { role: 'team_leader', municipalityCode: '0180', unitIds: [await createUnit(t, { municipalityCode: '0180' })] });
    inKiruna = await createAccount(t, { role: 'team_leader', municipalityCode: '2584', unitIds: [kirunaUnit] });
  });
  afterAll(() => t.close());

  const accountIds = (rows: { id: string }[]) => rows.map((r) => r.id);

  it('connects as a role that is no superuser, cannot bypass RLS and owns no table', async () => {
    const [role]: { rolname: string; rolsuper: boolean; rolbypassrls: boolean }[] = await t.dataSource.query(
      'SELECT rolname, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user',
    );
    expect(role).toEqual({ rolname: 'kl_app_login', rolsuper: false, rolbypassrls: false });
    const [{ owned }]: { owned: number }[] = await t.dataSource.query(
      `SELECT count(*)::int AS owned FROM pg_class
       WHERE relnamespace = 'public'::regnamespace AND pg_has_role(current_user, relowner, 'USAGE')`,
    );
    expect(owned).toBe(0);
  });

  it('shows no rows when no kommun is set, outside or inside a transaction', async () => {
    expect(await t.dataSource.query('SELECT id FROM user_account')).toEqual([]);
    expect(await t.dataSource.query('SELECT account_id FROM user_account_unit')).toEqual([]);
    const inside = await inTenantTransaction(t.dataSource, null, (m) => m.query('SELECT id FROM user_account'));
    expect(inside).toEqual([]);
    // The rows are there: the owner sees both.
    const all = accountIds(await t.owner.query('SELECT id FROM user_account'));
    expect(all).toEqual(expect.arrayContaining([inStockholm.id, inKiruna.id]));
  });

  it("shows a kommun its own rows and none of another kommun's", async () => {
    const own = await inTenantTransaction(t.dataSource, stockholm, (m) => m.query('SELECT id FROM user_account'));
    expect(accountIds(own)).toContain(inStockholm.id);
    expect(accountIds(own)).not.toContain(inKiruna.id);
    const other = await inTenantTransaction(t.dataSource, kiruna, (m) =>
      m.query('SELECT id FROM user_account WHERE id = $1', [inStockholm.id]),
    );
    expect(other).toEqual([]);
    const units = await inTenantTransaction(t.dataSource, kiruna, (m) => m.query('SELECT unit_id FROM user_account_unit'));
    expect(units).toEqual([{ unit_id: kirunaUnit }]);
  });

  it("refuses to write another kommun's rows", async () => {
    const updated = await inTenantTransaction(t.dataSource, kiruna, (m) =>
      m.query("UPDATE user_account SET display_name = 'hijacked' WHERE id = $1 RETURNING id", [inStockholm.id]),
    );
    expect(updated).toEqual([[], 0]);
    await expect(
      inTenantTransaction(t.dataSource, kiruna, (m) =>
        m.query(
          `INSERT INTO user_account (email, display_name, role, municipality_id, status)
           VALUES ('planted@test.example', 'Planted', 'caseworker', $1, 'active')`,
          [stockholm],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('gives the app no access to the session table except through the session functions', async () => {
    await expect(t.dataSource.query('SELECT count(*) FROM user_session')).rejects.toThrow(/permission denied/);
  });

  it('never carries a kommun over to the next use of a pooled connection', async () => {
    for (let i = 0; i < 20; i += 1) {
      await inTenantTransaction(t.dataSource, stockholm, (m) => m.query('SELECT 1'));
      expect(await t.dataSource.query('SELECT id FROM user_account')).toEqual([]);
    }
  });

  it("holds every table with a municipality_id that the app can reach to the tenant policy", async () => {
    // The public register and the frameworks, shared by all kommuner on purpose, no personal
    // data: the app may only read them.
    const readOnlyShared = ['competence_framework', 'municipality_group_membership'];
    const rows: { table: string; rls: boolean; forced: boolean; policies: number; writable: boolean }[] = await t.owner.query(
      `SELECT c.relname AS table, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced,
              (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies,
              has_table_privilege('kl_app', c.oid, 'INSERT') OR has_table_privilege('kl_app', c.oid, 'UPDATE')
                OR has_table_privilege('kl_app', c.oid, 'DELETE') AS writable
       FROM pg_class c
       WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
         AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'municipality_id' AND NOT a.attisdropped)
         AND (has_table_privilege('kl_app', c.oid, 'SELECT') OR has_table_privilege('kl_app', c.oid, 'INSERT')
              OR has_table_privilege('kl_app', c.oid, 'UPDATE') OR has_table_privilege('kl_app', c.oid, 'DELETE'))
       ORDER BY 1`,
    );
    const unprotected = rows.filter(
      (r) => !(r.rls && r.forced && r.policies > 0) && !(readOnlyShared.includes(r.table) && !r.writable),
    );
    expect(unprotected).toEqual([]);
    expect(rows.map((r) => r.table)).toContain('user_account');
  });

  it('reads the kommun setting once per statement in every policy, never per row', async () => {
    // Outside a scalar subquery, current_setting() is evaluated for every row a scan visits.
    const perRow: { table: string; policy: string }[] = await t.owner.query(
      `SELECT tablename AS table, policyname AS policy FROM pg_policies
       WHERE schemaname = 'public'
         AND concat(qual, ' ', with_check) ~ '(^|[^T] )\\(NULLIF\\(current_setting\\(''app\\.municipality_id'''
       ORDER BY 1, 2`,
    );
    const policies: { n: number }[] = await t.owner.query(
      `SELECT count(*)::int AS n FROM pg_policies WHERE concat(qual, with_check) LIKE '%SELECT (NULLIF(current_setting(%'`,
    );
    expect(perRow).toEqual([]);
    expect(policies[0].n).toBeGreaterThan(5);
  });

  it('keeps two kommuner apart over 1 000 alternating requests on pooled connections', async () => {
    const a = await signInAs(t, 'municipality_admin', { municipalityCode: '0180' });
    const b = await signInAs(t, 'municipality_admin', { municipalityCode: '2584' });
    const expectOnly = (body: { id: string }[], own: string[], foreign: string[]) => {
      const ids = accountIds(body);
      for (const id of own) expect(ids).toContain(id);
      for (const id of foreign) expect(ids).not.toContain(id);
    };
    let leaks = 0;
    const batch = 20;
    for (let start = 0; start < 1000; start += batch) {
      const responses = await Promise.all(
        Array.from({ length: batch }, (_, i) => ((start + i) % 2 === 0 ? a : b).get('/api/users')),
      );
      responses.forEach((response, i) => {
        expect(response.status).toBe(200);
        const isA = (start + i) % 2 === 0;
        const ids = accountIds(response.body as { id: string }[]);
        if (ids.includes(isA ? inKiruna.id : inStockholm.id) || ids.includes(isA ? b.account.id : a.account.id)) {
          leaks += 1;
        }
        expectOnly(response.body as { id: string }[], isA ? [a.account.id, inStockholm.id] : [b.account.id, inKiruna.id], []);
      });
    }
    expect(leaks).toBe(0);
    // 1 000 HTTP requests: allow for a loaded machine.
  }, 180_000);
});
