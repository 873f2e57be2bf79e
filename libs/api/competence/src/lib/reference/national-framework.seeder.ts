import type { CompetenceLevel } from '@kl/shared/contracts';
import type { EntityManager } from 'typeorm';
import { insertFrameworkContent } from '../framework-content';
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
     ON CONFLICT (code, version) WHERE municipality_id IS NULL DO NOTHING RETURNING id`,
    [framework.code, framework.name, framework.serviceArea, framework.source],
  );
  if (inserted.length === 0) {
    const exists = await manager.query('SELECT 1 FROM competence_framework WHERE code = $1 AND municipality_id IS NULL', [framework.code]);
    if (exists.length === 0) {
      throw new Error(`Service area "${framework.serviceArea}" of ${framework.code} is not seeded`);
    }
    return;
  }
  await insertFrameworkContent(
    manager,
    inserted[0].id,
    framework.levels.map(({ key, name, definition }) => ({ level: key, name, definition })),
    framework.areas.map((area) => ({ ...area, topics: area.topics.map((topic) => ({ ...topic, note: null })) })),
  );
}
