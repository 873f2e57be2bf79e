import { hashPassword } from '@kl/api/auth';
import type { Client } from 'pg';

/** mulberry32: a small seeded PRNG, so every run generates the same kommun. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticKommun {
  municipalityId: string;
  roundId: string;
  unitIds: string[];
  staffIds: string[];
  email: string;
  password: string;
  cells: number;
}

/**
 * One kommun (`code`) with `staff` staff in `units` units, an open round on the first published
 * framework (BOU-2016, 26 topics), leader assessments for ~90 % of the cells (levels weighted
 * basic > advanced > insufficient, ~5 % not applicable) and self-assessments for ~20 % of the staff.
 * Bulk inserts only (generate_series / unnest), as the owner in one transaction with the tenant set.
 */
export async function generateKommun(
  owner: Client,
  code: string,
  staff: number,
  units: number,
  seed = 2016,
): Promise<SyntheticKommun> {
  const random = prng(seed);
  const q = async <T>(sql: string, params: unknown[] = []) =>
    (await owner.query(sql, params)).rows as T[];
  const [{ id: municipalityId }] = await q<{ id: string }>(
    'SELECT id FROM municipality WHERE code = $1',
    [code],
  );
  const password = 'bench-password-not-secret';
  const email = `bench-admin-${code}@test.example`;
  const passwordHash = await hashPassword(password);
  await q('BEGIN');
  try {
    await q(`SELECT set_config('app.municipality_id', $1, true)`, [municipalityId]);
    const unitRows = await q<{ id: string }>(
      `INSERT INTO org_unit (municipality_id, kind, name, service_area_id)
       SELECT $1, 'unit', 'Enhet ' || lpad(i::text, 2, '0'), (SELECT id FROM service_area WHERE code = 'barn-och-unga')
       FROM generate_series(1, $2::int) AS i RETURNING id`,
      [municipalityId, units],
    );
    const unitIds = unitRows.map((r) => r.id);
    const staffUnits = Array.from({ length: staff }, (_u, i) => unitIds[i % units]);
    const staffRows = await q<{ id: string }>(
      `INSERT INTO staff_member (municipality_id, employee_number, first_name, last_name, unit_id, role, gender, fte,
                                 employment_type, employment_start, experience_start, degree)
       SELECT $1, 'S' || n, 'Person', 'Nummer ' || lpad(n::text, 5, '0'), u, 'caseworker', 'woman', 0.75,
              'permanent', DATE '2020-01-01', DATE '2020-01-01', 'social_work'
       FROM unnest($2::uuid[]) WITH ORDINALITY AS x(u, n) RETURNING id`,
      [municipalityId, staffUnits],
    );
    const staffIds = staffRows.map((r) => r.id);
    const [{ id: frameworkId }] = await q<{ id: string }>(
      `SELECT id FROM competence_framework WHERE status = 'published' ORDER BY code, version LIMIT 1`,
    );
    const topics = await q<{ id: string }>(
      'SELECT id FROM competence_topic WHERE framework_id = $1 ORDER BY position, code',
      [frameworkId],
    );
    const [{ id: roundId }] = await q<{ id: string }>(
      `INSERT INTO inventory_round (municipality_id, name, framework_id, reference_date, opens_on, closes_on, unit_ids, status)
       VALUES ($1, 'Bench ' || $3, $2, '2026-10-01', '2026-09-01', '2026-12-31', $4::uuid[], 'open') RETURNING id`,
      [municipalityId, frameworkId, code, unitIds],
    );
    const [{ id: accountId }] = await q<{ id: string }>(
      `INSERT INTO user_account (email, password_hash, display_name, role, municipality_id, status)
       VALUES ($1, $2, 'Bench admin', 'municipality_admin', $3, 'active') RETURNING id`,
      [email, passwordHash, municipalityId],
    );
    const cellStaff: string[] = [];
    const cellTopic: string[] = [];
    const cellSource: string[] = [];
    const cellValue: string[] = [];
    const level = (): string => {
      const r = random();
      if (r < 0.05) return 'not_applicable';
      if (r < 0.25) return 'insufficient';
      if (r < 0.75) return 'basic';
      return 'advanced';
    };
    for (const staffId of staffIds) {
      const selfAssessed = random() < 0.2;
      for (const topic of topics) {
        if (random() < 0.9) {
          cellStaff.push(staffId);
          cellTopic.push(topic.id);
          cellSource.push('leader');
          cellValue.push(level());
        }
        if (selfAssessed) {
          cellStaff.push(staffId);
          cellTopic.push(topic.id);
          cellSource.push('self');
          cellValue.push(level());
        }
      }
    }
    await q(
      `INSERT INTO assessment (municipality_id, round_id, staff_member_id, topic_id, source, seq, value, assessor_id)
       SELECT $1, $2, s, t, src::assessment_source, 1, v::text::assessment_value, $3
       FROM unnest($4::uuid[], $5::uuid[], $6::text[], $7::text[]) AS x(s, t, src, v)`,
      [municipalityId, roundId, accountId, cellStaff, cellTopic, cellSource, cellValue],
    );
    await q('COMMIT');
    await q('ANALYZE');
    return { municipalityId, roundId, unitIds, staffIds, email, password, cells: cellStaff.length };
  } catch (error) {
    await q('ROLLBACK');
    throw error;
  }
}
