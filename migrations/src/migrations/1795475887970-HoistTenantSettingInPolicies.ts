import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The kommun setting as PostgreSQL prints it inside a policy (pg_policies). */
const PER_ROW = `(NULLIF(current_setting('app.municipality_id'::text, true), ''::text))::uuid`;
/** The setting where it is not already inside a scalar subquery. */
const PER_ROW_PATTERN = new RegExp(`(?<!SELECT )${escapeRegExp(PER_ROW)}`, 'g');
/** The same in a scalar subquery, as PostgreSQL prints it back. */
const ONCE_PATTERN = new RegExp(`\\(\\s*SELECT ${escapeRegExp(PER_ROW)}(?: AS "?\\w+"?)?\\)`, 'g');

/**
 * The tenant policies compared each row with `nullif(current_setting(…))::uuid`, which PostgreSQL
 * evaluates per row: reading a round's 46 000 assessments cost ≈ 20 ms more than without the
 * policy. In a scalar subquery (an InitPlan) the setting is read once per statement. This
 * rewrites every policy of the schema that reads the setting per row; `enableTenantRls` writes
 * the new form for tables added later.
 */
export class HoistTenantSettingInPolicies1795475887970 implements MigrationInterface {
  name = 'HoistTenantSettingInPolicies1795475887970';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await rewritePolicies(queryRunner, (sql) => sql.replace(PER_ROW_PATTERN, `(SELECT ${PER_ROW})`));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await rewritePolicies(queryRunner, (sql) => sql.replace(ONCE_PATTERN, PER_ROW));
  }
}

async function rewritePolicies(
  queryRunner: QueryRunner,
  rewrite: (sql: string) => string,
): Promise<void> {
  const policies: { tablename: string; policyname: string; qual: string | null; with_check: string | null }[] =
    await queryRunner.query(
      `SELECT tablename, policyname, qual, with_check FROM pg_policies WHERE schemaname = 'public'`,
    );
  for (const { tablename, policyname, qual, with_check: check } of policies) {
    const clauses = [
      qual !== null && rewrite(qual) !== qual ? `USING (${rewrite(qual)})` : '',
      check !== null && rewrite(check) !== check ? `WITH CHECK (${rewrite(check)})` : '',
    ].filter(Boolean);
    if (clauses.length > 0) {
      await queryRunner.query(`ALTER POLICY "${policyname}" ON "${tablename}" ${clauses.join(' ')}`);
    }
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
