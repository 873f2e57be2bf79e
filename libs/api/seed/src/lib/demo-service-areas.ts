import { FRAMEWORK_EXAMPLES, insertFrameworkContent } from '@kl/api/competence';
import type { EntityManager } from 'typeorm';
import { DEMO_ROUND_NAME } from './demo-competence';

/** The demo kommun's own framework for ekonomiskt bistånd: the example, published as it is. */
export const DEMO_EB_FRAMEWORK_CODE = 'EB-OREBRO';
/** Its open round beside the barn-och-unga demo round, with the same dates. */
export const DEMO_EB_ROUND_NAME = 'Demoinventering ekonomiskt bistånd';

/** Fördjupad asked in the investigation and legal topics, grundläggande everywhere else. */
const EB_ADVANCED = ['HA01', 'EJ01'];

/**
 * A second service area inventoried beside the first (issue 15): the kommun's own ekonomiskt-bistånd
 * framework made from the example, kommun-wide målnivåer for its caseworkers, and an open round over
 * the kommun with the administrator's levels for most of the unit's staff (one caseworker left for the
 * demo to assess). Deterministic, idempotent: what exists is left as it is.
 */
export async function seedDemoServiceAreaRound(manager: EntityManager, municipalityId: string, assessorId: string): Promise<void> {
  const frameworkId = await demoFramework(manager, municipalityId);
  await seedTargets(manager, municipalityId, frameworkId);
  const created: { id: string }[] = await manager.query(
    `INSERT INTO inventory_round (municipality_id, name, framework_id, reference_date, opens_on, closes_on, status)
     SELECT r.municipality_id, $2, $3, r.reference_date, r.opens_on, r.closes_on, 'open'
     FROM inventory_round r WHERE r.municipality_id = $1 AND r.name = $4
     ON CONFLICT (municipality_id, name) DO NOTHING RETURNING id`,
    [municipalityId, DEMO_EB_ROUND_NAME, frameworkId, DEMO_ROUND_NAME],
  );
  if (created.length === 0) return;
  await manager.query(
    `INSERT INTO assessment (municipality_id, round_id, staff_member_id, topic_id, source, seq, value, assessor_id)
     SELECT $1, $2, s.id, t.id, 'leader', 1,
            (CASE WHEN h.v % 100 < 30 THEN 'insufficient' WHEN h.v % 100 < 80 THEN 'basic' ELSE 'advanced' END)::assessment_value, $4
     FROM staff_member s
     JOIN org_unit u ON u.id = s.unit_id
     JOIN competence_framework f ON f.id = $3 AND f.service_area_id = u.service_area_id
     JOIN competence_topic t ON t.framework_id = f.id
     CROSS JOIN LATERAL (SELECT ('x' || substr(md5(s.employee_number || t.code), 1, 7))::bit(28)::int AS v) h
     WHERE s.municipality_id = $1 AND s.role = 'caseworker'
       -- the unit's last caseworker is left for the demo to assess
       AND s.employee_number <> (SELECT max(s2.employee_number) FROM staff_member s2
                                 WHERE s2.unit_id = s.unit_id AND s2.role = 'caseworker')`,
    [municipalityId, created[0].id, frameworkId, assessorId],
  );
}

async function demoFramework(manager: EntityManager, municipalityId: string): Promise<string> {
  const existing: { id: string }[] = await manager.query(
    'SELECT id FROM competence_framework WHERE municipality_id = $1 AND code = $2 ORDER BY version DESC LIMIT 1',
    [municipalityId, DEMO_EB_FRAMEWORK_CODE],
  );
  if (existing[0]) return existing[0].id;
  const { document } = FRAMEWORK_EXAMPLES.find((example) => example.key === 'ekonomiskt-bistand') as (typeof FRAMEWORK_EXAMPLES)[number];
  const [{ id }]: { id: string }[] = await manager.query(
    `INSERT INTO competence_framework (code, version, name, service_area_id, status, municipality_id, source, published_at)
     SELECT $1, 1, $2, sa.id, 'published', $4, $5, now() FROM service_area sa WHERE sa.code = $3 RETURNING id`,
    [DEMO_EB_FRAMEWORK_CODE, 'Ekonomiskt bistånd i Örebro', document.serviceAreaCode, municipalityId, document.source],
  );
  await insertFrameworkContent(manager, id, document.levels, document.areas);
  return id;
}

async function seedTargets(manager: EntityManager, municipalityId: string, frameworkId: string): Promise<void> {
  const created: { id: string }[] = await manager.query(
    `INSERT INTO competence_target_set (municipality_id, unit_id, framework_id, role)
     VALUES ($1, NULL, $2, 'caseworker') ON CONFLICT DO NOTHING RETURNING id`,
    [municipalityId, frameworkId],
  );
  if (created.length === 0) return;
  await manager.query(
    `INSERT INTO competence_target (municipality_id, set_id, topic_id, choice)
     SELECT $1, $2, t.id, (CASE WHEN t.code = ANY($4::text[]) THEN 'advanced' ELSE 'basic' END)::competence_target_choice
     FROM competence_topic t WHERE t.framework_id = $3`,
    [municipalityId, created[0].id, frameworkId, EB_ADVANCED],
  );
}
