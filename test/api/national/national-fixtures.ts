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

/**
 * Staffing rows of a small kommun (docs/national.md §10), the k-th of a survey: a few caseworkers
 * and one team leader, leavers whose reasons add up, a few vacancies.
 */
export function staffingRows(kommun: string, round: string, k: number): string[] {
  const row = (matt: string, value: number | string) => `${kommun};${round};${matt};;;;${String(value).replace('.', ',')}`;
  const leavers = k % 3;
  const retired = k % 5 === 0 ? 1 : 0;
  const open = k % 4;
  return [
    row('anstallda_handlaggare_medelantal', (2 + (k % 7) * 1.5).toFixed(1)),
    row('slutat_handlaggare_antal', leavers),
    row('anstallda_handlaggare_fte', (1.5 + (k % 6)).toFixed(1)),
    row('konsult_handlaggare_fte', k % 3 === 0 ? '0.5' : '0'),
    row('anstallda_arbetsledare_medelantal', '1'),
    row('slutat_arbetsledare_antal', retired),
    row('anstallda_arbetsledare_fte', '1'),
    row('konsult_arbetsledare_fte', '0'),
    row('slutat_orsak_annan_kommun_antal', Math.min(leavers, 1)),
    row('slutat_orsak_annan_arbetsgivare_antal', 0),
    row('slutat_orsak_lamnat_yrket_antal', 0),
    row('slutat_orsak_pension_antal', retired),
    row('slutat_orsak_annat_antal', leavers - Math.min(leavers, 1)),
    row('slutat_orsak_ej_angiven_antal', 0),
    row('vakans_oppen_antal', open),
    row('vakans_oppen_fte', (open * 0.5).toFixed(1)),
    row('vakans_oppen_latt_antal', k % 2),
    row('vakans_oppen_svar_antal', open - (k % 2)),
    row('vakans_oppen_mycket_svar_antal', 0),
    row('vakans_oppen_konsult_antal', open >= 2 ? 1 : 0),
    row('vakans_tillsatt_antal', k % 3),
    row('vakans_tillsatt_dagar', (k % 3) * 45),
  ];
}
