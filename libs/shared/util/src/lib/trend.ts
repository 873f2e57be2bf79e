import type { CrosswalkEntry, DashboardArea, TopicLineageKind } from '@kl/shared/contracts';
import { groupDistributions, type StaffValues } from './inventory-dashboard';

/** One framework version as the crosswalk chain sees it: what it was copied from, and how. */
export interface FrameworkVersionLink {
  id: string;
  basedOnId: string | null;
  crosswalk: readonly CrosswalkEntry[];
}

/** Where a topic of a newer version comes from in an older one. */
export interface TopicLineage {
  kind: TopicLineageKind;
  /** The older version's topic codes whose figures make this topic's (none for a new topic). */
  sources: string[];
}

/** The stronger of two changes: a series that was renamed and then merged is merged. */
const KIND_RANK: Record<TopicLineageKind, number> = {
  same: 0,
  renamed: 1,
  split: 2,
  merged: 3,
  new: 4,
};
const stronger = (a: TopicLineageKind, b: TopicLineageKind) =>
  KIND_RANK[a] >= KIND_RANK[b] ? a : b;

/**
 * How each topic of the version `targetId` descends from the topics of the older version
 * `sourceId`, following the crosswalks back one version at a time (`same` and `renamed` carry a
 * topic over, `split` gives each new topic the old one's figures, `merged` pools several old
 * topics into one, `new` has none). Null when `sourceId` is not an earlier version of `targetId`:
 * then only equal codes can be matched ({@link lineageByCode}).
 */
export function topicLineage(
  targetTopicCodes: readonly string[],
  targetId: string,
  sourceId: string,
  versions: ReadonlyMap<string, FrameworkVersionLink>,
): Map<string, TopicLineage> | null {
  const lineage = new Map(
    targetTopicCodes.map((code) => [code, { kind: 'same' as TopicLineageKind, sources: [code] }]),
  );
  let current = versions.get(targetId);
  const seen = new Set<string>();
  while (current && current.id !== sourceId) {
    if (seen.has(current.id) || !current.basedOnId) return null;
    seen.add(current.id);
    const previous = new Map<string, CrosswalkEntry[]>();
    for (const entry of current.crosswalk) {
      if (entry.topicCode !== null)
        previous.set(entry.topicCode, [...(previous.get(entry.topicCode) ?? []), entry]);
    }
    for (const topic of lineage.values()) {
      const sources: string[] = [];
      for (const code of topic.sources) {
        // A topic the crosswalk leaves out kept its code (a published crosswalk accounts for every topic).
        const entries = previous.get(code) ?? [
          { topicCode: code, previousTopicCode: code, kind: 'same' as const },
        ];
        for (const entry of entries) {
          if (entry.kind !== 'removed') topic.kind = stronger(topic.kind, entry.kind);
          if (entry.previousTopicCode !== null && !sources.includes(entry.previousTopicCode))
            sources.push(entry.previousTopicCode);
        }
      }
      topic.sources = sources;
      if (sources.length === 0) topic.kind = 'new';
    }
    current = versions.get(current.basedOnId);
  }
  return current ? lineage : null;
}

/** Matching by code alone, for rounds whose framework is not an earlier version of the trend's own. */
export function lineageByCode(
  targetTopicCodes: readonly string[],
  sourceTopicCodes: readonly string[],
): Map<string, TopicLineage> {
  const source = new Set(sourceTopicCodes);
  return new Map(
    targetTopicCodes.map((code): [string, TopicLineage] => [
      code,
      source.has(code) ? { kind: 'same', sources: [code] } : { kind: 'new', sources: [] },
    ]),
  );
}

export interface TrendTargetArea {
  code: string;
  name: string;
  topics: readonly { code: string; name: string }[];
}

/**
 * An earlier round's figures in the trend's own topics: each topic as the group of its sources in
 * that round (pooled when merged), each area as the group of the distinct sources of its topics,
 * so a source counts once in its area. Topics without a source are empty and listed unmeasured.
 */
export function carryOverFigures(
  targetAreas: readonly TrendTargetArea[],
  lineage: ReadonlyMap<string, TopicLineage>,
  sourceTopicCodes: readonly string[],
  staff: readonly StaffValues[],
): { areas: DashboardArea[]; unmeasuredTopicCodes: string[] } {
  const indexOf = new Map(sourceTopicCodes.map((code, i) => [code, i]));
  const sourcesOf = (code: string) =>
    (lineage.get(code)?.sources ?? []).flatMap((source) =>
      indexOf.has(source) ? [indexOf.get(source) as number] : [],
    );
  const topicGroups = targetAreas.map((area) => area.topics.map((topic) => sourcesOf(topic.code)));
  const areaGroups = topicGroups.map((groups) => [...new Set(groups.flat())]);
  const topicFigures = groupDistributions(staff, topicGroups.flat());
  const areaFigures = groupDistributions(staff, areaGroups);
  const unmeasuredTopicCodes: string[] = [];
  let t = 0;
  const areas = targetAreas.map(
    (area, a): DashboardArea => ({
      code: area.code,
      name: area.name,
      ...areaFigures[a],
      topics: area.topics.map((topic, i) => {
        if (topicGroups[a][i].length === 0) unmeasuredTopicCodes.push(topic.code);
        return { code: topic.code, name: topic.name, ...topicFigures[t++] };
      }),
    }),
  );
  return { areas, unmeasuredTopicCodes };
}
