import { KommunTransaction } from '@kl/api/core';
import { freezePopulation, loadRound, loadTopics, topicIndex } from '@kl/api/inventory';
import type { EntityManager } from 'typeorm';
import { DEMO_ROUND_NAME, seedDemoTargets } from './demo-competence';
import type { DemoOrganisation } from './demo-data';
import { shapeDemoEffectLevels } from './demo-effect';

interface DemoUnit {
  key: string;
  parent: string | null;
  kind: 'administration' | 'department' | 'unit';
  name: string;
  serviceArea: string;
}

const UNITS: DemoUnit[] = [
  { key: 'adm', parent: null, kind: 'administration', name: 'Socialförvaltningen', serviceArea: 'barn-och-unga' },
  { key: 'bof', parent: 'adm', kind: 'department', name: 'Barn och familj', serviceArea: 'barn-och-unga' },
  { key: 'mot', parent: 'bof', kind: 'unit', name: 'Mottagning barn och unga', serviceArea: 'barn-och-unga' },
  { key: 'utr', parent: 'bof', kind: 'unit', name: 'Utredning barn och unga', serviceArea: 'barn-och-unga' },
  { key: 'fam', parent: 'bof', kind: 'unit', name: 'Familjehem och placeringar', serviceArea: 'barn-och-unga' },
  { key: 'vof', parent: 'adm', kind: 'department', name: 'Vuxen och försörjning', serviceArea: 'vuxna-missbruk' },
  { key: 'eko', parent: 'vof', kind: 'unit', name: 'Ekonomiskt bistånd', serviceArea: 'ekonomiskt-bistand' },
  { key: 'mis', parent: 'vof', kind: 'unit', name: 'Vuxna missbruk', serviceArea: 'vuxna-missbruk' },
];

/** The units where staff work (eight each, the first of them the unit's team leader). */
const STAFFED_UNITS = ['mot', 'utr', 'fam', 'eko', 'mis'];

const FIRST_NAMES = [
  ['Arvid', 'man'], ['Hanna', 'woman'], ['Sara', 'woman'], ['Johan', 'man'], ['Maria', 'woman'],
  ['Ahmed', 'man'], ['Elin', 'woman'], ['Lars', 'man'], ['Fatima', 'woman'], ['Oskar', 'man'],
  ['Karin', 'woman'], ['Mikael', 'man'], ['Linnea', 'woman'], ['Anders', 'man'], ['Sofia', 'woman'],
  ['Kim', 'other'], ['Amira', 'woman'], ['Peter', 'man'], ['Emma', 'woman'], ['Daniel', 'man'],
] as const;
const LAST_NAMES = [
  'Arbetsledare', 'Handläggare', 'Nilsson', 'Eriksson', 'Johansson', 'Hassan', 'Karlsson', 'Berg',
  'Ali', 'Persson', 'Svensson', 'Öberg', 'Åström', 'Andersson', 'Larsson', 'Holm', 'Yusuf',
  'Lund', 'Ek', 'Sandberg', 'Wallin', 'Strand', 'Forsberg', 'Nyström', 'Lindqvist',
];
const DEGREES = ['social_work', 'social_work', 'social_work', 'social_care', 'other_relevant', 'foreign_social_work'];
const FTES = ['1.00', '1.00', '1.00', '0.75', '0.90', '0.50'];

/**
 * The demo kommun's organisation: a förvaltning with two avdelningar and five enheter, and 40
 * staff with varied, deterministic attributes. Idempotent: it adds only what is missing.
 */
export async function seedDemoOrganisation(manager: EntityManager, municipalityId: string): Promise<DemoOrganisation> {
  const ids = new Map<string, string>();
  for (const unit of UNITS) {
    const parentId = unit.parent ? (ids.get(unit.parent) as string) : null;
    const existing: { id: string }[] = await manager.query(
      `SELECT id FROM org_unit WHERE municipality_id = $1 AND name = $2 AND parent_id IS NOT DISTINCT FROM $3`,
      [municipalityId, unit.name, parentId],
    );
    const rows: { id: string }[] = existing.length
      ? existing
      : await manager.query(
          `INSERT INTO org_unit (municipality_id, parent_id, kind, name, service_area_id)
           SELECT $1, $2, $3, $4, id FROM service_area WHERE code = $5 RETURNING id`,
          [municipalityId, parentId, unit.kind, unit.name, unit.serviceArea],
        );
    ids.set(unit.key, rows[0].id);
  }

  let n = 0;
  for (const unitKey of STAFFED_UNITS) {
    for (let i = 0; i < 8; i++, n++) {
      const [firstName, gender] = FIRST_NAMES[n % FIRST_NAMES.length];
      const isLeader = i === 0;
      const experienceYears = (n * 7) % 15;
      const startYear = 2026 - Math.min(experienceYears, 10);
      const degree = isLeader ? 'social_work' : DEGREES[n % DEGREES.length];
      const qualification = degree === 'social_work' || degree === 'foreign_social_work' ? 'qualified' : n % 4 === 0 ? 'dispensation' : 'in_education';
      await manager.query(
        `INSERT INTO staff_member (municipality_id, employee_number, first_name, last_name, email, unit_id, role, gender, fte,
           employment_type, employment_start, experience_start, degree, degree_year, continuing_education, further_education,
           masters, qualification_status, dispensation_until, first_managerial_job, needs_development)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)
         ON CONFLICT DO NOTHING`,
        [
          municipalityId,
          `D${String(n + 1).padStart(4, '0')}`,
          firstName,
          LAST_NAMES[n % LAST_NAMES.length],
          `${firstName.toLowerCase()}.${n + 1}@demo.example`,
          ids.get(unitKey),
          isLeader ? 'team_leader' : 'caseworker',
          gender,
          FTES[n % FTES.length],
          n % 9 === 4 ? 'temporary' : n % 13 === 7 ? 'consultant' : 'permanent',
          `${startYear}-0${1 + (n % 9)}-01`,
          `${2026 - experienceYears}-0${1 + (n % 9)}-15`,
          degree,
          degree === 'none' ? null : 2026 - experienceYears - 1,
          n % 3 === 0,
          n % 5 === 0,
          n % 10 === 0,
          qualification,
          qualification === 'dispensation' ? '2027-06-30' : null,
          isLeader ? n % 2 === 0 : null,
          isLeader ? n % 3 !== 0 : null,
        ],
      );
    }
  }
  await seedDemoRound(manager, municipalityId);
  await seedDemoTargets(manager, municipalityId);
  const staffIds: { id: string; employee_number: string }[] = await manager.query(
    `SELECT id, employee_number FROM staff_member WHERE municipality_id = $1 AND employee_number IN ('D0001', 'D0002')`,
    [municipalityId],
  );
  const byNumber = new Map(staffIds.map((row) => [row.employee_number, row.id]));
  return {
    teamLeaderUnitIds: [ids.get('bof') as string],
    // D0001 is Arvid Arbetsledare, the demo team leader; D0002 Hanna Handläggare, the demo caseworker.
    caseworkerStaffMemberId: byNumber.get('D0002') ?? null,
    teamLeaderStaffMemberId: byNumber.get('D0001') ?? null,
  };
}

/** An open round on the national framework, so that the team leader has a matrix to fill in. */
async function seedDemoRound(manager: EntityManager, municipalityId: string): Promise<void> {
  await manager.query(
    `INSERT INTO inventory_round (municipality_id, name, framework_id, reference_date, opens_on, closes_on, status)
     SELECT $1, $2, f.id, date_trunc('month', now())::date, date_trunc('month', now())::date,
            (date_trunc('month', now()) + interval '3 months')::date, 'open'
     FROM competence_framework f
     WHERE f.code = 'BOU-2016' AND f.municipality_id IS NULL AND f.status = 'published'
     ORDER BY f.version DESC LIMIT 1
     ON CONFLICT (municipality_id, name) DO NOTHING`,
    [municipalityId, DEMO_ROUND_NAME],
  );
}

/**
 * Earlier rounds for the trend: closed, one and two years before the demo round (named by season
 * and year, e.g. "Höst 2025"), with the team leader's assessments of each round's population
 * (barn-och-unga staff employed on its reference date), frozen as a close freezes it.
 * Deterministic: each cell's level comes from an md5 of employee number and topic code, and the
 * share lacking falls from about 35 % to 25 % between the two rounds while fördjupad grows.
 * Idempotent: a round that exists is left as it is, assessments and all.
 */
export async function seedDemoRoundHistory(
  manager: EntityManager,
  municipalityId: string,
  assessorId: string,
): Promise<void> {
  const earlier = [
    { yearsBack: 2, insufficientBelow: 35, basicBelow: 88 },
    { yearsBack: 1, insufficientBelow: 25, basicBelow: 80 },
  ];
  for (const round of earlier) {
    const created: { id: string }[] = await manager.query(
      `INSERT INTO inventory_round (municipality_id, name, framework_id, reference_date, opens_on, closes_on, status)
       SELECT r.municipality_id,
              CASE WHEN extract(month FROM d.day) <= 6 THEN 'Vår ' ELSE 'Höst ' END || to_char(d.day, 'YYYY'),
              r.framework_id, d.day, (d.day - interval '1 month')::date, (d.day + interval '2 months')::date, 'closed'
       FROM inventory_round r
       CROSS JOIN LATERAL (SELECT (r.reference_date - make_interval(years => $2))::date AS day) d
       WHERE r.municipality_id = $1 AND r.name = 'Demoinventering'
       ON CONFLICT (municipality_id, name) DO NOTHING
       RETURNING id`,
      [municipalityId, round.yearsBack],
    );
    if (created.length === 0) continue;
    await manager.query(
      `INSERT INTO assessment (municipality_id, round_id, staff_member_id, topic_id, source, seq, value, assessor_id, assessed_at)
       SELECT r.municipality_id, r.id, s.id, t.id, 'leader', 1,
              (CASE WHEN h.v % 100 < $3 THEN 'insufficient' WHEN h.v % 100 < $4 THEN 'basic' ELSE 'advanced' END)::assessment_value,
              $5, r.reference_date + time '10:00'
       FROM inventory_round r
       JOIN competence_topic t ON t.framework_id = r.framework_id
       JOIN competence_framework f ON f.id = r.framework_id
       JOIN staff_member s ON s.municipality_id = r.municipality_id
         AND s.employment_start <= r.reference_date
         AND (s.employment_end IS NULL OR s.employment_end >= r.reference_date)
       JOIN org_unit u ON u.id = s.unit_id AND u.service_area_id = f.service_area_id
       CROSS JOIN LATERAL (SELECT ('x' || substr(md5(s.employee_number || t.code), 1, 7))::bit(28)::int AS v) h
       WHERE r.id = $1 AND r.municipality_id = $2
         -- about one cell in twenty left not assessed
         AND (h.v / 100) % 20 <> 0`,
      [created[0].id, municipalityId, round.insufficientBelow, round.basicBelow, assessorId],
    );
    await shapeDemoEffectLevels(manager, municipalityId, created[0].id, round.yearsBack, assessorId);
    const tx = new KommunTransaction(manager, { kind: 'kommun', municipalityId, staff: { kind: 'all' } }, assessorId, null);
    const closed = await loadRound(tx, created[0].id);
    await freezePopulation(tx, closed, topicIndex(await loadTopics(manager, closed.frameworkId)));
    await manager.query('UPDATE inventory_round SET population_frozen_at = now() WHERE id = $1', [closed.id]);
  }
}
