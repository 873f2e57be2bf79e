import { daysFromToday, type SignedIn, type TestApp } from '@kl/api/testing';
import type {
  CompetenceFrameworkDetail,
  InventoryRound,
  OrgUnit,
  StaffMember,
} from '@kl/shared/contracts';

/**
 * What the route matrix needs inside one kommun, created through the API by its administrator:
 * units, staff, an open round on the published national framework and a draft extension.
 */
export interface KommunFixtures {
  /** The unit the team leader leads (and the caseworker works in). */
  ledUnit: string;
  /** A unit the team leader does not lead. */
  otherUnit: string;
  /** A unit the matrix renames. */
  scratchUnit: string;
  /** A unit without staff or subunits, which the matrix deletes. */
  emptyUnit: string;
  /** The caseworker's own staff record, in the led unit. */
  self: string;
  /** Another caseworker in the led unit. */
  colleague: string;
  /** A caseworker in the unit the team leader does not lead. */
  outsider: string;
  round: string;
  roundVersion: number;
  extension: string;
  extensionRowVersion: number;
  /** Area LO of the extension, with topic LO01. */
  area: string;
  topic: string;
  /** Area LX and topic LO02, which the matrix removes. */
  spareArea: string;
  spareTopic: string;
  /** An import job (of an empty staff file, so refused: confirming it answers 409). */
  importJob: string;
}

let sequence = 0;

async function ok<T>(
  response: Promise<{ status: number; body: unknown }>,
  status: number,
): Promise<T> {
  const r = await response;
  if (r.status !== status)
    throw new Error(
      `Fixture call answered ${r.status}, expected ${status}: ${JSON.stringify(r.body)}`,
    );
  return r.body as T;
}

export async function createKommunFixtures(
  admin: SignedIn,
  nationalFrameworkId: string,
): Promise<KommunFixtures> {
  const unit = async (name: string) =>
    (
      await ok<OrgUnit>(
        admin
          .post('/api/units')
          .send({ name: `${name} ${++sequence}`, kind: 'unit', serviceAreaCode: 'barn-och-unga' }),
        201,
      )
    ).id;
  const staff = async (unitId: string) =>
    (
      await ok<StaffMember>(
        admin.post('/api/staff').send({
          employeeNumber: `RM${++sequence}`,
          firstName: 'Matris',
          lastName: `Person ${sequence}`,
          unitId,
          role: 'caseworker',
          gender: 'woman',
          fte: 1,
          employmentType: 'permanent',
          employmentStart: '2020-01-01',
          experienceStart: '2018-01-01',
          degree: 'social_work',
        }),
        201,
      )
    ).id;

  const [ledUnit, otherUnit, scratchUnit, emptyUnit] = [
    await unit('Ledd'),
    await unit('Annan'),
    await unit('Omdöps'),
    await unit('Tom'),
  ];
  const [self, colleague, outsider] = [
    await staff(ledUnit),
    await staff(ledUnit),
    await staff(otherUnit),
  ];

  const created = await ok<InventoryRound>(
    admin.post('/api/rounds').send({
      name: `Matris ${++sequence}`,
      frameworkId: nationalFrameworkId,
      referenceDate: '2026-10-01',
      opensOn: daysFromToday(-30),
      closesOn: daysFromToday(90),
      unitIds: [],
    }),
    201,
  );
  const round = await ok<InventoryRound>(
    admin.post(`/api/rounds/${created.id}/open`).send({ version: created.version }),
    200,
  );

  let extension = await ok<CompetenceFrameworkDetail>(
    admin.post(`/api/frameworks/${nationalFrameworkId}/extensions`),
    201,
  );
  const edit = async (path: string, body: object) => {
    extension = await ok<CompetenceFrameworkDetail>(
      admin.post(`/api/frameworks/${extension.id}/${path}`).send(body),
      201,
    );
  };
  await edit('areas', { code: 'LO', name: 'Lokalt' });
  await edit('areas', { code: 'LX', name: 'Tas bort' });
  await edit('topics', { areaCode: 'LO', code: 'LO01', name: 'Signs of Safety' });
  await edit('topics', { areaCode: 'LO', code: 'LO02', name: 'Tas bort' });
  const area = (code: string) => extension.areas.find((a) => a.code === code);
  const topic = (code: string) => area('LO')?.topics.find((tp) => tp.code === code);
  const importJob = await ok<{ id: string }>(admin.post('/api/imports/staff/file'), 201);

  return {
    ledUnit,
    otherUnit,
    scratchUnit,
    emptyUnit,
    self,
    colleague,
    outsider,
    round: round.id,
    roundVersion: round.version,
    extension: extension.id,
    extensionRowVersion: extension.rowVersion,
    area: area('LO')?.id ?? '',
    spareArea: area('LX')?.id ?? '',
    topic: topic('LO01')?.id ?? '',
    spareTopic: topic('LO02')?.id ?? '',
    importJob: importJob.id,
  };
}

/**
 * Every row of a kommun, as text, in a stable order: the rows of each table with a kommun column,
 * and the areas, topics and level definitions of the kommun's frameworks. Compared before and after
 * the matrix to prove no call of another kommun changed anything.
 */
export async function kommunSnapshot(
  t: TestApp,
  municipalityCode: string,
): Promise<Record<string, string[]>> {
  const [{ id }]: { id: string }[] = await t.owner.query(
    'SELECT id FROM municipality WHERE code = $1',
    [municipalityCode],
  );
  const columns: { table_name: string; column_name: string }[] = await t.owner.query(
    `SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = 'public' AND column_name IN ('municipality_id', 'framework_id')
       AND table_name IN (SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE')
     ORDER BY table_name, column_name DESC`,
  );
  const snapshot: Record<string, string[]> = {};
  for (const { table_name: table, column_name: column } of columns) {
    if (table in snapshot) continue; // municipality_id sorts first and wins
    const where =
      column === 'municipality_id'
        ? 'municipality_id = $1'
        : 'framework_id IN (SELECT id FROM competence_framework WHERE municipality_id = $1)';
    const rows: { row: string }[] = await t.owner.query(
      `SELECT to_jsonb(x)::text AS row FROM "${table}" x WHERE ${where} ORDER BY 1`,
      [id],
    );
    snapshot[table] = rows.map((r) => r.row);
  }
  return snapshot;
}

/** An open national round `RM` with a submission of 0180 and one of 1480 (loaded by the national analyst). */
export async function createNationalFixtures(
  t: TestApp,
  analyst: SignedIn,
  frameworkId: string,
): Promise<{ nationalRound: string; ownSubmission: string; otherSubmission: string }> {
  await analyst
    .post('/api/national/rounds')
    .send({ code: 'RM', frameworkId, referenceDate: daysFromToday(-5), opensOn: daysFromToday(-10), closesOn: daysFromToday(30) })
    .expect(201);
  const file = 'kommunkod;omgang;matt;inriktning;niva;kon;varde\n0180;RM;handlaggare_fte;;;K;3\n1480;RM;handlaggare_fte;;;K;2\n';
  await analyst.post('/api/national/rounds/RM/submissions').attach('file', Buffer.from(file), 'rm.csv').expect(201);
  const ids: { code: string; id: string }[] = await t.owner.query(
    `SELECT m.code::text AS code, s.id FROM national_submission s JOIN municipality m ON m.id = s.municipality_id`,
  );
  const id = (code: string) => ids.find((r) => r.code === code)?.id ?? '';
  return { nationalRound: 'RM', ownSubmission: id('0180'), otherSubmission: id('1480') };
}
