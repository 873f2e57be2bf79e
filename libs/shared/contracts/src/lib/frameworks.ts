import type { CompetenceLevel } from './competence';
import type { ServiceAreaCode } from './units';

export const FRAMEWORK_STATUSES = ['draft', 'published'] as const;
export type FrameworkStatus = (typeof FRAMEWORK_STATUSES)[number];

/**
 * How a topic of a new framework version relates to the previous version, so that trends survive
 * framework changes. `split`: one old topic became several; `merged`: several became one.
 */
export const CROSSWALK_KINDS = ['same', 'renamed', 'split', 'merged', 'new', 'removed'] as const;
export type CrosswalkKind = (typeof CROSSWALK_KINDS)[number];

/** Topic and area codes: capital letters and digits, e.g. `JU02`. */
export const COMPETENCE_CODE_PATTERN = /^[A-Z][A-Z0-9]{1,15}$/;

export interface CompetenceFrameworkSummary {
  id: string;
  /** Stable code across versions, e.g. `BOU-2016`. */
  code: string;
  version: number;
  name: string;
  serviceAreaCode: ServiceAreaCode;
  status: FrameworkStatus;
  /** Null for a national framework; a kommun's local extension names its kommun. */
  municipalityId: string | null;
  /** The version this one was copied from, or the national version a local extension extends. */
  basedOnId: string | null;
  publishedAt: string | null;
  /** Row version for optimistic concurrency (`version` is the framework's own version number). */
  rowVersion: number;
}

export interface CompetenceLevelDefinition {
  level: CompetenceLevel;
  name: string;
  definition: string;
}

export interface CompetenceTopic {
  id: string;
  code: string;
  name: string;
  position: number;
}

export interface CompetenceArea {
  id: string;
  code: string;
  name: string;
  position: number;
  topics: CompetenceTopic[];
}

export interface CrosswalkEntry {
  /** The topic of this version; null when `removed`. */
  topicCode: string | null;
  /** The topic of the previous version; null when `new`. */
  previousTopicCode: string | null;
  kind: CrosswalkKind;
}

export interface CompetenceFrameworkDetail extends CompetenceFrameworkSummary {
  source: string | null;
  levels: CompetenceLevelDefinition[];
  areas: CompetenceArea[];
  crosswalk: CrosswalkEntry[];
}

/** PATCH /api/frameworks/:id (drafts only). */
export interface UpdateFrameworkRequest {
  rowVersion: number;
  name: string;
}

/** POST /api/frameworks/:id/publish */
export interface PublishFrameworkRequest {
  rowVersion: number;
}

/** POST /api/frameworks/:id/areas */
export interface CreateCompetenceAreaRequest {
  code: string;
  name: string;
}

/** PATCH /api/frameworks/:id/areas/:areaId */
export interface UpdateCompetenceAreaRequest {
  name: string;
}

/** POST /api/frameworks/:id/topics */
export interface CreateCompetenceTopicRequest {
  areaCode: string;
  code: string;
  name: string;
}

/** PATCH /api/frameworks/:id/topics/:topicId */
export interface UpdateCompetenceTopicRequest {
  name?: string;
  areaCode?: string;
}

/** PUT /api/frameworks/:id/levels/:level */
export interface UpdateLevelDefinitionRequest {
  name: string;
  definition: string;
}

/** PUT /api/frameworks/:id/crosswalk — replaces the whole crosswalk of a draft. */
export interface ReplaceCrosswalkRequest {
  rowVersion: number;
  entries: CrosswalkEntry[];
}
