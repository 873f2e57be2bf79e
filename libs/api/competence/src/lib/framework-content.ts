import type { CompetenceLevelDefinition, FrameworkDocumentArea } from '@kl/shared/contracts';
import type { EntityManager } from 'typeorm';

/** Writes a new framework's level definitions, areas and topics, in the document's order. */
export async function insertFrameworkContent(
  manager: EntityManager,
  frameworkId: string,
  levels: readonly CompetenceLevelDefinition[],
  areas: readonly FrameworkDocumentArea[],
): Promise<void> {
  await manager.query(
    `INSERT INTO competence_level_definition (framework_id, level, name, definition)
     SELECT $1, level::competence_level, name, definition FROM unnest($2::text[], $3::text[], $4::text[]) AS l(level, name, definition)`,
    [frameworkId, levels.map((l) => l.level), levels.map((l) => l.name), levels.map((l) => l.definition)],
  );
  await manager.query(
    `INSERT INTO competence_area (framework_id, code, name, position)
     SELECT $1, code, name, position FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS a(code, name, position)`,
    [frameworkId, areas.map((a) => a.code), areas.map((a) => a.name)],
  );
  const topics = areas.flatMap((area) => area.topics.map((topic) => ({ area: area.code, ...topic })));
  await manager.query(
    `INSERT INTO competence_topic (framework_id, area_id, code, name, note, position)
     SELECT $1, a.id, t.code, t.name, t.note, t.position
     FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS t(area, code, name, note, position)
     JOIN competence_area a ON a.framework_id = $1 AND a.code = t.area`,
    [frameworkId, topics.map((t) => t.area), topics.map((t) => t.code), topics.map((t) => t.name), topics.map((t) => t.note ?? null)],
  );
}
