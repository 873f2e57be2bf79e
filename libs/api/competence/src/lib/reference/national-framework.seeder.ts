import type { CompetenceLevel } from '@kl/shared/contracts';
import type { EntityManager } from 'typeorm';
import bou2016 from './framework-bou-2016.json';

/** The shape of a national framework file in shared/reference. */
export interface NationalFrameworkFile {
  code: string;
  name: string;
  serviceArea: string;
  source: string;
  levels: { code: string; key: CompetenceLevel; name: string; definition: string }[];
  areas: { code: string; name: string; topics: { code: string; name: string }[] }[];
}

export const NATIONAL_FRAMEWORKS: NationalFrameworkFile[] = [bou2016 as NationalFrameworkFile];

/**
 * Loads a national framework as published version 1, once: a published version is immutable, so
 * an existing one is left exactly as it is.
 */
export async function seedNationalFramework(
  manager: EntityManager,
  framework: NationalFrameworkFile,
): Promise<void> {
  const inserted: { id: string }[] = await manager.query(
    `INSERT INTO competence_framework (code, version, name, service_area_id, status, source, published_at)
     SELECT $1, 1, $2, sa.id, 'published', $4, now() FROM service_area sa WHERE sa.code = $3
     ON CONFLICT (code, version) DO NOTHING RETURNING id`,
    [framework.code, framework.name, framework.serviceArea, framework.source],
  );
  if (inserted.length === 0) {
    const exists = await manager.query('SELECT 1 FROM competence_framework WHERE code = $1', [framework.code]);
    if (exists.length === 0) {
      throw new Error(`Service area "${framework.serviceArea}" of ${framework.code} is not seeded`);
    }
    return;
  }
  const frameworkId = inserted[0].id;
  await manager.query(
    `INSERT INTO competence_level_definition (framework_id, level, name, definition)
     SELECT $1, level::competence_level, name, definition FROM unnest($2::text[], $3::text[], $4::text[]) AS l(level, name, definition)`,
    [
      frameworkId,
      framework.levels.map((l) => l.key),
      framework.levels.map((l) => l.name),
      framework.levels.map((l) => l.definition),
    ],
  );
  await manager.query(
    `INSERT INTO competence_area (framework_id, code, name, position)
     SELECT $1, code, name, position FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS a(code, name, position)`,
    [frameworkId, framework.areas.map((a) => a.code), framework.areas.map((a) => a.name)],
  );
  const topics = framework.areas.flatMap((area) => area.topics.map((topic) => ({ area: area.code, ...topic })));
  await manager.query(
    `INSERT INTO competence_topic (framework_id, area_id, code, name, position)
     SELECT $1, a.id, t.code, t.name, t.position
     FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS t(area, code, name, position)
     JOIN competence_area a ON a.framework_id = $1 AND a.code = t.area`,
    [frameworkId, topics.map((t) => t.area), topics.map((t) => t.code), topics.map((t) => t.name)],
  );
}
