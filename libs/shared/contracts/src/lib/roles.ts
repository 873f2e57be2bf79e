/** Roles of DESIGN.md §2. */
export const ROLES = [
  'caseworker',
  'team_leader',
  'municipality_admin',
  'national_analyst',
  'regional_analyst',
  'system_admin',
] as const;
export type Role = (typeof ROLES)[number];
