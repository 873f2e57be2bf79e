import { hashPassword } from '@kl/api/auth';
import { FRAMEWORK_EXAMPLES } from '@kl/api/competence';
import type { FrameworkDocument, FrameworkDocumentArea } from '@kl/shared/contracts';
import { Client } from 'pg';

export const BENCH_PASSWORD = 'bench-password-not-secret';

/** The frameworks a matrix is measured on: the national one of 26 topics, and a kommun's own of 40. */
export type BenchFramework = 'national-26' | 'kommun-40';

export interface BenchMatrix {
  staff: number;
  framework: BenchFramework;
}

export interface SeededMatrix extends BenchMatrix {
  email: string;
  roundId: string;
}

/** What a kommun adds to the ekonomiskt bistånd example to make its own framework of 40 topics. */
const KOMMUN_ADDITIONS: Record<string, [code: string, name: string][]> = {
  HA: [
    ['HA07', 'Akut bistånd och nödprövning'],
    ['HA08', 'Livsföring i övrigt (tandvård, glasögon, hemutrustning)'],
    ['HA09', 'Återkrav och felaktiga utbetalningar'],
    ['HA10', 'Avslagsbeslut och motivering'],
  ],
  AR: [
    ['AR04', 'Arbetsmarknadsinsatser och praktik'],
    ['AR05', 'Samordning med Försäkringskassan'],
    ['AR06', 'Unga vuxna utan sysselsättning'],
    ['AR07', 'Studier och bistånd'],
  ],
  EJ: [
    ['EJ04', 'Överklagande och rättspraxis'],
    ['EJ05', 'Lagen om mottagande av asylsökande (LMA)'],
    ['EJ06', 'Underhållsskyldighet'],
    ['EJ07', 'Dataskydd och personuppgifter'],
  ],
  ES: [
    ['ES05', 'Barnperspektivet i ekonomiskt bistånd'],
    ['ES06', 'Missbruk och beroende'],
    ['ES07', 'Psykisk ohälsa och funktionsnedsättning'],
    ['ES08', 'Motiverande samtal (MI)'],
  ],
};

const KOMMUN_AREAS: FrameworkDocumentArea[] = [
  {
    code: 'EK',
    name: 'Skulder och boende',
    topics: [
      { code: 'EK01', name: 'Skuldrådgivning och skuldsanering', note: null },
      { code: 'EK02', name: 'Hyresskulder och vräkningsförebyggande arbete', note: null },
      { code: 'EK03', name: 'Hemlöshet och boendelösningar', note: null },
    ],
  },
  {
    code: 'UK',
    name: 'Uppföljning och kvalitet',
    topics: [
      { code: 'UK01', name: 'Uppföljning av insatser', note: null },
      { code: 'UK02', name: 'Avvikelser och lex Sarah', note: null },
      { code: 'UK03', name: 'Statistik och rapportering', note: null },
      { code: 'UK04', name: 'Ärendedragning och kollegial granskning', note: null },
      { code: 'UK05', name: 'Introduktion av nya handläggare', note: null },
    ],
  },
];

/** A kommun's own published framework for ekonomiskt bistånd: the example (16 topics) grown to 40. */
export function kommunFramework40(): FrameworkDocument {
  const example = FRAMEWORK_EXAMPLES.find((e) => e.key === 'ekonomiskt-bistand');
  if (!example) throw new Error('The ekonomiskt bistånd example is missing');
  const areas = example.document.areas.map((area) => ({
    ...area,
    topics: [...area.topics, ...(KOMMUN_ADDITIONS[area.code] ?? []).map(([code, name]) => ({ code, name, note: null }))],
  }));
  const document = { ...example.document, code: 'EB-1280', name: 'Kompetensmodell ekonomiskt bistånd', areas: [...areas, ...KOMMUN_AREAS] };
  const topics = document.areas.reduce((sum, area) => sum + area.topics.length, 0);
  if (topics !== 40) throw new Error(`The kommun framework has ${topics} topics, not 40`);
  return document;
}

/**
 * Kommun 1280: per framework, one open round over a unit of each size with a team leader each
 * (the national framework's units are barn och unga, the kommun framework's ekonomiskt bistånd:
 * a round counts the staff of units of its framework's service area, docs/scope.md §2).
 */
export async function seedMatrices(databaseUrl: string, matrices: readonly BenchMatrix[]): Promise<SeededMatrix[]> {
  const owner = new Client({ connectionString: databaseUrl });
  await owner.connect();
  const q = async <T>(sql: string, params: unknown[] = []) => (await owner.query(sql, params)).rows as T[];
  try {
    await q('BEGIN');
    const [{ id: municipalityId }] = await q<{ id: string }>(`SELECT id FROM municipality WHERE code = '1280'`);
    await q(`SELECT set_config('app.municipality_id', $1, true)`, [municipalityId]);
    const [{ id: nationalId }] = await q<{ id: string }>(
      `SELECT id FROM competence_framework WHERE code = 'BOU-2016' AND status = 'published' AND municipality_id IS NULL`,
    );
    const frameworks: Record<BenchFramework, { id: string; serviceArea: string; round: string }> = {
      'national-26': { id: nationalId, serviceArea: 'barn-och-unga', round: 'Bench webb 2026' },
      'kommun-40': { id: await insertFramework(q, municipalityId, kommunFramework40()), serviceArea: 'ekonomiskt-bistand', round: 'Bench webb EB 2026' },
    };
    const passwordHash = await hashPassword(BENCH_PASSWORD);
    const seeded: SeededMatrix[] = [];
    for (const framework of Object.keys(frameworks) as BenchFramework[]) {
      const { id: frameworkId, serviceArea, round } = frameworks[framework];
      const units: { unitId: string; matrix: BenchMatrix; email: string }[] = [];
      for (const matrix of matrices.filter((m) => m.framework === framework)) {
        const tag = framework === 'national-26' ? `${matrix.staff}` : `${matrix.staff}-${framework}`;
        const [{ id: unitId }] = await q<{ id: string }>(
          `INSERT INTO org_unit (municipality_id, kind, name, service_area_id)
           VALUES ($1, 'unit', $2, (SELECT id FROM service_area WHERE code = $3)) RETURNING id`,
          [municipalityId, `Bench ${tag}`, serviceArea],
        );
        await q(
          `INSERT INTO staff_member (municipality_id, employee_number, first_name, last_name, unit_id, role, gender, fte,
                                     employment_type, employment_start, experience_start, degree)
           SELECT $1, 'W' || $4::text || '-' || i, 'Person', 'Nummer ' || lpad(i::text, 3, '0'), $2, 'caseworker', 'woman',
                  1.00, 'permanent', DATE '2020-01-01', DATE '2020-01-01', 'social_work'
           FROM generate_series(1, $3::int) AS i`,
          [municipalityId, unitId, matrix.staff, tag],
        );
        const email = `bench-matrix-${tag}@test.example`;
        const [{ id: accountId }] = await q<{ id: string }>(
          `INSERT INTO user_account (email, password_hash, display_name, role, municipality_id, status)
           VALUES ($1, $2, $3, 'team_leader', $4, 'active') RETURNING id`,
          [email, passwordHash, `Bench ${tag}`, municipalityId],
        );
        await q('INSERT INTO user_account_unit (account_id, unit_id) VALUES ($1, $2)', [accountId, unitId]);
        units.push({ unitId, matrix, email });
      }
      if (units.length === 0) continue;
      const [{ id: roundId }] = await q<{ id: string }>(
        `INSERT INTO inventory_round (municipality_id, name, framework_id, reference_date, opens_on, closes_on, unit_ids, status)
         VALUES ($1, $2, $3, '2026-10-01', '2026-09-01', '2026-12-31', $4::uuid[], 'open') RETURNING id`,
        [municipalityId, round, frameworkId, units.map((u) => u.unitId)],
      );
      seeded.push(...units.map(({ matrix, email }) => ({ ...matrix, email, roundId })));
    }
    await q('COMMIT');
    return seeded;
  } finally {
    await owner.end();
  }
}

type Query = <T>(sql: string, params?: unknown[]) => Promise<T[]>;

/** The kommun's framework as published version 1, written as the frameworks service writes a document. */
async function insertFramework(q: Query, municipalityId: string, document: FrameworkDocument): Promise<string> {
  const [{ id }] = await q<{ id: string }>(
    `INSERT INTO competence_framework (code, version, name, service_area_id, status, municipality_id, source, published_at)
     SELECT $1, 1, $2, sa.id, 'published', $4, $5, now() FROM service_area sa WHERE sa.code = $3 RETURNING id`,
    [document.code, document.name, document.serviceAreaCode, municipalityId, document.source],
  );
  const { levels, areas } = document;
  await q(
    `INSERT INTO competence_level_definition (framework_id, level, name, definition)
     SELECT $1, level::competence_level, name, definition FROM unnest($2::text[], $3::text[], $4::text[]) AS l(level, name, definition)`,
    [id, levels.map((l) => l.level), levels.map((l) => l.name), levels.map((l) => l.definition)],
  );
  await q(
    `INSERT INTO competence_area (framework_id, code, name, position)
     SELECT $1, code, name, position FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS a(code, name, position)`,
    [id, areas.map((a) => a.code), areas.map((a) => a.name)],
  );
  const topics = areas.flatMap((area) => area.topics.map((topic) => ({ area: area.code, ...topic })));
  await q(
    `INSERT INTO competence_topic (framework_id, area_id, code, name, note, position)
     SELECT $1, a.id, t.code, t.name, t.note, t.position
     FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS t(area, code, name, note, position)
     JOIN competence_area a ON a.framework_id = $1 AND a.code = t.area`,
    [id, topics.map((t) => t.area), topics.map((t) => t.code), topics.map((t) => t.name), topics.map((t) => t.note)],
  );
  return id;
}
