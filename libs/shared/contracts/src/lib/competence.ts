/** Kompetensnivå. `insufficient` = saknar tillräcklig kompetens (S), `basic` = grundläggande (G), `advanced` = fördjupad (F). */
export const COMPETENCE_LEVELS = ['insufficient', 'basic', 'advanced'] as const;
export type CompetenceLevel = (typeof COMPETENCE_LEVELS)[number];

/** The one-letter codes used in the national tables and in files (FORMATS.md). */
export const COMPETENCE_LEVEL_CODES: Record<CompetenceLevel, 'S' | 'G' | 'F'> = {
  insufficient: 'S',
  basic: 'G',
  advanced: 'F',
};
