import type { StaffRole } from '@kl/shared/contracts';
import type { TargetSetting } from '@kl/shared/util';
import type { EntityManager } from 'typeorm';

/** The kommun-wide set is farther from any unit than the unit's own ancestors. */
const KOMMUN_WIDE_DISTANCE = Number.MAX_SAFE_INTEGER;

export interface TopicRow {
  id: string;
  code: string;
  name: string;
  areaCode: string;
  areaName: string;
}

/**
 * Every setting that can reach `unitId` for one framework version and role, in one statement:
 * the sets of the unit and its ancestors (a recursive walk up the tree, with the distance) and
 * the kommun-wide set. With `unitId` null only the kommun-wide set, as the "unit itself".
 */
export async function loadTargetSettings(
  manager: EntityManager,
  municipalityId: string,
  unitId: string | null,
  frameworkId: string,
  role: StaffRole,
): Promise<TargetSetting[]> {
  const rows: {
    topicCode: string;
    choice: TargetSetting['choice'];
    share: number;
    unitId: string | null;
    unitName: string | null;
    distance: number | null;
  }[] = await manager.query(
    `WITH RECURSIVE chain(id, parent_id, name, distance) AS (
         SELECT id, parent_id, name, 0 FROM org_unit WHERE municipality_id = $1 AND id = $2::uuid
         UNION ALL
         SELECT p.id, p.parent_id, p.name, c.distance + 1
         FROM org_unit p JOIN chain c ON p.id = c.parent_id WHERE p.municipality_id = $1
       )
       SELECT tp.code AS "topicCode", t.choice, t.share, s.unit_id AS "unitId", c.name AS "unitName", c.distance
       FROM competence_target_set s
       JOIN competence_target t ON t.set_id = s.id AND t.municipality_id = $1
       JOIN competence_topic tp ON tp.id = t.topic_id
       LEFT JOIN chain c ON c.id = s.unit_id
       WHERE s.municipality_id = $1 AND s.framework_id = $3 AND s.role = $4
         AND (s.unit_id IS NULL OR c.id IS NOT NULL)`,
    [municipalityId, unitId, frameworkId, role],
  );
  return rows.map((row) => ({
    topicCode: row.topicCode,
    choice: row.choice,
    share: row.share,
    distance: row.distance ?? (unitId ? KOMMUN_WIDE_DISTANCE : 0),
    origin: { unitId: row.unitId, unitName: row.unitName },
  }));
}

/** The topics of a framework version in the order of the framework (areas, then topics). */
export function loadTopics(manager: EntityManager, frameworkId: string): Promise<TopicRow[]> {
  return manager.query(
    `SELECT t.id, t.code, t.name, a.code AS "areaCode", a.name AS "areaName"
     FROM competence_topic t JOIN competence_area a ON a.id = t.area_id
     WHERE t.framework_id = $1 ORDER BY a.position, a.code, t.position, t.code`,
    [frameworkId],
  );
}

/**
 * Only published versions are immutable, so only their topics can carry targets; a kommun sees
 * the national versions and its own extensions.
 */
export async function isUsableFramework(
  manager: EntityManager,
  municipalityId: string,
  frameworkId: string,
): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM competence_framework
     WHERE id = $2 AND status = 'published' AND (municipality_id IS NULL OR municipality_id = $1)`,
    [municipalityId, frameworkId],
  );
  return rows.length > 0;
}
