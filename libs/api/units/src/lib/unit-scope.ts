/**
 * A recursive CTE named `name` holding the ids of the given root units of one kommun and all
 * their subunits. `municipalityParam` and `rootsParam` are placeholders such as `$1` and `$2`
 * (a uuid[]), so callers keep one parameter list.
 */
export function unitSubtreeCte(name: string, municipalityParam: string, rootsParam: string): string {
  return `${name}(id) AS (
    SELECT id FROM org_unit WHERE municipality_id = ${municipalityParam} AND id = ANY(${rootsParam}::uuid[])
    UNION
    SELECT c.id FROM org_unit c JOIN ${name} p ON c.parent_id = p.id WHERE c.municipality_id = ${municipalityParam}
  )`;
}

/** PostgreSQL's unique_violation, with the constraint it hit. */
export function uniqueViolation(error: unknown): string | null {
  const driver = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
  return driver?.code === '23505' ? (driver.constraint ?? '') : null;
}
