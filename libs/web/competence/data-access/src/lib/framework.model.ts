import type {
  CompetenceFrameworkDetail,
  CompetenceFrameworkSummary,
  CompetenceLevel,
  CrosswalkEntry,
  CrosswalkKind,
  FrameworkStatus,
  Role,
} from '@kl/shared/contracts';
import { COMPETENCE_LEVEL_CODES } from '@kl/shared/contracts';

export const FRAMEWORK_STATUS_LABELS: Record<FrameworkStatus, string> = {
  draft: 'Utkast',
  published: 'Publicerad',
};

export const COMPETENCE_LEVEL_LABELS: Record<CompetenceLevel, string> = {
  insufficient: 'Saknar tillräcklig kompetens',
  basic: 'Grundläggande',
  advanced: 'Fördjupad',
};

export const CROSSWALK_KIND_LABELS: Record<CrosswalkKind, string> = {
  same: 'Oförändrad',
  renamed: 'Nytt namn',
  split: 'Delad',
  merged: 'Sammanslagen',
  new: 'Ny',
  removed: 'Borttagen',
};

/**
 * "Barn och unga, version 2"; a kommun's framework says whose: "(kommunens egen)" when it is based
 * on nothing or on a version of its own (`baseIsNational` false), else "(lokalt tillägg)", an
 * extension of a national version.
 */
export function frameworkTitle(
  framework: Pick<CompetenceFrameworkSummary, 'name' | 'version' | 'municipalityId'> & Partial<Pick<CompetenceFrameworkSummary, 'basedOnId'>>,
  baseIsNational = true,
): string {
  const own = framework.basedOnId === null || !baseIsNational;
  const local = framework.municipalityId ? (own ? ' (kommunens egen)' : ' (lokalt tillägg)') : '';
  return `${framework.name}, version ${framework.version}${local}`;
}

/** {@link frameworkTitle} with the base looked up among the versions the caller sees. */
export function frameworkTitleAmong(
  framework: Parameters<typeof frameworkTitle>[0],
  all: readonly Pick<CompetenceFrameworkSummary, 'id' | 'municipalityId'>[],
): string {
  const base = all.find((candidate) => candidate.id === framework.basedOnId);
  return frameworkTitle(framework, !base || base.municipalityId === null);
}

/**
 * Who edits a draft: national analysts the national frameworks, kommun administrators their
 * kommun's extension (the API decides too; this only hides what would be refused).
 */
export function canEditFramework(role: Role | null, framework: Pick<CompetenceFrameworkSummary, 'status' | 'municipalityId'>): boolean {
  if (framework.status !== 'draft') return false;
  return framework.municipalityId === null ? role === 'national_analyst' : role === 'municipality_admin';
}

/**
 * What a user may start from a published version: a new version (national analysts of a national
 * framework, kommun administrators of the kommun's own, never of an extension), or a local extension
 * of a national version (kommun administrators).
 */
export function startOptions(
  role: Role | null,
  framework: Pick<CompetenceFrameworkSummary, 'status' | 'municipalityId'>,
  isExtension = false,
): { newVersion: boolean; extension: boolean } {
  const published = framework.status === 'published';
  const national = framework.municipalityId === null;
  return {
    newVersion: published && !isExtension && (national ? role === 'national_analyst' : role === 'municipality_admin'),
    extension: published && national && role === 'municipality_admin',
  };
}

/** The list in a stable order: by code, newest version first, national before local. */
export function sortFrameworks(frameworks: readonly CompetenceFrameworkSummary[]): CompetenceFrameworkSummary[] {
  return [...frameworks].sort(
    (a, b) =>
      a.code.localeCompare(b.code, 'sv') ||
      b.version - a.version ||
      Number(a.municipalityId !== null) - Number(b.municipalityId !== null),
  );
}

export interface LevelRow {
  level: CompetenceLevel;
  code: string;
  name: string;
  definition: string;
}

export function levelRows(framework: CompetenceFrameworkDetail): LevelRow[] {
  return framework.levels.map((level) => ({
    level: level.level,
    code: COMPETENCE_LEVEL_CODES[level.level],
    name: level.name || COMPETENCE_LEVEL_LABELS[level.level],
    definition: level.definition,
  }));
}

export interface CrosswalkRow {
  kind: string;
  topic: string;
  previousTopic: string;
}

/** The crosswalk with the topics of this version named; the previous version's topics by code. */
export function crosswalkRows(framework: CompetenceFrameworkDetail): CrosswalkRow[] {
  const names = new Map(framework.areas.flatMap((area) => area.topics.map((topic) => [topic.code, topic.name] as const)));
  return framework.crosswalk.map((entry) => ({
    kind: CROSSWALK_KIND_LABELS[entry.kind],
    topic: entry.topicCode ? `${entry.topicCode} ${names.get(entry.topicCode) ?? ''}`.trim() : '–',
    previousTopic: entry.previousTopicCode ?? '–',
  }));
}

const ROW_PROBLEMS: Record<string, string> = {
  '': 'raden finns redan i tabellen.',
  topicCode: 'inriktningen i den här versionen saknas eller passar inte förändringen.',
  previousTopicCode: 'inriktningen i förra versionen saknas eller passar inte förändringen.',
  kind: 'förändringen passar inte inriktningarna.',
};

/**
 * The problems the API found in a crosswalk (CROSSWALK_INCOMPLETE on publish, VALIDATION_FAILED on
 * save), in Swedish. Keys are `topics.<code>`, `previousTopics.<code>` or `entries.<index>[.<field>]`;
 * other keys are not about the crosswalk and are left out.
 */
export function crosswalkProblems(errors: Record<string, string> | undefined): string[] {
  return Object.keys(errors ?? {}).flatMap((key) => {
    const [scope, first = '', field = ''] = key.split('.');
    if (scope === 'topics') return [`Inriktningen ${first} saknar koppling till förra versionen.`];
    if (scope === 'previousTopics') return [`Inriktningen ${first} i förra versionen saknar koppling till den här versionen.`];
    if (scope === 'entries') return [`Rad ${Number(first) + 1}: ${ROW_PROBLEMS[field] ?? 'raden stämmer inte.'}`];
    return [];
  });
}

/** A row of the crosswalk editor: '' stands for "no topic" in the selects. */
export interface CrosswalkDraftRow {
  topicCode: string;
  previousTopicCode: string;
  kind: CrosswalkKind;
}

export function toCrosswalkDraft(entries: readonly CrosswalkEntry[]): CrosswalkDraftRow[] {
  return entries.map((entry) => ({ topicCode: entry.topicCode ?? '', previousTopicCode: entry.previousTopicCode ?? '', kind: entry.kind }));
}

export function toCrosswalkEntries(rows: readonly CrosswalkDraftRow[]): CrosswalkEntry[] {
  return rows.map((row) => ({ topicCode: row.topicCode || null, previousTopicCode: row.previousTopicCode || null, kind: row.kind }));
}

/** All topic codes of a framework, in display order. */
export function topicCodes(framework: Pick<CompetenceFrameworkDetail, 'areas'>): string[] {
  return framework.areas.flatMap((area) => area.topics.map((topic) => topic.code));
}
