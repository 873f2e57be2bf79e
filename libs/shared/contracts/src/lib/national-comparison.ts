import type { NationalLevel, NationalRoundStatus, NationalTable, NationalTableName, ResponseRate } from './national';
import type { NullableLevels, PublishedTable } from './national-publication';

/**
 * A kommun's comparison with the published tables, and the regional view (docs/national.md §8).
 * The kommun's own figures are exact (they are its own); everyone else's are the published,
 * suppressed values of the round's latest publication.
 */

/** A code and its Swedish name: the kommun, its län, its kommungrupp. */
export interface NamedCode {
  code: string;
  name: string;
}

/** GET /api/national/own/comparisons: the published rounds, newest first. */
export interface ComparisonRound {
  code: string;
  referenceDate: string;
  publishedAt: string;
  sequence: number;
  policy: { version: string };
  /** Whether the kommun had a submission counted in the publication (else there is no own column). */
  included: boolean;
}

/** GET /api/national/own/comparisons/{code}/tables/{table}. */
export interface TableComparison {
  round: string;
  /** The round's national framework version (for the names of its areas and topics). */
  frameworkId: string;
  table: NationalTableName;
  publishedAt: string;
  policy: { version: string };
  kommun: NamedCode;
  county: NamedCode;
  /** The kommun's group in the round's classification; null when it has none. */
  group: NamedCode | null;
  /** The kommun's exact figures from its submission counted in the publication; null without one. */
  own: NationalTable | null;
  national: PublishedTable;
  lan: PublishedTable | null;
  kommungrupp: PublishedTable | null;
}

/** One published round of a trend line: the kommun's exact share and the published national share. */
export interface ComparisonTrendPoint {
  round: string;
  /** Null when the kommun had no submission in that publication, or nobody was assessed in it. */
  own: Record<NationalLevel, string | null> | null;
  /** Null when the round's framework has no such code; a suppressed share is null within. */
  national: NullableLevels | null;
}

/** GET /api/national/own/comparisons/{code}/trend: every published round up to `code`, matched by code. */
export interface ComparisonTrend {
  round: string;
  frameworkId: string;
  rounds: { code: string; referenceDate: string; publishedAt: string }[];
  /** Per area of `code`'s framework: the FTE-pooled share. */
  areas: { area: string; points: ComparisonTrendPoint[] }[];
  /** Per topic of `code`'s framework: the share of the topic's total. */
  topics: { topic: string; area: string; points: ComparisonTrendPoint[] }[];
}

/** A kommun of the län in a round: submitted or not (submission status of a public body is not personal data). */
export interface RegionalKommunStatus {
  kommunkod: string;
  name: string;
  submitted: boolean;
}

/** One national round as the regional analyst sees it. */
export interface RegionalRound {
  code: string;
  referenceDate: string;
  status: NationalRoundStatus;
  /** When the latest publication was made; null while the round is not published. */
  publishedAt: string | null;
  rate: ResponseRate;
  kommuner: RegionalKommunStatus[];
}

/** GET /api/regional/rounds: the analyst's län and every national round, newest first. */
export interface RegionalOverview {
  county: NamedCode;
  rounds: RegionalRound[];
}

/** GET /api/regional/rounds/{code}/tables/{table}: the län's published table beside the nation's. */
export interface RegionalTable {
  round: string;
  /** The round's national framework version (for the names of its areas and topics). */
  frameworkId: string;
  table: NationalTableName;
  publishedAt: string;
  policy: { version: string };
  county: NamedCode;
  lan: PublishedTable;
  national: PublishedTable;
}
