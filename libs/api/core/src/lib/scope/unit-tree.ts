/**
 * A recursive CTE named `name` holding the ids of the given root units of one kommun and all
 * their subunits. `municipality` and `roots` are placeholders such as `$1` and `$2` (a uuid[]).
 */
export function unitSubtreeCte(name: string, municipality: string, roots: string): string {
  return `${name}(id) AS (
    SELECT id FROM org_unit WHERE municipality_id = ${municipality} AND id = ANY(${roots}::uuid[])
    UNION
    SELECT c.id FROM org_unit c JOIN ${name} p ON c.parent_id = p.id WHERE c.municipality_id = ${municipality}
  )`;
}
