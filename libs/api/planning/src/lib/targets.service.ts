import type { FieldErrorCode } from '@kl/shared/contracts';
import { Injectable } from '@nestjs/common';
import {
  type Actor,
  type KommunTransaction,
  NotFoundError,
  ScopedData,
  StaleVersionError,
  ValidationFailedError,
} from '@kl/api/core';
import type {
  EffectiveTarget,
  SaveTargetSetRequest,
  StaffRole,
  StaffTargets,
  TargetChoice,
  TargetSet,
  TargetSetArea,
  TargetSetQuery,
} from '@kl/shared/contracts';
import { effectiveTarget, inheritTargets } from '@kl/shared/util';
import type { EntityManager } from 'typeorm';
import {
  isUsableFramework,
  loadTargetSettings,
  loadTopics,
  type TopicRow,
} from './target-settings';

/** Which set: a unit's (or the kommun's, `unitId` null) for one framework version and role. */
interface SetKey {
  unitId: string | null;
  frameworkId: string;
  role: StaffRole;
}

interface StoredSet {
  id: string;
  version: number;
}

@Injectable()
export class TargetsService {
  constructor(private readonly data: ScopedData) {}

  /** A set with its inherited settings; 404 for a unit outside the caller's scope or an unusable framework. */
  targetSet(actor: Actor, query: TargetSetQuery): Promise<TargetSet> {
    const key: SetKey = {
      unitId: query.unitId ?? null,
      frameworkId: query.frameworkId,
      role: query.role,
    };
    return this.data.inKommun(
      actor,
      async (tx) => {
        if (key.unitId) await tx.unitSubtree(key.unitId);
        if (!(await isUsableFramework(tx.manager, tx.municipalityId, key.frameworkId)))
          throw new NotFoundError('Framework');
        return this.view(tx.manager, tx.municipalityId, key);
      },
      'Target set',
    );
  }

  /**
   * Replaces a set as a whole, all or nothing: every reference and topic is checked first, then
   * the set is written only onto the version the client saw (409 with the current set otherwise).
   * Saves of the same set take turns (an advisory lock), so two first saves cannot both create it.
   */
  save(actor: Actor, request: SaveTargetSetRequest): Promise<TargetSet> {
    const key: SetKey = {
      unitId: request.unitId,
      frameworkId: request.frameworkId,
      role: request.role,
    };
    return this.data.inKommun(actor, async (tx) => {
      const { manager, municipalityId } = tx;
      const topicIds = await this.validate(manager, municipalityId, request);
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `competence_target_set:${municipalityId}:${key.unitId ?? 'kommun'}:${key.frameworkId}:${key.role}`,
      ]);
      const stored = await findSet(manager, municipalityId, key);
      if ((stored?.version ?? 0) !== request.version) {
        throw new StaleVersionError('Target set', await this.view(manager, municipalityId, key));
      }
      const before = stored ? await storedChoices(manager, stored.id) : null;
      const after = Object.fromEntries(
        request.targets.map((t) => [t.topicCode, auditedChoice(t.choice, shareOf(t))]),
      );
      if (before && sameChoices(before, after)) return this.view(manager, municipalityId, key);

      const setId = stored
        ? await bumpVersion(manager, municipalityId, stored)
        : await insertSet(manager, municipalityId, key);
      if (!setId)
        throw new StaleVersionError('Target set', await this.view(manager, municipalityId, key));
      await manager.query(
        'DELETE FROM competence_target WHERE set_id = $1 AND municipality_id = $2',
        [setId, municipalityId],
      );
      await manager.query(
        `INSERT INTO competence_target (municipality_id, set_id, topic_id, choice, share)
         SELECT $1, $2, x.topic_id, x.choice::competence_target_choice, x.share
         FROM unnest($3::uuid[], $4::text[], $5::smallint[]) AS x(topic_id, choice, share)`,
        [
          municipalityId,
          setId,
          request.targets.map((t) => topicIds.get(t.topicCode)),
          request.targets.map((t) => t.choice),
          request.targets.map(shareOf),
        ],
      );
      const version = request.version + 1;
      await tx.audit({
        entityType: 'competence_target_set',
        entityId: setId,
        action: stored ? 'update' : 'create',
        before: before ? { ...key, version: request.version, targets: before } : null,
        after: { ...key, version, targets: after },
      });
      return this.view(manager, municipalityId, key);
    });
  }

  /**
   * The targets that apply to one staff member (their unit and role) in the framework version of
   * a round: the one asked for, else the newest round that has opened.
   */
  staffTargets(actor: Actor, staffMemberId: string, roundId?: string): Promise<StaffTargets> {
    return this.data.inKommun(
      actor,
      (tx) => this.staffTargetsIn(tx, staffMemberId, roundId),
      'Staff member',
    );
  }

  private async staffTargetsIn(
    tx: KommunTransaction,
    staffMemberId: string,
    roundId?: string,
  ): Promise<StaffTargets> {
    const { manager, municipalityId } = tx;
    const staff = await tx.requireStaff(staffMemberId);
    await tx.recordRead('person_targets', [staffMemberId]);
    const round = await findRound(manager, municipalityId, staff.unitId, roundId);
    if (!round)
      return { staffMemberId, role: staff.role, roundId: null, frameworkId: null, targets: [] };
    const settings = await loadTargetSettings(
      manager,
      municipalityId,
      staff.unitId,
      round.frameworkId,
      staff.role,
    );
    const targets: EffectiveTarget[] = [];
    for (const [topicCode, topic] of inheritTargets(settings)) {
      const target = effectiveTarget(topic);
      if (!target) continue;
      const origin = topic.own
        ? { unitId: staff.unitId, unitName: staff.unitName }
        : topic.inherited?.origin;
      if (origin) targets.push({ topicCode, ...target, origin });
    }
    targets.sort((a, b) => a.topicCode.localeCompare(b.topicCode));
    return {
      staffMemberId,
      role: staff.role,
      roundId: round.id,
      frameworkId: round.frameworkId,
      targets,
    };
  }

  /** Every error of the request at once (field codes); answers the topic ids by code. */
  private async validate(
    manager: EntityManager,
    municipalityId: string,
    request: SaveTargetSetRequest,
  ): Promise<Map<string, string>> {
    const errors: Record<string, FieldErrorCode> = {};
    const framework = await isUsableFramework(manager, municipalityId, request.frameworkId);
    if (!framework) errors['frameworkId'] = 'invalid_value';
    if (request.unitId) {
      const units: unknown[] = await manager.query(
        'SELECT 1 FROM org_unit WHERE municipality_id = $1 AND id = $2',
        [municipalityId, request.unitId],
      );
      // Another kommun's unit is answered like an unknown one: nothing is disclosed.
      if (units.length === 0) errors['unitId'] = 'invalid_value';
    }
    const topics = framework ? await loadTopics(manager, request.frameworkId) : [];
    const topicIds = new Map(topics.map((t) => [t.code, t.id]));
    const seen = new Set<string>();
    request.targets.forEach((target, i) => {
      if (framework && !topicIds.has(target.topicCode))
        errors[`targets.${i}.topicCode`] = 'invalid_value';
      if (seen.has(target.topicCode)) errors[`targets.${i}`] = 'not_unique';
      seen.add(target.topicCode);
      // The kommun-wide set is the top: there is nothing above it to override.
      if (request.unitId === null && target.choice === 'none')
        errors[`targets.${i}.choice`] = 'not_allowed';
    });
    if (Object.keys(errors).length > 0) throw new ValidationFailedError(errors);
    return topicIds;
  }

  private async view(
    manager: EntityManager,
    municipalityId: string,
    key: SetKey,
  ): Promise<TargetSet> {
    const [topics, settings, header] = [
      await loadTopics(manager, key.frameworkId),
      await loadTargetSettings(manager, municipalityId, key.unitId, key.frameworkId, key.role),
      await loadHeader(manager, municipalityId, key),
    ];
    const byTopic = inheritTargets(settings);
    return {
      id: header.id,
      unitId: key.unitId,
      unitName: header.unitName,
      frameworkId: key.frameworkId,
      role: key.role,
      version: header.version,
      updatedAt: header.updatedAt ? new Date(header.updatedAt).toISOString() : null,
      areas: groupByArea(topics, (code) => byTopic.get(code) ?? { own: null, inherited: null }),
    };
  }
}

function groupByArea(
  topics: TopicRow[],
  targetsOf: (code: string) => {
    own: TargetChoice | null;
    ownShare?: number | null;
    inherited: TargetSetArea['topics'][number]['inherited'];
  },
): TargetSetArea[] {
  const areas: TargetSetArea[] = [];
  for (const topic of topics) {
    let area = areas[areas.length - 1];
    if (!area || area.code !== topic.areaCode) {
      area = { code: topic.areaCode, name: topic.areaName, topics: [] };
      areas.push(area);
    }
    const { own, ownShare, inherited } = targetsOf(topic.code);
    area.topics.push({
      code: topic.code,
      name: topic.name,
      own,
      ownShare: ownShare ?? null,
      inherited,
    });
  }
  return areas;
}

async function findSet(
  manager: EntityManager,
  municipalityId: string,
  key: SetKey,
): Promise<StoredSet | null> {
  const rows: StoredSet[] = await manager.query(
    `SELECT id, row_version AS version FROM competence_target_set
     WHERE municipality_id = $1 AND unit_id IS NOT DISTINCT FROM $2::uuid AND framework_id = $3 AND role = $4
     FOR UPDATE`,
    [municipalityId, key.unitId, key.frameworkId, key.role],
  );
  return rows[0] ?? null;
}

async function loadHeader(
  manager: EntityManager,
  municipalityId: string,
  key: SetKey,
): Promise<{
  id: string | null;
  version: number;
  updatedAt: Date | null;
  unitName: string | null;
}> {
  const [row]: {
    id: string | null;
    version: number | null;
    updatedAt: Date | null;
    unitName: string | null;
  }[] = await manager.query(
    `SELECT s.id, s.row_version AS version, s.updated_at AS "updatedAt",
              (SELECT u.name FROM org_unit u WHERE u.municipality_id = $1 AND u.id = $2::uuid) AS "unitName"
       FROM (SELECT 1) one
       LEFT JOIN competence_target_set s ON s.municipality_id = $1 AND s.unit_id IS NOT DISTINCT FROM $2::uuid
                                        AND s.framework_id = $3 AND s.role = $4`,
    [municipalityId, key.unitId, key.frameworkId, key.role],
  );
  return {
    id: row.id,
    version: row.version ?? 0,
    updatedAt: row.updatedAt,
    unitName: row.unitName,
  };
}

/** A share applies to a level only; `none` asks nothing of anyone. */
function shareOf(target: { choice: TargetChoice; share?: number }): number {
  return target.choice === 'none' ? 100 : (target.share ?? 100);
}

/** The audit trail's form of a setting: the choice, with its share when it asks less than everyone. */
type AuditedChoice = TargetChoice | { choice: TargetChoice; share: number };

function auditedChoice(choice: TargetChoice, share: number): AuditedChoice {
  return share === 100 ? choice : { choice, share };
}

async function storedChoices(
  manager: EntityManager,
  setId: string,
): Promise<Record<string, AuditedChoice>> {
  const rows: { code: string; choice: TargetChoice; share: number }[] = await manager.query(
    `SELECT tp.code, t.choice, t.share FROM competence_target t JOIN competence_topic tp ON tp.id = t.topic_id
     WHERE t.set_id = $1 ORDER BY tp.code`,
    [setId],
  );
  return Object.fromEntries(rows.map((r) => [r.code, auditedChoice(r.choice, r.share)]));
}

function sameChoices(a: Record<string, AuditedChoice>, b: Record<string, AuditedChoice>): boolean {
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]))
  );
}

/** The conditional update: only onto the version read under the lock; null when it moved on. */
async function bumpVersion(
  manager: EntityManager,
  municipalityId: string,
  stored: StoredSet,
): Promise<string | null> {
  const [rows]: [{ id: string }[], number] = await manager.query(
    `UPDATE competence_target_set SET row_version = row_version + 1, updated_at = now()
     WHERE id = $1 AND municipality_id = $2 AND row_version = $3 RETURNING id`,
    [stored.id, municipalityId, stored.version],
  );
  return rows[0]?.id ?? null;
}

async function insertSet(
  manager: EntityManager,
  municipalityId: string,
  key: SetKey,
): Promise<string | null> {
  const rows: { id: string }[] = await manager.query(
    `INSERT INTO competence_target_set (municipality_id, unit_id, framework_id, role)
     VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING id`,
    [municipalityId, key.unitId, key.frameworkId, key.role],
  );
  return rows[0]?.id ?? null;
}

/**
 * The round asked for (404 unless the kommun's), else the newest that has opened of the service
 * area of the person's unit (one round per service area); null when none.
 */
async function findRound(
  manager: EntityManager,
  municipalityId: string,
  unitId: string,
  roundId?: string,
): Promise<{ id: string; frameworkId: string } | null> {
  if (roundId) {
    const rows: { id: string; frameworkId: string }[] = await manager.query(
      'SELECT id, framework_id AS "frameworkId" FROM inventory_round WHERE municipality_id = $1 AND id = $2',
      [municipalityId, roundId],
    );
    if (rows.length === 0) throw new NotFoundError('Inventory round');
    return rows[0];
  }
  const rows: { id: string; frameworkId: string }[] = await manager.query(
    `SELECT r.id, r.framework_id AS "frameworkId" FROM inventory_round r
     JOIN competence_framework f ON f.id = r.framework_id
     WHERE r.municipality_id = $1 AND r.status <> 'planned'
       AND f.service_area_id = (SELECT service_area_id FROM org_unit WHERE municipality_id = $1 AND id = $2)
     ORDER BY r.reference_date DESC, r.name DESC LIMIT 1`,
    [municipalityId, unitId],
  );
  return rows[0] ?? null;
}
