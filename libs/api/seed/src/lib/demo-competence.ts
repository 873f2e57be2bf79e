import type { CellValue, TargetChoice } from '@kl/shared/contracts';
import type { EntityManager } from 'typeorm';

/** The open round `npm start` seeds (demo-organisation.ts). */
export const DEMO_ROUND_NAME = 'Demoinventering';

/** The demo round's framework: the newest published national BOU-2016. */
const DEMO_FRAMEWORK = `SELECT id FROM competence_framework
  WHERE code = 'BOU-2016' AND municipality_id IS NULL AND status = 'published' ORDER BY version DESC LIMIT 1`;

/**
 * Örebro's målnivåer for caseworkers: grundläggande in every topic kommun-wide, fördjupad in the
 * investigation topics (utredningsmetodik, BBIC-bedömning, dokumentation); the foster care unit
 * also asks fördjupad in placerade barn (inherited by nobody else).
 */
const KOMMUN_ADVANCED = ['SA07', 'SA09', 'SA10'];
const UNIT_TARGETS: { unitName: string; targets: Record<string, TargetChoice> }[] = [
  { unitName: 'Familjehem och placeringar', targets: { EP02: 'advanced' } },
];

/**
 * The demo caseworker's levels in the demo round (by topic code; a missing code is not assessed),
 * so that /min-kompetens shows gaps against the targets from the start.
 */
const CASEWORKER_LEVELS: Record<string, CellValue> = {
  SA01: 'basic',
  SA02: 'advanced',
  SA03: 'basic',
  SA04: 'basic',
  SA05: 'insufficient',
  SA06: 'basic',
  SA07: 'basic',
  SA08: 'basic',
  SA09: 'advanced',
  SA10: 'basic',
  SA11: 'advanced',
  SA12: 'basic',
  SA14: 'basic',
  JU01: 'basic',
  JU02: 'insufficient',
  JU03: 'basic',
  JU04: 'basic',
  PS01: 'basic',
  PS02: 'advanced',
  PS03: 'basic',
  SV01: 'basic',
  SV02: 'not_applicable',
  EP01: 'insufficient',
  EP02: 'basic',
};

/** Seeds the demo targets; a set that exists already (perhaps edited since) is left as it is. */
export async function seedDemoTargets(
  manager: EntityManager,
  municipalityId: string,
): Promise<void> {
  await insertSetIfMissing(manager, municipalityId, null, (code) =>
    KOMMUN_ADVANCED.includes(code) ? 'advanced' : 'basic',
  );
  for (const unit of UNIT_TARGETS) {
    const [row]: { id: string }[] = await manager.query(
      'SELECT id FROM org_unit WHERE municipality_id = $1 AND name = $2',
      [municipalityId, unit.unitName],
    );
    if (row)
      await insertSetIfMissing(
        manager,
        municipalityId,
        row.id,
        (code) => unit.targets[code] ?? null,
      );
  }
}

async function insertSetIfMissing(
  manager: EntityManager,
  municipalityId: string,
  unitId: string | null,
  choiceFor: (topicCode: string) => TargetChoice | null,
): Promise<void> {
  const created: { id: string; frameworkId: string }[] = await manager.query(
    `INSERT INTO competence_target_set (municipality_id, unit_id, framework_id, role)
     SELECT $1, $2::uuid, id, 'caseworker' FROM (${DEMO_FRAMEWORK}) f
     ON CONFLICT DO NOTHING RETURNING id, framework_id AS "frameworkId"`,
    [municipalityId, unitId],
  );
  if (created.length === 0) return;
  const topics: { id: string; code: string }[] = await manager.query(
    'SELECT id, code FROM competence_topic WHERE framework_id = $1',
    [created[0].frameworkId],
  );
  const chosen = topics.flatMap((topic) => {
    const choice = choiceFor(topic.code);
    return choice ? [{ topicId: topic.id, choice }] : [];
  });
  await manager.query(
    `INSERT INTO competence_target (municipality_id, set_id, topic_id, choice)
     SELECT $1, $2, x.topic_id, x.choice::competence_target_choice FROM unnest($3::uuid[], $4::text[]) AS x(topic_id, choice)`,
    [municipalityId, created[0].id, chosen.map((c) => c.topicId), chosen.map((c) => c.choice)],
  );
}

/**
 * The demo caseworker's leader assessments in the demo round, written once: nothing is added
 * when the person has a leader assessment in the round already.
 */
export async function seedDemoAssessments(
  manager: EntityManager,
  municipalityId: string,
  staffMemberId: string,
  assessorId: string,
): Promise<void> {
  const codes = Object.keys(CASEWORKER_LEVELS);
  await manager.query(
    `INSERT INTO assessment (municipality_id, round_id, staff_member_id, topic_id, source, seq, value, assessor_id)
     SELECT $1, r.id, $2, t.id, 'leader', 1, x.value::assessment_value, $3
     FROM inventory_round r
     JOIN competence_topic t ON t.framework_id = r.framework_id
     JOIN unnest($4::text[], $5::text[]) AS x(code, value) ON x.code = t.code
     WHERE r.municipality_id = $1 AND r.name = $6
       AND NOT EXISTS (SELECT 1 FROM assessment a WHERE a.round_id = r.id AND a.staff_member_id = $2 AND a.source = 'leader')`,
    [
      municipalityId,
      staffMemberId,
      assessorId,
      codes,
      codes.map((code) => CASEWORKER_LEVELS[code]),
      DEMO_ROUND_NAME,
    ],
  );
}
