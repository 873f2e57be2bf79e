import { PERSON_DATA_REGISTRY } from '@kl/api/privacy';
import { createTestApp, type TestApp } from '@kl/api/testing';

/**
 * The registry of where a person's data lives must know every table that names a staff member:
 * a table added with a `staff_member_id` (or a foreign key to `staff_member`) and no entry fails
 * here, so that the GDPR export and erasure cannot miss it.
 */
describe('person data registry', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const personColumns = async (): Promise<{ table: string; column: string; onDelete: string | null }[]> =>
    t.owner.query(
      `SELECT c.table_name AS table, c.column_name AS column, fk.confdeltype AS "onDelete"
       FROM information_schema.columns c
       JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name AND tb.table_type = 'BASE TABLE'
       LEFT JOIN LATERAL (
         SELECT con.confdeltype::text AS confdeltype FROM pg_constraint con
         JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = ANY(con.conkey)
         WHERE con.contype = 'f' AND con.conrelid = (quote_ident(c.table_name))::regclass AND a.attname = c.column_name
           AND con.confrelid = 'staff_member'::regclass) fk ON true
       WHERE c.table_schema = 'public'
         AND (c.column_name IN ('staff_member_id', 'staff_member_ids') OR fk.confdeltype IS NOT NULL)
       ORDER BY 1, 2`,
    );

  it('has an entry for every table with a column naming a staff member', async () => {
    const found = await personColumns();
    expect(found.length).toBeGreaterThan(0);
    const missing = found.filter(({ table, column }) => !PERSON_DATA_REGISTRY.some((entry) => entry.table === table && entry.personColumns.includes(column)));
    expect(missing).toEqual([]);
  });

  it('says for every such column what erasure does, and the schema agrees', async () => {
    for (const { table, column, onDelete } of await personColumns()) {
      const entry = PERSON_DATA_REGISTRY.find((e) => e.table === table);
      const erasure = entry?.erasure.kind;
      // A cascade needs ON DELETE CASCADE (c), an unlink ON DELETE SET NULL (n); the others are done by statements.
      if (erasure === 'cascade') expect({ table, column, onDelete }).toEqual({ table, column, onDelete: 'c' });
      if (erasure === 'unlink') expect({ table, column, onDelete }).toEqual({ table, column, onDelete: 'n' });
      expect(['cascade', 'unlink', 'sql', 'function', 'record']).toContain(erasure);
    }
  });

  it('has a registry entry only for tables that exist, each with an export that runs', async () => {
    const params = ['00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-000000000002', [], 'X'];
    for (const entry of PERSON_DATA_REGISTRY) {
      const [{ exists }] = await t.owner.query(`SELECT to_regclass($1) IS NOT NULL AS exists`, [entry.table]);
      expect({ table: entry.table, exists }).toEqual({ table: entry.table, exists: true });
      const sql = `WITH _person AS (SELECT $1::uuid, $2::uuid, $3::uuid[], $4::text) ${entry.exportSql}`;
      await expect(t.owner.query(sql, params)).resolves.toEqual([]);
    }
  });
});
