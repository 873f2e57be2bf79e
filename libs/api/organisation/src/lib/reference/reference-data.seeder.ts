import { csvRecords, parseCsv } from '@kl/shared/util';
import type { EntityManager } from 'typeorm';
import kommunerCsv from './kommuner.csv';
import lanCsv from './lan.csv';

/** The kommungrupp classification shipped in reference/kommuner.csv. */
export const CURRENT_CLASSIFICATION = { code: 'SKR-2023', name: 'SKR:s kommungruppsindelning 2023' };

/** Verksamhetsområden of socialtjänsten, in display order. */
export const SERVICE_AREAS = [
  { code: 'barn-och-unga', name: 'Barn och unga' },
  { code: 'ekonomiskt-bistand', name: 'Ekonomiskt bistånd' },
  { code: 'vuxna-missbruk', name: 'Vuxna/missbruk' },
  { code: 'aldreomsorg', name: 'Äldreomsorg' },
  { code: 'lss-funktionsnedsattning', name: 'LSS/funktionsnedsättning' },
];

// Committed copies of the reference register (shared/reference), bundled as text.
function readCsv(text: string) {
  return csvRecords(parseCsv(text, ',')).map((r) => r.values);
}

/**
 * Loads the service areas, the 21 län, the SKR 2023 kommungrupper and the 290 kommuner, idempotently: names are
 * updated, nothing is duplicated or removed. A few statements, each set-based.
 */
export async function seedOrganisationReferenceData(manager: EntityManager): Promise<void> {
  const counties = readCsv(lanCsv);
  const municipalities = readCsv(kommunerCsv);
  const groups = [...new Map(municipalities.map((m) => [m['kommungrupp_kod'], m['kommungrupp']]))];

  await manager.query(
    `INSERT INTO service_area (code, name, position)
     SELECT code, name, position FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS s(code, name, position)
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, position = EXCLUDED.position`,
    [SERVICE_AREAS.map((s) => s.code), SERVICE_AREAS.map((s) => s.name)],
  );
  await manager.query(
    `INSERT INTO county (code, name) SELECT * FROM unnest($1::text[], $2::text[])
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name`,
    [counties.map((c) => c['lanskod']), counties.map((c) => c['lan'])],
  );
  const [{ id: classificationId }] = (await manager.query(
    `INSERT INTO municipality_group_classification (code, name, is_current)
     VALUES ($1, $2, NOT EXISTS (SELECT 1 FROM municipality_group_classification WHERE is_current))
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
    [CURRENT_CLASSIFICATION.code, CURRENT_CLASSIFICATION.name],
  )) as { id: string }[];
  await manager.query(
    `INSERT INTO municipality_group (classification_id, code, name)
     SELECT $1, * FROM unnest($2::text[], $3::text[])
     ON CONFLICT (classification_id, code) DO UPDATE SET name = EXCLUDED.name`,
    [classificationId, groups.map(([code]) => code), groups.map(([, name]) => name)],
  );
  await manager.query(
    `INSERT INTO municipality (code, name, county_id)
     SELECT m.code, m.name, c.id FROM unnest($1::text[], $2::text[], $3::text[]) AS m(code, name, county)
     JOIN county c ON c.code = m.county
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, county_id = EXCLUDED.county_id`,
    [
      municipalities.map((m) => m['kommunkod']),
      municipalities.map((m) => m['kommun']),
      municipalities.map((m) => m['lanskod']),
    ],
  );
  await manager.query(
    `INSERT INTO municipality_group_membership (municipality_id, classification_id, group_id)
     SELECT mu.id, $1, g.id FROM unnest($2::text[], $3::text[]) AS m(code, grp)
     JOIN municipality mu ON mu.code = m.code
     JOIN municipality_group g ON g.classification_id = $1 AND g.code = m.grp
     ON CONFLICT (municipality_id, classification_id) DO UPDATE SET group_id = EXCLUDED.group_id`,
    [
      classificationId,
      municipalities.map((m) => m['kommunkod']),
      municipalities.map((m) => m['kommungrupp_kod']),
    ],
  );
}
