/** GDPR (DESIGN.md §7, docs/gdpr.md): a person's data exported, erased, and retention. */

export const PERSON_EXPORT_FORMATS = ['json', 'html'] as const;
export type PersonExportFormat = (typeof PERSON_EXPORT_FORMATS)[number];

/** Everything the system holds about one staff member, by table (the machine-readable export). */
export interface PersonDataExport {
  staffMemberId: string;
  /** ISO 8601. */
  generatedAt: string;
  sections: PersonDataSection[];
}

export interface PersonDataSection {
  table: string;
  /** Swedish heading. */
  title: string;
  rows: Record<string, unknown>[];
}

/** Someone whose employment ended long enough ago to be erased. */
export interface ErasureCandidate {
  id: string;
  employeeNumber: string;
  firstName: string;
  lastName: string;
  /** ISO date. */
  employmentEnd: string;
}

/** A closed round whose person-level data may be purged (and still has some). */
export interface PurgeableRound {
  id: string;
  name: string;
  /** ISO date. */
  referenceDate: string;
  /** ISO 8601: when the round closed (its population was frozen). */
  closedAt: string;
  /** People in its frozen population still linked to a staff record. */
  linkedPeople: number;
  assessments: number;
}

export interface ErasureCandidates {
  /** ERASURE_AFTER_MONTHS: people who left before `leftBefore` are listed. */
  erasureAfterMonths: number;
  leftBefore: string;
  people: ErasureCandidate[];
  /** ROUND_PURGE_AFTER_YEARS: rounds closed longer ago than this with person-level data left. */
  purgeAfterYears: number;
  rounds: PurgeableRound[];
}
