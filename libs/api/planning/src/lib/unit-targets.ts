import type { KommunTransaction } from '@kl/api/core';
import type { StaffRole } from '@kl/shared/contracts';
import {
  effectiveTarget,
  type GapTarget,
  inheritTargets,
  type TargetSetting,
} from '@kl/shared/util';

/** The kommun-wide set is farther from any unit than the unit's own ancestors. */
const KOMMUN_WIDE_DISTANCE = Number.MAX_SAFE_INTEGER;

/** Each unit's targets by topic index (null: no target), as inherited down the unit tree. */
export type TargetsOfUnit = (unitId: string) => readonly (GapTarget | null)[];

/**
 * The targets of every unit of the kommun for one framework version and staff role, in two
 * queries whatever the number of units and staff: the unit tree and every set of the version and
 * role. Inheritance (docs/planning.md) is the pure `inheritTargets`, applied once per unit.
 */
export async function loadUnitTargets(
  tx: KommunTransaction,
  frameworkId: string,
  role: StaffRole,
  topicCodes: readonly string[],
): Promise<TargetsOfUnit> {
  const units = await tx.query<{ id: string; parentId: string | null }>(
    'SELECT id, parent_id AS "parentId" FROM org_unit WHERE municipality_id = $1',
    [tx.municipalityId],
  );
  const settings = await tx.query<{
    unitId: string | null;
    topicCode: string;
    choice: TargetSetting['choice'];
    share: number;
  }>(
    `SELECT s.unit_id AS "unitId", tp.code AS "topicCode", t.choice, t.share
     FROM competence_target_set s
     JOIN competence_target t ON t.set_id = s.id AND t.municipality_id = $1
     JOIN competence_topic tp ON tp.id = t.topic_id
     WHERE s.municipality_id = $1 AND s.framework_id = $2 AND s.role = $3`,
    [tx.municipalityId, frameworkId, role],
  );
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  const bySet = new Map<string | null, typeof settings>();
  for (const row of settings) {
    const list = bySet.get(row.unitId) ?? [];
    list.push(row);
    bySet.set(row.unitId, list);
  }
  const origin = { unitId: null, unitName: null };
  const cache = new Map<string, (GapTarget | null)[]>();
  return (unitId) => {
    const cached = cache.get(unitId);
    if (cached) return cached;
    const reaching: TargetSetting[] = [];
    const add = (key: string | null, distance: number) =>
      (bySet.get(key) ?? []).forEach((s) =>
        reaching.push({
          topicCode: s.topicCode,
          choice: s.choice,
          share: s.share,
          distance,
          origin,
        }),
      );
    let current: string | null = unitId;
    for (let distance = 0; current && distance < 100; distance++) {
      add(current, distance);
      current = parentOf.get(current) ?? null;
    }
    add(null, KOMMUN_WIDE_DISTANCE);
    const byTopic = inheritTargets(reaching);
    const targets = topicCodes.map((code) => {
      const topic = byTopic.get(code);
      return topic ? effectiveTarget(topic) : null;
    });
    cache.set(unitId, targets);
    return targets;
  };
}
