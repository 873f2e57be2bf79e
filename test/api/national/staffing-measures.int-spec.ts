import { createTestApp, signInAs, type SignedIn, type TestApp } from '@kl/api/testing';
import type { FileRowError, InventoryRound, NationalSubmission, OwnSubmissionPreview, StaffingTable } from '@kl/shared/contracts';
import { asKommun, createRound, createUnit, municipalityId } from '../inventory/inventory-fixtures';
import { createNationalRound, csv, nationalFrameworkId, upload } from './national-fixtures';

/**
 * Staffing in the national submission (docs/national.md §10): built from the kommun's employment
 * periods and vacancies, sent and read back as a §3 file, checked row by row, and summed into the
 * national staffing table — every figure counted by hand.
 *
 * Round 2026 (reference date 2026-11-01): the flows are of 2025 (365 days). Caseworkers of 0180:
 *   A 2020 →                               B 2025-07-01 → at 50 % (184 days)
 *   C → 2025-03-31 at 80 %, another employer (90 days)
 *   D → 2025-04-30, another kommun (120 days), back from 2025-09-01 (122 days)
 *   E a consultant at 75 % from 2024      F → 2025-12-31, no reason (365 days)
 *   G → 2026-06-30, left the profession (365 days in 2025; gone by the reference date)
 * Person-days 365 + 184 + 90 + 242 + 365 + 365 = 1 611: 4.41 → 4.4; leavers C, D, F = 3.
 * Team leaders: H 2025-01-01 → (365), I → 2025-06-30, retirement (181): 546 / 365 → 1.5; 1 leaver.
 * Vacancies: open on the reference date a very hard one covered by a consultant (1.0) and a hard
 * one (0.45); one filled on the reference date (not open); filled in 2025 after 30 and 75 days.
 */
describe('staffing measures in the national submission', () => {
  let t: TestApp;
  let admin: SignedIn;
  let analyst: SignedIn;
  let kommun: string;
  let unit: string;
  let round: InventoryRound;

  const person = async (v: { role?: string; start: string; end?: string; reason?: string; type?: string; fte?: string }) => {
    const [row] = await asKommun<{ id: string }>(
      t,
      kommun,
      `INSERT INTO staff_member (municipality_id, employee_number, first_name, last_name, unit_id, role, gender, fte, employment_type,
                                 employment_start, employment_end, leaving_reason, experience_start, degree, first_managerial_job, needs_development)
       VALUES ($1, gen_random_uuid()::text, 'Test', 'Bemanning', $2, $3, 'woman', $4, $5, $6, $7, $8, $6, 'social_work', false, false) RETURNING id`,
      [kommun, unit, v.role ?? 'caseworker', v.fte ?? '1.000', v.type ?? 'permanent', v.start, v.end ?? null, v.reason ?? null],
    );
    return row.id;
  };
  const vacancy = (body: object) => admin.post('/api/workforce/vacancies').send({ unitId: unit, role: 'caseworker', fte: 1, difficulty: 'easy', ...body }).expect(201);

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAs(t, 'municipality_admin');
    analyst = await signInAs(t, 'national_analyst');
    const frameworkId = await nationalFrameworkId(t);
    await createNationalRound(analyst, frameworkId, '2026');
    kommun = await municipalityId(t);
    unit = await createUnit(t, kommun, 'Barn och unga');
    await person({ start: '2020-01-01' });
    await person({ start: '2025-07-01', fte: '0.500' });
    await person({ start: '2019-03-01', end: '2025-03-31', reason: 'other_employer', fte: '0.800' });
    const d = await person({ start: '2018-01-01', end: '2025-04-30', reason: 'other_kommun_social_services' });
    await asKommun(t, kommun, `UPDATE staff_member SET employment_start = '2025-09-01', employment_end = NULL, leaving_reason = NULL WHERE id = $1`, [d]);
    await person({ start: '2024-01-01', type: 'consultant', fte: '0.750' });
    await person({ start: '2021-01-01', end: '2025-12-31' });
    await person({ start: '2022-01-01', end: '2026-06-30', reason: 'left_profession' });
    await person({ role: 'team_leader', start: '2025-01-01' });
    await person({ role: 'team_leader', start: '2010-01-01', end: '2025-06-30', reason: 'retirement' });

    await vacancy({ openedOn: '2026-09-01', difficulty: 'very_hard', coveredByConsultant: true });
    await vacancy({ openedOn: '2026-10-01', filledOn: '2026-11-01' });
    await vacancy({ openedOn: '2025-02-01', filledOn: '2025-03-03' });
    await vacancy({ openedOn: '2024-12-01', filledOn: '2025-02-14', difficulty: 'hard', fte: 0.5, role: 'team_leader' });
    await vacancy({ openedOn: '2026-10-15', difficulty: 'hard', fte: 0.45 });

    round = await createRound(admin, frameworkId, { referenceDate: '2026-10-01' });
    round = (await admin.post(`/api/rounds/${round.id}/close`).send({ version: round.version }).expect(200)).body as InventoryRound;
  });
  afterAll(() => t.close());

  it('previews the staffing measures, counted by hand', async () => {
    const preview = (
      await admin.post('/api/national/rounds/2026/own-submission/preview').send({ inventoryRoundId: round.id, indicators: {} }).expect(200)
    ).body as OwnSubmissionPreview;
    const rows = preview.rows.filter((r) => /^(anstallda|slutat|konsult|vakans)_/.test(r.matt));
    expect(rows.map((r) => [r.matt, r.varde])).toEqual([
      ['anstallda_handlaggare_medelantal', '4.4'],
      ['slutat_handlaggare_antal', '3'],
      ['anstallda_handlaggare_fte', '2.5'],
      ['konsult_handlaggare_fte', '0.8'],
      ['anstallda_arbetsledare_medelantal', '1.5'],
      ['slutat_arbetsledare_antal', '1'],
      ['anstallda_arbetsledare_fte', '1.0'],
      ['konsult_arbetsledare_fte', '0.0'],
      ['slutat_orsak_annan_kommun_antal', '1'],
      ['slutat_orsak_annan_arbetsgivare_antal', '1'],
      ['slutat_orsak_lamnat_yrket_antal', '0'],
      ['slutat_orsak_pension_antal', '1'],
      ['slutat_orsak_annat_antal', '0'],
      ['slutat_orsak_ej_angiven_antal', '1'],
      ['vakans_oppen_antal', '2'],
      ['vakans_oppen_fte', '1.5'],
      ['vakans_oppen_latt_antal', '0'],
      ['vakans_oppen_svar_antal', '1'],
      ['vakans_oppen_mycket_svar_antal', '1'],
      ['vakans_oppen_konsult_antal', '1'],
      ['vakans_tillsatt_antal', '2'],
      ['vakans_tillsatt_dagar', '105'],
    ]);
    expect(rows.every((r) => r.inriktning === '' && r.niva === '' && r.kon === '')).toBe(true);
  });

  const expectedOwn = {
    roles: {
      caseworker: {
        averageHeadcount: '4.4',
        leavers: 3,
        turnover: '0.681818181818181818',
        employeeFte: '2.5',
        consultantFte: '0.8',
        totalFte: '3.3',
        consultantShare: '0.242424242424242424',
      },
      team_leader: { averageHeadcount: '1.5', leavers: 1, turnover: '0.666666666666666667', employeeFte: '1.0', consultantFte: '0.0', totalFte: '1.0', consultantShare: '0' },
    },
    total: { averageHeadcount: '5.9', leavers: 4, turnover: '0.677966101694915254', employeeFte: '3.5', consultantFte: '0.8', totalFte: '4.3' },
    leaversByReason: { other_kommun_social_services: 1, other_employer: 1, left_profession: 0, retirement: 1, other: 0, unknown: 1 },
    vacancies: { open: 2, openFte: '1.5', byDifficulty: { easy: 0, hard: 1, very_hard: 1 }, coveredByConsultant: 1, filled: 2, daysToFill: 105, meanDaysToFill: '52.5', n: 1 },
    n: 1,
    nFte: 1,
  };
  const table = async (query = '') => (await analyst.get(`/api/national/rounds/2026/tables/staffing${query}`).expect(200)).body as StaffingTable;

  it('submits, reads the file back and sends it again unchanged: the table stays', async () => {
    const submission = (
      await admin.post('/api/national/rounds/2026/own-submission').send({ inventoryRoundId: round.id, indicators: {} }).expect(201)
    ).body as NationalSubmission;
    expect(await table()).toMatchObject({ round: '2026', table: 'staffing', policy: null, ...expectedOwn });

    const text = (await admin.get(`/api/national/own/submissions/${submission.id}/file`).expect(200)).text;
    expect(text).toMatch(/anstallda_handlaggare_medelantal;;;;4\.4/);
    expect(text).toMatch(/vakans_tillsatt_dagar;;;;105\r?\n/);
    expect(text).toMatch(/slutat_orsak_ej_angiven_antal;;;;1\r?\n/);
    const again = await upload(admin, '2026', Buffer.from(text, 'utf8'), 'inlamning.csv').expect(201);
    expect(again.body).toMatchObject({ kommuner: 1, replaced: 1 });
    expect(await table()).toMatchObject(expectedOwn);
  });

  it('sums numerators and denominators over the kommuner of a loaded file, and a län filter keeps its own', async () => {
    const rows = (kommun: string, headcount: string, leavers: number, employees: string, consultants: string, filled: number, days: number) => [
      `${kommun};2026;anstallda_handlaggare_medelantal;;;;${headcount}`,
      `${kommun};2026;slutat_handlaggare_antal;;;;${leavers}`,
      `${kommun};2026;anstallda_handlaggare_fte;;;;${employees}`,
      `${kommun};2026;konsult_handlaggare_fte;;;;${consultants}`,
      `${kommun};2026;vakans_oppen_antal;;;;0`,
      `${kommun};2026;vakans_tillsatt_antal;;;;${filled}`,
      `${kommun};2026;vakans_tillsatt_dagar;;;;${days}`,
    ];
    await upload(analyst, '2026', csv([...rows('0181', '30,5', 6, '28,0', '2', 4, 300), ...rows('1480', '120', 20, '110,5', '12,5', 10, 600)])).expect(201);
    const all = await table();
    // (3 + 6 + 20) / (4.4 + 30.5 + 120.0), not the mean of the three kommuner's rates.
    expect(all.roles.caseworker).toMatchObject({ averageHeadcount: '154.9', leavers: 29, turnover: '0.187217559715945771' });
    expect(all.roles.caseworker).toMatchObject({ employeeFte: '141.0', consultantFte: '15.3', totalFte: '156.3', consultantShare: '0.097888675623800384' });
    expect(all.vacancies).toMatchObject({ open: 2, filled: 16, daysToFill: 1005, meanDaysToFill: '62.8', n: 3 });
    expect([all.n, all.nFte]).toEqual([3, 3]);
    const vastra = await table('?lan=14');
    expect(vastra).toMatchObject({ filters: { lan: '14' }, n: 1 });
    expect(vastra.roles.caseworker).toMatchObject({ averageHeadcount: '120.0', leavers: 20, turnover: '0.166666666666666667', consultantShare: '0.101626016260162602' });
    expect(vastra.roles.team_leader.turnover).toBeNull();
  });

  it('answers every wrong staffing row with its row and column, and writes nothing', async () => {
    const response = await upload(
      analyst,
      '2026',
      csv([
        '0183;2026;slutat_handlaggare_antal;;;;2,5',
        '0183;2026;anstallda_handlaggare_medelantal;;;;10,25',
        '0183;2026;konsult_handlaggare_fte;;;;1,25',
        '0183;2026;vakans_oppen_antal;;;;-1',
        '0183;2026;vakans_tillsatt_dagar;SA01;;;10',
        '0183;2026;slutat_orsak_okand_antal;;;;1',
        '0183;2026;slutat_arbetsledare_antal;;;;1',
        '0183;2026;slutat_arbetsledare_antal;;;;2',
      ]),
    ).expect(422);
    expect((response.body.errors as FileRowError[]).map((e) => `${e.row}:${e.column}:${e.code}`)).toEqual([
      '2:varde:not_whole',
      '3:varde:too_many_decimals',
      '4:varde:too_many_decimals',
      '5:varde:negative',
      '6:inriktning:not_allowed',
      '7:matt:unknown_measure',
      '9:matt:duplicate',
    ]);
    const [{ count }] = await t.owner.query(
      `SELECT count(*)::int AS count FROM national_submission s JOIN municipality m ON m.id = s.municipality_id WHERE m.code = '0183'`,
    );
    expect(count).toBe(0);
  });
});
