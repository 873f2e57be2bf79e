import { Injectable } from '@nestjs/common';
import { type Actor, NotFoundError, ScopedData, StaleVersionError, type TierTransaction, ValidationFailedError } from '@kl/api/core';
import type {
  CompetenceArea as AreaView,
  CompetenceFrameworkDetail,
  CompetenceFrameworkSummary,
  CompetenceLevel,
  CompetenceLevelDefinition as LevelView,
  CrosswalkEntry,
  FrameworkDocument,
  FrameworkExample,
} from '@kl/shared/contracts';
import { crosswalkErrors } from '@kl/shared/util';
import type { EntityManager } from 'typeorm';
import type {
  CopyFrameworkExampleDto,
  CreateCompetenceAreaDto,
  CreateCompetenceTopicDto,
  CreateFrameworkDto,
  PublishFrameworkDto,
  ReplaceCrosswalkDto,
  UpdateCompetenceAreaDto,
  UpdateCompetenceTopicDto,
  UpdateFrameworkDto,
  UpdateLevelDefinitionDto,
} from './dto/framework.dto';
import {
  CrosswalkIncompleteError,
  FrameworkCodeTakenError,
  FrameworkDraftExistsError,
  FrameworkNotPublishedError,
  FrameworkPublishedError,
} from './frameworks.errors';
import { insertFrameworkContent } from './framework-content';
import { documentOf, documentRuleErrors } from './framework-document';
import { FRAMEWORK_EXAMPLES } from './reference/framework-examples';

const SUMMARY_SELECT = `
  SELECT f.id, f.code, f.version, f.name, sa.code AS "serviceAreaCode", f.status,
         f.municipality_id AS "municipalityId", f.based_on_id AS "basedOnId", f.published_at AS "publishedAt",
         f.row_version AS "rowVersion"
  FROM competence_framework f JOIN service_area sa ON sa.id = f.service_area_id`;

/** Who may see a framework: national ones everyone with competence data, extensions their kommun. */
const VISIBLE = '(f.municipality_id IS NULL OR f.municipality_id = $1)';

type Summary = CompetenceFrameworkSummary;

@Injectable()
export class FrameworksService {
  constructor(private readonly data: ScopedData) {}

  list(actor: Actor): Promise<Summary[]> {
    return this.tx(actor, ({ manager, municipalityId }) =>
      manager.query(`${SUMMARY_SELECT} WHERE ${VISIBLE} ORDER BY f.municipality_id NULLS FIRST, f.code, f.version`, [
        municipalityId,
      ]),
    );
  }

  get(actor: Actor, id: string): Promise<CompetenceFrameworkDetail> {
    return this.tx(actor, async (tx) => this.detail(tx.manager, await this.summary(tx, id)));
  }

  /**
   * A new framework, a draft of version 1 based on nothing: national when a national analyst makes
   * it, the kommun's own when its administrator does. Its code may not be one the caller already sees.
   */
  create(actor: Actor, dto: CreateFrameworkDto): Promise<CompetenceFrameworkDetail> {
    const errors = documentRuleErrors(dto);
    if (Object.keys(errors).length > 0) throw new ValidationFailedError(errors);
    return this.tx(actor, async (tx) => {
      const { manager, municipalityId } = tx;
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`framework:${municipalityId ?? 'national'}:${dto.code}`]);
      const taken = await manager.query(`SELECT 1 FROM competence_framework f WHERE ${VISIBLE} AND f.code = $2`, [municipalityId, dto.code]);
      if (taken.length > 0) throw new FrameworkCodeTakenError('code');
      const [{ id }]: { id: string }[] = await manager.query(
        `INSERT INTO competence_framework (code, version, name, service_area_id, status, municipality_id, source)
         SELECT $1, 1, $2, sa.id, 'draft', $4, $5 FROM service_area sa WHERE sa.code = $3 RETURNING id`,
        [dto.code, dto.name, dto.serviceAreaCode, municipalityId, dto.source ?? null],
      );
      await insertFrameworkContent(manager, id, dto.levels, dto.areas);
      const created = await this.detail(manager, await this.summary(tx, id));
      await this.record(tx, created, 'create', null, created);
      return created;
    });
  }

  examples(): readonly FrameworkExample[] {
    return FRAMEWORK_EXAMPLES;
  }

  /** An example copied into a new draft under the caller's own code and name, to adapt. */
  copyExample(actor: Actor, key: string, dto: CopyFrameworkExampleDto): Promise<CompetenceFrameworkDetail> {
    const example = FRAMEWORK_EXAMPLES.find((e) => e.key === key);
    if (!example) throw new NotFoundError('Example');
    return this.create(actor, { ...example.document, code: dto.code, name: dto.name });
  }

  /** A version as a document, for its export (docs/frameworks.md). */
  document(actor: Actor, id: string): Promise<{ framework: CompetenceFrameworkSummary; document: FrameworkDocument }> {
    return this.tx(actor, async (tx) => {
      const framework = await this.detail(tx.manager, await this.summary(tx, id));
      return { framework, document: documentOf(framework) };
    });
  }

  /**
   * A new version of a national framework (national analysts) or of a kommun's own framework (its
   * administrators): a draft copy of a published one, with an identity crosswalk to start from. A
   * local extension is not versioned: the kommun extends the national version anew.
   */
  createVersion(actor: Actor, sourceId: string): Promise<CompetenceFrameworkDetail> {
    return this.tx(actor, async (tx) => {
      const { manager } = tx;
      const source = await this.summary(tx, sourceId);
      if (!this.mayEdit(actor, source) || (await this.isExtension(manager, source))) throw new NotFoundError('Framework');
      if (source.status !== 'published') throw new FrameworkNotPublishedError();
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`framework:${source.municipalityId ?? 'national'}:${source.code}`]);
      const versions: { status: string; version: number }[] = await manager.query(
        'SELECT status, version FROM competence_framework WHERE code = $1 AND municipality_id IS NOT DISTINCT FROM $2::uuid',
        [source.code, source.municipalityId],
      );
      if (versions.some((v) => v.status === 'draft')) throw new FrameworkDraftExistsError();
      const [{ id }]: { id: string }[] = await manager.query(
        `INSERT INTO competence_framework (code, version, name, service_area_id, status, municipality_id, based_on_id, source)
         SELECT code, $2, name, service_area_id, 'draft', municipality_id, id, source
         FROM competence_framework WHERE id = $1 RETURNING id`,
        [source.id, Math.max(...versions.map((v) => v.version)) + 1],
      );
      await this.copyContent(manager, source.id, id, true);
      await manager.query(
        `INSERT INTO competence_crosswalk_entry (framework_id, topic_code, previous_topic_code, kind, position)
         SELECT $1, code, code, 'same', row_number() OVER (ORDER BY position, code) FROM competence_topic WHERE framework_id = $1`,
        [id],
      );
      const created = await this.detail(manager, await this.summary(tx, id));
      await this.record(tx, created, 'create', null, created);
      return created;
    });
  }

  /** A kommun's own draft of local topics beside a published national version, which stays untouched. */
  createExtension(actor: Actor, nationalId: string): Promise<CompetenceFrameworkDetail> {
    return this.tx(actor, async (tx) => {
      const { manager } = tx;
      const national = await this.summary(tx, nationalId);
      if (national.municipalityId !== null) throw new NotFoundError('Framework');
      if (national.status !== 'published') throw new FrameworkNotPublishedError();
      const [{ code: kommunCode }]: { code: string }[] = await manager.query('SELECT code FROM municipality WHERE id = $1', [
        tx.municipalityId,
      ]);
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO competence_framework (code, version, name, service_area_id, status, municipality_id, based_on_id)
         SELECT code || '-' || $3, version, name || ' – lokala inriktningar', service_area_id, 'draft', $2, id
         FROM competence_framework WHERE id = $1
         ON CONFLICT (municipality_id, code, version) WHERE municipality_id IS NOT NULL DO NOTHING RETURNING id`,
        [national.id, tx.municipalityId, kommunCode],
      );
      if (inserted.length === 0) throw new FrameworkDraftExistsError();
      const created = await this.detail(manager, await this.summary(tx, inserted[0].id));
      await this.record(tx, created, 'create', null, created);
      return created;
    });
  }

  update(actor: Actor, id: string, dto: UpdateFrameworkDto): Promise<CompetenceFrameworkDetail> {
    return this.tx(actor, async (tx) => {
      const before = await this.draftForEdit(tx, actor, id, dto.rowVersion);
      await this.conditionalUpdate(tx, before, dto.rowVersion, 'name = $3', [dto.name]);
      return this.recordChange(tx, before.id, { name: before.name }, { name: dto.name });
    });
  }

  publish(actor: Actor, id: string, dto: PublishFrameworkDto): Promise<CompetenceFrameworkDetail> {
    return this.tx(actor, async (tx) => {
      const { manager } = tx;
      const before = await this.draftForEdit(tx, actor, id, dto.rowVersion);
      const previousId = await this.previousVersionId(manager, before);
      if (previousId) {
        const detail = await this.detail(manager, before);
        const previousCodes = await this.topicCodes(manager, previousId);
        const errors = crosswalkErrors(detail.crosswalk, this.codesOf(detail), previousCodes);
        if (Object.keys(errors).length > 0) throw new CrosswalkIncompleteError(errors);
      }
      await this.conditionalUpdate(tx, before, dto.rowVersion, `status = 'published', published_at = now()`, []);
      const after = await this.detail(manager, await this.summary(tx, id));
      await this.record(tx, after, 'publish', before, after);
      return after;
    });
  }

  addArea(actor: Actor, id: string, dto: CreateCompetenceAreaDto): Promise<CompetenceFrameworkDetail> {
    return this.editDraft(actor, id, async (manager, framework) => {
      const inserted = await manager.query(
        `INSERT INTO competence_area (framework_id, code, name, position)
         SELECT $1, $2, $3, coalesce(max(position), 0) + 1 FROM competence_area WHERE framework_id = $1
         ON CONFLICT (framework_id, code) DO NOTHING RETURNING id`,
        [framework.id, dto.code, dto.name],
      );
      if (inserted.length === 0) throw new FrameworkCodeTakenError('code');
      return { before: null, after: { area: { code: dto.code, name: dto.name } } };
    });
  }

  updateArea(actor: Actor, id: string, areaId: string, dto: UpdateCompetenceAreaDto): Promise<CompetenceFrameworkDetail> {
    return this.editDraft(actor, id, async (manager, framework) => {
      const before = await this.child(manager, 'competence_area', framework.id, areaId);
      await manager.query('UPDATE competence_area SET name = $3 WHERE id = $1 AND framework_id = $2', [areaId, framework.id, dto.name]);
      return { before: { area: before }, after: { area: { ...before, name: dto.name } } };
    });
  }

  removeArea(actor: Actor, id: string, areaId: string): Promise<CompetenceFrameworkDetail> {
    return this.editDraft(actor, id, async (manager, framework) => {
      const before = await this.child(manager, 'competence_area', framework.id, areaId);
      const topics: { code: string }[] = await manager.query('SELECT code FROM competence_topic WHERE area_id = $1', [areaId]);
      await manager.query('DELETE FROM competence_area WHERE id = $1 AND framework_id = $2', [areaId, framework.id]);
      await this.dropFromCrosswalk(manager, framework.id, topics.map((t) => t.code));
      return { before: { area: before, topics: topics.map((t) => t.code) }, after: null };
    });
  }

  addTopic(actor: Actor, id: string, dto: CreateCompetenceTopicDto): Promise<CompetenceFrameworkDetail> {
    return this.editDraft(actor, id, async (manager, framework) => {
      const areaId = await this.areaId(manager, framework.id, dto.areaCode);
      // A local topic must not take a code of the national framework it extends.
      const clash = await manager.query(
        `SELECT 1 FROM competence_topic WHERE code = $2 AND framework_id IN ($1, $3)`,
        [framework.id, dto.code, (await this.isExtension(manager, framework)) ? framework.basedOnId : framework.id],
      );
      if (clash.length > 0) throw new FrameworkCodeTakenError('code');
      await manager.query(
        `INSERT INTO competence_topic (framework_id, area_id, code, name, note, position)
         SELECT $1, $2, $3, $4, $5, coalesce(max(position), 0) + 1 FROM competence_topic WHERE framework_id = $1`,
        [framework.id, areaId, dto.code, dto.name, dto.note ?? null],
      );
      if (await this.previousVersionId(manager, framework)) {
        await manager.query(
          `INSERT INTO competence_crosswalk_entry (framework_id, topic_code, previous_topic_code, kind, position)
           SELECT $1, $2, NULL, 'new', coalesce(max(position), 0) + 1 FROM competence_crosswalk_entry WHERE framework_id = $1`,
          [framework.id, dto.code],
        );
      }
      return { before: null, after: { topic: { code: dto.code, name: dto.name, areaCode: dto.areaCode, note: dto.note ?? null } } };
    });
  }

  updateTopic(actor: Actor, id: string, topicId: string, dto: UpdateCompetenceTopicDto): Promise<CompetenceFrameworkDetail> {
    return this.editDraft(actor, id, async (manager, framework) => {
      const before = await this.child(manager, 'competence_topic', framework.id, topicId);
      const areaId = dto.areaCode ? await this.areaId(manager, framework.id, dto.areaCode) : null;
      await manager.query(
        `UPDATE competence_topic SET name = coalesce($3, name), area_id = coalesce($4, area_id),
                note = CASE WHEN $5 THEN $6 ELSE note END
         WHERE id = $1 AND framework_id = $2`,
        [topicId, framework.id, dto.name ?? null, areaId, dto.note !== undefined, dto.note ?? null],
      );
      return { before: { topic: before }, after: { topic: { ...before, ...dto } } };
    });
  }

  removeTopic(actor: Actor, id: string, topicId: string): Promise<CompetenceFrameworkDetail> {
    return this.editDraft(actor, id, async (manager, framework) => {
      const before = await this.child(manager, 'competence_topic', framework.id, topicId);
      await manager.query('DELETE FROM competence_topic WHERE id = $1 AND framework_id = $2', [topicId, framework.id]);
      await this.dropFromCrosswalk(manager, framework.id, [before['code'] as string]);
      return { before: { topic: before }, after: null };
    });
  }

  updateLevel(actor: Actor, id: string, level: CompetenceLevel, dto: UpdateLevelDefinitionDto): Promise<CompetenceFrameworkDetail> {
    return this.editDraft(actor, id, async (manager, framework) => {
      const rows: LevelView[] = await manager.query(
        'SELECT level, name, definition FROM competence_level_definition WHERE framework_id = $1 AND level = $2',
        [framework.id, level],
      );
      if (rows.length === 0) throw new NotFoundError('Level definition');
      await manager.query('UPDATE competence_level_definition SET name = $3, definition = $4 WHERE framework_id = $1 AND level = $2', [
        framework.id,
        level,
        dto.name,
        dto.definition,
      ]);
      return { before: { level: rows[0] }, after: { level: { level, ...dto } } };
    });
  }

  replaceCrosswalk(actor: Actor, id: string, dto: ReplaceCrosswalkDto): Promise<CompetenceFrameworkDetail> {
    return this.tx(actor, async (tx) => {
      const { manager } = tx;
      const seen = await this.summary(tx, id);
      if (!this.mayEdit(actor, seen)) throw new NotFoundError('Framework');
      const previousId = await this.previousVersionId(manager, seen);
      if (!previousId) throw new NotFoundError('Crosswalk');
      const framework = await this.draftForEdit(tx, actor, id, dto.rowVersion);
      const detail = await this.detail(manager, framework);
      const errors = crosswalkErrors(dto.entries, this.codesOf(detail), await this.topicCodes(manager, previousId));
      // Unmapped topics may be left for later; entries that contradict the versions may not.
      const wrong = Object.fromEntries(Object.entries(errors).filter(([field]) => field.startsWith('entries.')));
      if (Object.keys(wrong).length > 0) throw new ValidationFailedError(wrong);
      await manager.query('DELETE FROM competence_crosswalk_entry WHERE framework_id = $1', [framework.id]);
      await manager.query(
        `INSERT INTO competence_crosswalk_entry (framework_id, topic_code, previous_topic_code, kind, position)
         SELECT $1, t, p, k::crosswalk_kind, n FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS e(t, p, k, n)`,
        [framework.id, dto.entries.map((e) => e.topicCode), dto.entries.map((e) => e.previousTopicCode), dto.entries.map((e) => e.kind)],
      );
      await this.conditionalUpdate(tx, framework, dto.rowVersion, '', []);
      return this.recordChange(tx, framework.id, { crosswalk: detail.crosswalk }, { crosswalk: dto.entries });
    });
  }

  /** Child edits lock the draft, bump its row version (so a publish on an older view fails) and are audited. */
  private editDraft(
    actor: Actor,
    id: string,
    change: (manager: EntityManager, framework: Summary) => Promise<{ before: unknown; after: unknown }>,
  ): Promise<CompetenceFrameworkDetail> {
    return this.tx(actor, async (tx) => {
      const { manager } = tx;
      const framework = await this.draftForEdit(tx, actor, id, null);
      const { before, after } = await change(manager, framework);
      await manager.query(
        'UPDATE competence_framework SET row_version = row_version + 1, updated_at = now() WHERE id = $1',
        [framework.id],
      );
      return this.recordChange(tx, framework.id, before, after);
    });
  }

  /**
   * The draft the caller may edit, locked for the rest of the transaction. National frameworks are
   * edited by national analysts, a kommun's extension by its administrators; anything else is 404.
   */
  private async draftForEdit(tx: TierTransaction, actor: Actor, id: string, rowVersion: number | null): Promise<Summary> {
    const { manager } = tx;
    const framework = await this.summary(tx, id);
    if (!this.mayEdit(actor, framework)) throw new NotFoundError('Framework');
    await manager.query('SELECT 1 FROM competence_framework WHERE id = $1 FOR UPDATE', [id]);
    const current = await this.summary(tx, id);
    if (current.status === 'published') throw new FrameworkPublishedError();
    if (rowVersion !== null && current.rowVersion !== rowVersion) {
      throw new StaleVersionError('Framework', await this.detail(manager, current));
    }
    return current;
  }

  private mayEdit(actor: Actor, framework: Summary): boolean {
    return framework.municipalityId === null ? actor.role === 'national_analyst' : actor.role === 'municipality_admin';
  }

  /** A kommun's extension of a national version (its topics beside the national ones, no crosswalk). */
  private async isExtension(manager: EntityManager, framework: Summary): Promise<boolean> {
    if (framework.municipalityId === null || framework.basedOnId === null) return false;
    const base = await manager.query('SELECT 1 FROM competence_framework WHERE id = $1 AND municipality_id IS NULL', [framework.basedOnId]);
    return base.length > 0;
  }

  /** The version before, when this is a later version of the same framework (national or a kommun's own): it has a crosswalk to it. */
  private async previousVersionId(manager: EntityManager, framework: Summary): Promise<string | null> {
    return framework.basedOnId !== null && !(await this.isExtension(manager, framework)) ? framework.basedOnId : null;
  }

  private async conditionalUpdate(
    tx: TierTransaction,
    framework: Summary,
    rowVersion: number,
    set: string,
    values: unknown[],
  ): Promise<void> {
    const [rows]: [{ id: string }[], number] = await tx.manager.query(
      `UPDATE competence_framework SET ${set ? `${set}, ` : ''}row_version = row_version + 1, updated_at = now()
       WHERE id = $1 AND row_version = $2 AND status = 'draft' RETURNING id`,
      [framework.id, rowVersion, ...values],
    );
    if (rows.length === 0) {
      throw new StaleVersionError('Framework', await this.detail(tx.manager, await this.summary(tx, framework.id)));
    }
  }

  /** The framework if the caller may see it (national, or their kommun's extension); else 404. */
  private async summary(tx: TierTransaction, id: string): Promise<Summary> {
    const rows: Summary[] = await tx.manager.query(`${SUMMARY_SELECT} WHERE ${VISIBLE} AND f.id = $2`, [tx.municipalityId, id]);
    if (rows.length === 0) throw new NotFoundError('Framework');
    return rows[0];
  }

  private async detail(manager: EntityManager, framework: Summary): Promise<CompetenceFrameworkDetail> {
    const [{ source, levels, areas, crosswalk }]: {
      source: string | null;
      levels: LevelView[];
      areas: AreaView[];
      crosswalk: CrosswalkEntry[];
    }[] = await manager.query(
      `SELECT f.source,
              coalesce((SELECT json_agg(json_build_object('level', l.level, 'name', l.name, 'definition', l.definition)
                                 ORDER BY array_position(enum_range(NULL::competence_level), l.level))
                        FROM competence_level_definition l WHERE l.framework_id = f.id), '[]') AS levels,
              coalesce((SELECT json_agg(json_build_object('id', a.id, 'code', a.code, 'name', a.name, 'position', a.position,
                                 'topics', coalesce((SELECT json_agg(json_build_object('id', t.id, 'code', t.code, 'name', t.name,
                                                    'position', t.position, 'note', t.note) ORDER BY t.position, t.code)
                                                     FROM competence_topic t WHERE t.area_id = a.id), '[]'))
                                 ORDER BY a.position, a.code)
                        FROM competence_area a WHERE a.framework_id = f.id), '[]') AS areas,
              coalesce((SELECT json_agg(json_build_object('topicCode', c.topic_code, 'previousTopicCode', c.previous_topic_code,
                                 'kind', c.kind) ORDER BY c.position)
                        FROM competence_crosswalk_entry c WHERE c.framework_id = f.id), '[]') AS crosswalk
       FROM competence_framework f WHERE f.id = $1`,
      [framework.id],
    );
    return { ...framework, source, levels, areas, crosswalk };
  }

  private async copyContent(manager: EntityManager, fromId: string, toId: string, withLevels: boolean): Promise<void> {
    if (withLevels) {
      await manager.query(
        `INSERT INTO competence_level_definition (framework_id, level, name, definition)
         SELECT $2, level, name, definition FROM competence_level_definition WHERE framework_id = $1`,
        [fromId, toId],
      );
    }
    await manager.query(
      `INSERT INTO competence_area (framework_id, code, name, position)
       SELECT $2, code, name, position FROM competence_area WHERE framework_id = $1`,
      [fromId, toId],
    );
    await manager.query(
      `INSERT INTO competence_topic (framework_id, area_id, code, name, note, position)
       SELECT $2, na.id, t.code, t.name, t.note, t.position
       FROM competence_topic t JOIN competence_area oa ON oa.id = t.area_id
       JOIN competence_area na ON na.framework_id = $2 AND na.code = oa.code
       WHERE t.framework_id = $1`,
      [fromId, toId],
    );
  }

  private async child(
    manager: EntityManager,
    table: 'competence_area' | 'competence_topic',
    frameworkId: string,
    id: string,
  ): Promise<Record<string, unknown>> {
    const columns = table === 'competence_topic' ? 'id, code, name, note' : 'id, code, name';
    const rows: Record<string, unknown>[] = await manager.query(`SELECT ${columns} FROM ${table} WHERE id = $1 AND framework_id = $2`, [
      id,
      frameworkId,
    ]);
    if (rows.length === 0) throw new NotFoundError(table === 'competence_area' ? 'Area' : 'Topic');
    return rows[0];
  }

  private async areaId(manager: EntityManager, frameworkId: string, code: string): Promise<string> {
    const rows: { id: string }[] = await manager.query('SELECT id FROM competence_area WHERE framework_id = $1 AND code = $2', [
      frameworkId,
      code,
    ]);
    if (rows.length === 0) throw new ValidationFailedError({ areaCode: 'invalid_value' });
    return rows[0].id;
  }

  private async topicCodes(manager: EntityManager, frameworkId: string): Promise<string[]> {
    const rows: { code: string }[] = await manager.query('SELECT code FROM competence_topic WHERE framework_id = $1', [frameworkId]);
    return rows.map((r) => r.code);
  }

  private codesOf(detail: CompetenceFrameworkDetail): string[] {
    return detail.areas.flatMap((a) => a.topics.map((t) => t.code));
  }

  /** A topic gone from the draft leaves the crosswalk; its previous topic then needs a new mapping. */
  private async dropFromCrosswalk(manager: EntityManager, frameworkId: string, codes: string[]): Promise<void> {
    await manager.query('DELETE FROM competence_crosswalk_entry WHERE framework_id = $1 AND topic_code = ANY($2::text[])', [
      frameworkId,
      codes,
    ]);
  }

  private async recordChange(tx: TierTransaction, id: string, before: unknown, after: unknown): Promise<CompetenceFrameworkDetail> {
    const framework = await this.detail(tx.manager, await this.summary(tx, id));
    await this.record(tx, framework, 'update', before, after);
    return framework;
  }

  private record(
    tx: TierTransaction,
    framework: Summary,
    action: 'create' | 'update' | 'publish',
    before: unknown,
    after: unknown,
  ): Promise<void> {
    return tx.audit({ entityType: 'competence_framework', entityId: framework.id, action, before, after });
  }

  /** Kommun roles in their kommun (national versions and its own extensions); analysts on the aggregate path. */
  private tx<T>(actor: Actor, work: (tx: TierTransaction) => Promise<T>): Promise<T> {
    return this.data.inOwnTier(actor, work, 'Framework');
  }
}
