import { daysFromToday, type SignedIn, type TestApp } from '@kl/api/testing';
import type { NationalRound } from '@kl/shared/contracts';

export const HEADER = 'kommunkod;omgang;matt;inriktning;niva;kon;varde';

/** The published national framework (BOU) the rounds answer. */
export async function nationalFrameworkId(t: TestApp): Promise<string> {
  const rows: { id: string }[] = await t.dataSource.query(
    `SELECT id FROM competence_framework WHERE status = 'published' AND municipality_id IS NULL ORDER BY code, version LIMIT 1`,
  );
  return rows[0].id;
}

/** A national round, open today unless told otherwise. */
export async function createNationalRound(
  analyst: SignedIn,
  frameworkId: string,
  code: string,
  options: { referenceDate?: string; open?: boolean; classificationCode?: string } = {},
): Promise<NationalRound> {
  const open = options.open ?? true;
  const response = await analyst
    .post('/api/national/rounds')
    .send({
      code,
      frameworkId,
      referenceDate: options.referenceDate ?? `${code}-11-01`,
      opensOn: open ? daysFromToday(-10) : daysFromToday(-400),
      closesOn: open ? daysFromToday(30) : daysFromToday(-300),
      ...(options.classificationCode ? { classificationCode: options.classificationCode } : {}),
    });
  if (response.status !== 201) throw new Error(`Round ${code}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as NationalRound;
}

/** A §3 CSV from rows written as `kommunkod;omgang;…` lines (decimal comma as Excel sv-SE writes). */
export function csv(lines: readonly string[], header = HEADER): Buffer {
  return Buffer.from(`\ufeff${header}\r\n${lines.join('\r\n')}\r\n`, 'utf8');
}

export function upload(who: SignedIn, code: string, file: Buffer, name = 'inlamning.csv', dryRun = false) {
  return who.post(`/api/national/rounds/${code}/submissions${dryRun ? '?dryRun=true' : ''}`).attach('file', file, name);
}
