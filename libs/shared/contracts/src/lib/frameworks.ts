import type { CompetenceLevel } from './competence';
import type { FileProblem } from './tabular';
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
  /** One line on where the topic comes from or what it covers; null when none. */
  note: string | null;
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
  note?: string | null;
}

/** PATCH /api/frameworks/:id/topics/:topicId (`note: null` clears the note). */
export interface UpdateCompetenceTopicRequest {
  name?: string;
  areaCode?: string;
  note?: string | null;
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

/** A framework code: capital letters, digits and dashes, e.g. `EB-2026` (national codes are `BOU-2016` and the like). */
export const FRAMEWORK_CODE_PATTERN = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/;

/** What a framework document may hold (docs/frameworks.md). */
export const FRAMEWORK_DOCUMENT_LIMITS = {
  codeLength: 40,
  nameLength: 200,
  sourceLength: 500,
  definitionLength: 4000,
  noteLength: 500,
  areas: 50,
  topicsPerArea: 100,
} as const;

export interface FrameworkDocumentTopic {
  code: string;
  name: string;
  note: string | null;
}

export interface FrameworkDocumentArea {
  code: string;
  name: string;
  topics: FrameworkDocumentTopic[];
}

/**
 * A framework as content, without identity or state: what POST /api/frameworks takes, what an
 * export holds and an import reads, and what an example is. Every level is defined, once.
 */
export interface FrameworkDocument {
  code: string;
  name: string;
  serviceAreaCode: ServiceAreaCode;
  source: string | null;
  levels: CompetenceLevelDefinition[];
  areas: FrameworkDocumentArea[];
}

/** POST /api/frameworks: a new framework, a draft of version 1 (national for analysts, the kommun's own for administrators). */
export type CreateFrameworkRequest = FrameworkDocument;

/** The `format` of a framework's JSON file, and its version (docs/frameworks.md). */
export const FRAMEWORK_FILE_FORMAT = 'kompetenslaget-kompetensmodell';
export const FRAMEWORK_FILE_FORMAT_VERSION = 1;

/** The JSON file: the document with its format named first. */
export interface FrameworkFile extends FrameworkDocument {
  format: typeof FRAMEWORK_FILE_FORMAT;
  formatVersion: typeof FRAMEWORK_FILE_FORMAT_VERSION;
}

export const FRAMEWORK_EXPORT_FORMATS = ['json', 'xlsx'] as const;
export type FrameworkExportFormat = (typeof FRAMEWORK_EXPORT_FORMATS)[number];

/** GET /api/frameworks/examples: a starting point a kommun copies and adapts. */
export interface FrameworkExample {
  /** The example's key, e.g. `ekonomiskt-bistand`. */
  key: string;
  document: FrameworkDocument;
  /** What the example is and what it builds on, in Swedish. */
  description: string;
}

/** POST /api/frameworks/examples/:key/copy: the new framework's own code and name. */
export interface CopyFrameworkExampleRequest {
  code: string;
  name: string;
}

/** POST /api/frameworks/import/file: the file read and checked, nothing written. */
export interface FrameworkImportPreview {
  format: 'json' | 'xlsx' | 'csv';
  /** The framework the file holds; null when it has problems (an import is all or nothing). */
  framework: FrameworkDocument | null;
  problems: FileProblem[];
}
