import type { MatrixArea } from '@kl/shared/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import type { TopicIndex } from './round-population';

export interface TopicRow {
  id: string;
  code: string;
  name: string;
  areaCode: string;
  areaName: string;
}

/** Topics by framework id, per data source (one per application): see {@link loadTopics}. */
const topicsCache = new WeakMap<DataSource, Map<string, readonly TopicRow[]>>();

/**
 * The topics of a round's framework in display order, which is also the order compact levels are
 * written in. A round's framework is always a published version, and published versions never
 * change, so they are read once per data source.
 */
export async function loadTopics(
  manager: EntityManager,
  frameworkId: string,
): Promise<readonly TopicRow[]> {
  let cache = topicsCache.get(manager.connection);
  if (!cache) topicsCache.set(manager.connection, (cache = new Map()));
  const cached = cache.get(frameworkId);
  if (cached) return cached;
  const topics: TopicRow[] = await manager.query(
    `SELECT t.id, t.code, t.name, a.code AS "areaCode", a.name AS "areaName"
     FROM competence_topic t JOIN competence_area a ON a.id = t.area_id
     WHERE t.framework_id = $1 ORDER BY a.position, a.code, t.position, t.code`,
    [frameworkId],
  );
  cache.set(frameworkId, topics);
  return topics;
}

export function topicIndex(topics: readonly TopicRow[]): TopicIndex {
  return { ids: topics.map((t) => t.id), indexes: topics.map((_t, i) => i) };
}

export function groupByArea(topics: readonly TopicRow[]): MatrixArea[] {
  const areas: MatrixArea[] = [];
  for (const topic of topics) {
    let area = areas[areas.length - 1];
    if (!area || area.code !== topic.areaCode) {
      area = { code: topic.areaCode, name: topic.areaName, topics: [] };
      areas.push(area);
    }
    area.topics.push({ code: topic.code, name: topic.name });
  }
  return areas;
}
