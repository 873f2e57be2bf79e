import { AggregateTransaction, inTenantTransaction, KommunTransaction } from '@kl/api/core';
import { buildOwnSubmission, publishNationalRound, storeOwnSubmission } from '@kl/api/national';
import type { DataSource } from 'typeorm';
import { DEMO_MUNICIPALITY_CODE } from './demo-data';

/** Share of the other kommuner that have already submitted to the open round. */
const OPEN_ROUND_SUBMITTED_PERCENT = 80;

/**
 * National rounds of the last three years with a submission from every kommun, so that the
 * national pages show tables and trends at once: one round per closed round of the demo kommun
 * (its own submission built from its data, the others synthetic, sized like Sweden's kommuner,
 * slowly improving year by year, with training and statsbidrag of the year and staffing) and this year's round open, with most kommuner in and the demo
 * kommun not yet (its administrator can submit). Synthetic submissions are written per round in
 * one statement through the national writer. The earliest round is published (disclosure control
 * applied), so the public routes answer at once. Idempotent: an existing round is left as it is.
 */
export async function seedDemoNationalRounds(owner: DataSource): Promise<void> {
  const [demo]: { id: string }[] = await owner.query('SELECT id FROM municipality WHERE code = $1', [DEMO_MUNICIPALITY_CODE]);
  if (!demo) return;
  const closed: { id: string; frameworkId: string; referenceDate: string }[] = await inTenantTransaction(owner, demo.id, (m) =>
    m.query(
      `SELECT r.id, r.framework_id AS "frameworkId", r.reference_date::text AS "referenceDate" FROM inventory_round r
       JOIN competence_framework f ON f.id = r.framework_id AND f.municipality_id IS NULL
       WHERE r.municipality_id = $1 AND r.population_frozen_at IS NOT NULL ORDER BY r.reference_date`,
      [demo.id],
    ),
  );
  if (closed.length === 0) return;
  const frameworkId = closed[closed.length - 1].frameworkId;
  const rounds = closed.slice(-2).map((r, i) => ({ ...r, code: r.referenceDate.slice(0, 4), trend: i }));
  for (const round of rounds) {
    const id = await createRound(owner, round.code, round.frameworkId, round.referenceDate, false);
    if (!id) continue;
    await writeSynthetic(owner, id, round.frameworkId, round.trend, [DEMO_MUNICIPALITY_CODE], 100);
    await inTenantTransaction(owner, demo.id, async (manager) => {
      const tx = new KommunTransaction(manager, { kind: 'kommun', municipalityId: demo.id, staff: { kind: 'all' } }, null, null);
      const built = await buildOwnSubmission(
        tx,
        { id, frameworkId: round.frameworkId, referenceDate: round.referenceDate },
        { inventoryRoundId: round.id, indicators: { ind_uppfoljning_medarbetarsamtal: 'ja', ind_samlad_plan_handlaggare: 'delvis' } },
      );
      await storeOwnSubmission(tx, id, built.cells);
    });
  }
  await publishEarliest(owner, rounds[0].code);
  const thisYear = String(Number(rounds[rounds.length - 1].code) + 1);
  const open = await createRound(owner, thisYear, frameworkId, `${thisYear}-10-01`, true);
  if (open) await writeSynthetic(owner, open, frameworkId, rounds.length, [DEMO_MUNICIPALITY_CODE], OPEN_ROUND_SUBMITTED_PERCENT);
}

/** The earliest round published (as the application), so that the public routes answer at once. */
async function publishEarliest(owner: DataSource, code: string): Promise<void> {
  await owner.transaction(async (manager) => {
    const [published]: { n: number }[] = await manager.query(
      `SELECT count(*)::int AS n FROM national_publication p JOIN national_round r ON r.id = p.national_round_id WHERE r.code = $1`,
      [code],
    );
    if (published.n === 0) await publishNationalRound(new AggregateTransaction(manager, { kind: 'national' }, null), code, null);
  });
}

async function createRound(owner: DataSource, code: string, frameworkId: string, referenceDate: string, open: boolean): Promise<string | null> {
  const rows: { id: string }[] = await owner.query(
    `INSERT INTO national_round (code, framework_id, classification_id, reference_date, opens_on, closes_on)
     SELECT $1, $2, c.id, $3::date,
            CASE WHEN $4 THEN current_date - 14 ELSE $3::date END,
            CASE WHEN $4 THEN current_date + 45 ELSE ($3::date + 60) END
     FROM municipality_group_classification c WHERE c.is_current
     ON CONFLICT (code) DO NOTHING RETURNING id`,
    [code, frameworkId, referenceDate, open],
  );
  return rows[0]?.id ?? null;
}

/**
 * Every kommun but `except` (and, below 100 %, only that share of them, chosen by a hash) with a
 * synthetic submission: caseworker FTE from 2 to 42 (the three big cities ten times that), level
 * shares that improve with `trend`, and the other measures in proportion. Deterministic.
 */
async function writeSynthetic(
  owner: DataSource,
  roundId: string,
  frameworkId: string,
  trend: number,
  except: string[],
  percent: number,
): Promise<void> {
  await owner.query(
    `WITH k AS (
       SELECT m.id, ('x' || substr(md5(m.code || $2::int::text), 1, 7))::bit(28)::int AS h,
              CASE WHEN m.code IN ('0180', '1480', '1280') THEN 10 ELSE 1 END AS big
       FROM municipality m WHERE m.code <> ALL($4::text[])
     ), s AS (
       SELECT id, h, round((20 + h % 400) * big / 10.0, 1) AS fte FROM k WHERE h % 100 < $5
     ), tp AS (
       SELECT t.code, ('x' || substr(md5(t.code), 1, 6))::bit(24)::int AS th FROM competence_topic t WHERE t.framework_id = $3
     ), rows(id, m, t, l, g, v, a) AS (
       SELECT s.id, 'bedomning_fte', tp.code, lv.level, '', round(s.fte * lv.share, 1), NULL::text
       FROM s CROSS JOIN tp
       CROSS JOIN LATERAL (SELECT 0.18 - 0.03 * $2::int + ((s.h + tp.th) % 9 - 4) * 0.01 AS sh_s,
                                  0.25 + 0.03 * $2::int + ((s.h / 7 + tp.th) % 9 - 4) * 0.01 AS sh_f) x
       CROSS JOIN LATERAL (VALUES ('S', x.sh_s), ('F', x.sh_f), ('G', 1 - x.sh_s - x.sh_f)) lv(level, share)
       UNION ALL
       SELECT s.id, c.m, '', '', c.g, c.v, NULL FROM s CROSS JOIN LATERAL (VALUES
         ('handlaggare_fte', 'K', round(s.fte * 0.89, 1)),
         ('handlaggare_fte', 'M', round(s.fte * 0.10, 1)),
         ('handlaggare_fte', 'A', round(s.fte * 0.01, 1)),
         ('handlaggare_socionom_under1ar_fte', '', round(s.fte * (0.10 + (s.h % 5) * 0.01), 1)),
         ('handlaggare_utan_socionom_fte', 'K', round(s.fte * 0.10, 1)),
         ('handlaggare_utan_socionom_fte', 'M', round(s.fte * 0.015, 1)),
         ('handlaggare_utan_socionom_fte', 'A', 0),
         ('handlaggare_fortbildning_antal', '', floor(s.fte * 0.6)),
         ('handlaggare_vidareutbildning_antal', '', floor(s.fte * 0.16)),
         ('handlaggare_magister_antal', '', floor(s.fte * 0.025)),
         ('arbetsledare_antal', 'K', 1 + floor(s.fte / 7)),
         ('arbetsledare_antal', 'M', CASE WHEN s.h % 10 = 0 THEN 1 ELSE 0 END),
         ('arbetsledare_antal', 'A', 0),
         ('arbetsledare_forsta_chefsjobb_antal', '', floor((1 + floor(s.fte / 7)) * 0.5)),
         ('arbetsledare_behov_antal', '', floor((1 + floor(s.fte / 7)) * 0.25)),
         ('arbetsledare_under3ar_antal', '', CASE WHEN s.h % 7 = 0 THEN 1 ELSE 0 END),
         ('arbetsledare_fortbildning_antal', '', 1 + floor(s.fte / 9)),
         ('arbetsledare_vidareutbildning_antal', '', floor(s.fte / 20)),
         ('arbetsledare_magister_antal', '', floor(s.fte / 60))) c(m, g, v)
       UNION ALL
       SELECT s.id, ind.m, '', '', '', NULL, (ARRAY['ja', 'delvis', 'nej'])[1 + (s.h / ind.d + $2::int) % 3]
       FROM s CROSS JOIN (VALUES ('ind_samlad_plan_handlaggare', 3), ('ind_plan_arbetsledare', 5), ('ind_plan_foljs_upp_arligen', 11),
                                 ('ind_uppfoljning_medarbetarsamtal', 13), ('ind_genomfort_handlaggare', 17),
                                 ('ind_genomfort_arbetsledare', 19), ('ind_forvaltat', 23)) ind(m, d)
       UNION ALL
       -- Training of the year (docs/national.md §7), sized by the kommun's caseworker FTE.
       SELECT s.id, c.m, '', '', '', c.v, NULL FROM s CROSS JOIN LATERAL (VALUES
         ('aktivitet_hogskolekurs_antal', floor(s.fte / 40)),
         ('aktivitet_endagskurs_antal', 1 + floor(s.fte / 10)),
         ('aktivitet_tvadagarskurs_antal', floor(s.fte / 15)),
         ('aktivitet_handledning_antal', 1 + s.h % 3),
         ('aktivitet_introduktionsprogram_antal', CASE WHEN s.h % 3 = 0 THEN 1 ELSE 0 END),
         ('aktivitet_uppdragsutbildning_antal', floor(s.fte / 50)),
         ('aktivitet_natverk_konferens_antal', s.h % 2),
         ('aktivitet_webbutbildning_antal', floor(s.fte / 20)),
         ('aktivitet_annan_antal', 0),
         ('aktivitet_hp_antal', floor(s.fte / 40)),
         ('aktivitet_samverkan_antal', 1 + floor(s.fte / 30)),
         ('deltagare_hp', floor(s.fte / 40) * 15),
         ('introduktionsprogram_antal', CASE WHEN s.h % 3 = 0 THEN 1 ELSE 0 END),
         ('statsbidrag_rekvirerat_kr', round(s.fte * 6000)),
         ('statsbidrag_anvant_kr', round(s.fte * (4000 + (s.h % 20) * 100)))) c(m, v)
       UNION ALL
       SELECT s.id, 'deltagare_' || r.code || '_' || d.code || '_' || b.code || '_antal', '', '', '', floor(s.fte * r.f * d.f * b.f), NULL
       FROM s CROSS JOIN (VALUES ('handlaggare', 1.0), ('arbetsledare', 0.12)) r(code, f)
       CROSS JOIN (VALUES ('socionom', 0.85), ('utan_socionom', 0.15)) d(code, f)
       CROSS JOIN (VALUES ('under1ar', 0.25), ('1till3ar', 0.35), ('minst3ar', 0.9)) b(code, f)
       UNION ALL
       -- Staffing (docs/national.md §10): turnover 15–25 % a year, consultants 5–15 % of the FTE, vacancies filled in 60–120 days.
       SELECT s.id, c.m, '', '', '', c.v, NULL FROM s
       CROSS JOIN LATERAL (SELECT round(s.fte * 1.05, 1) AS hc, 0.05 + (s.h % 11) * 0.01 AS cs, 1 + floor(s.fte / 7) AS tl) w
       CROSS JOIN LATERAL (SELECT round(w.hc * (0.15 + (s.h / 11 % 11) * 0.01)) AS cl, CASE WHEN s.h % 5 = 0 THEN 1 ELSE 0 END AS tll,
                                  round(s.fte / 8) AS vac) y
       CROSS JOIN LATERAL (SELECT y.cl + y.tll AS l) z
       CROSS JOIN LATERAL (VALUES
         ('anstallda_handlaggare_medelantal', w.hc),
         ('slutat_handlaggare_antal', y.cl),
         ('anstallda_handlaggare_fte', round(s.fte * (1 - w.cs), 1)),
         ('konsult_handlaggare_fte', round(s.fte * w.cs, 1)),
         ('anstallda_arbetsledare_medelantal', w.tl),
         ('slutat_arbetsledare_antal', y.tll),
         ('anstallda_arbetsledare_fte', w.tl),
         ('konsult_arbetsledare_fte', 0),
         ('slutat_orsak_annan_kommun_antal', floor(z.l * 0.35)),
         ('slutat_orsak_annan_arbetsgivare_antal', floor(z.l * 0.25)),
         ('slutat_orsak_lamnat_yrket_antal', floor(z.l * 0.1)),
         ('slutat_orsak_pension_antal', floor(z.l * 0.15)),
         ('slutat_orsak_annat_antal', z.l - floor(z.l * 0.35) - floor(z.l * 0.25) - floor(z.l * 0.1) - floor(z.l * 0.15)),
         ('slutat_orsak_ej_angiven_antal', 0),
         ('vakans_oppen_antal', y.vac),
         ('vakans_oppen_fte', y.vac - CASE WHEN y.vac > 0 AND s.h % 4 = 0 THEN 0.5 ELSE 0 END),
         ('vakans_oppen_latt_antal', floor(y.vac * 0.3)),
         ('vakans_oppen_svar_antal', y.vac - floor(y.vac * 0.3) - floor(y.vac * 0.2)),
         ('vakans_oppen_mycket_svar_antal', floor(y.vac * 0.2)),
         ('vakans_oppen_konsult_antal', floor(y.vac * 0.4)),
         ('vakans_tillsatt_antal', round(y.cl * 0.8)),
         ('vakans_tillsatt_dagar', round(y.cl * 0.8) * (60 + s.h % 61))) c(m, v)
       UNION ALL
       SELECT s.id, 'deltagare_inriktning_antal', tp.code, '', '', floor(s.fte * ((tp.th + s.h) % 7) / 20.0), NULL FROM s CROSS JOIN tp
       UNION ALL
       SELECT s.id, 'aktivitet_inriktning_antal', tp.code, '', '', CASE WHEN (tp.th + s.h) % 7 >= 4 THEN 1 + floor(s.fte / 60) ELSE 0 END, NULL
       FROM s CROSS JOIN tp
     )
     SELECT national_submissions_write($1, 'national_file', array_agg(id), array_agg(m), array_agg(t), array_agg(l), array_agg(g),
                                       array_agg(v), array_agg(a))
     FROM rows`,
    [roundId, trend, frameworkId, except, percent],
  );
}
