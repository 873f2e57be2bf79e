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
