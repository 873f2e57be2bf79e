import type { KommunTransaction, SqlParams } from '@kl/api/core';
import { ROUND_SELECT, type RoundRow, populationCte } from '@kl/api/inventory';
import {
  SUPERVISOR_MIN_EXPERIENCE_YEARS,
  type SupervisionArrangement,
  type SupervisionFlag,
  type SupervisorCandidate,
} from '@kl/shared/contracts';

/** The staff filter on a `staff_member sm`. */
const reach = (tx: KommunTransaction, p: SqlParams, within?: readonly string[]) =>
  tx.staffFilter(p, {
    within,
    columns: { id: 'sm.id', unitId: 'sm.unit_id', municipalityId: 'sm.municipality_id' },
  });

/** Started on or before `day` and not ended before it. */
const ACTIVE = (a: string, day: string) =>
  `(${a}.starts_on <= ${day} AND (${a}.ends_on IS NULL OR ${a}.ends_on >= ${day}))`;

/**
 * The current rounds: per framework, the kommun's round with the latest reference date that has
 * been opened (open or closed). A planned round has no assessments yet.
 */
export async function loadCurrentRounds(tx: KommunTransaction): Promise<RoundRow[]> {
  return tx.query<RoundRow>(
    `SELECT DISTINCT ON ("frameworkId") * FROM (${ROUND_SELECT}
       WHERE r.municipality_id = $1 AND r.status IN ('open', 'closed')) x
     ORDER BY "frameworkId", "referenceDate" DESC, "createdAt" DESC`,
    [tx.municipalityId],
  );
}

export function loadArrangements(
  tx: KommunTransaction,
  today: string,
  options: { id?: string; staffMemberId?: string },
): Promise<SupervisionArrangement[]> {
  const p = tx.params();
  const day = p.add(today, 'date');
  const where = [reach(tx, p)];
  if (options.id) where.push(`a.id = ${p.add(options.id, 'uuid')}`);
  if (options.staffMemberId) where.push(`a.staff_member_id = ${p.add(options.staffMemberId, 'uuid')}`);
  return tx.query<SupervisionArrangement>(
    `SELECT a.id, a.staff_member_id AS "staffMemberId", sm.first_name AS "firstName", sm.last_name AS "lastName",
            a.topic_code AS "topicCode", a.form, a.supervisor_staff_member_id AS "supervisorStaffMemberId",
            CASE WHEN sup.id IS NULL THEN NULL ELSE sup.first_name || ' ' || sup.last_name END AS "supervisorName",
            a.external_supervisor AS "externalSupervisor", a.frequency, a.starts_on::text AS "startsOn",
            a.ends_on::text AS "endsOn", ${ACTIVE('a', day)} AS active, a.note, a.row_version AS version
     FROM supervision_arrangement a
     JOIN staff_member sm ON sm.id = a.staff_member_id
     LEFT JOIN staff_member sup ON sup.id = a.supervisor_staff_member_id
     WHERE a.municipality_id = $1 AND ${where.join(' AND ')}
     ORDER BY sm.last_name, sm.first_name, a.topic_code, a.starts_on DESC`,
    p,
  );
}

/**
 * Everyone in the current rounds' populations in the caller's reach (never themselves) whose
 * leader assessment in a topic is `insufficient` and who has no arrangement for the topic active
 * today.
 */
export function loadFlags(
  tx: KommunTransaction,
  rounds: readonly RoundRow[],
  today: string,
  within?: readonly string[],
): Promise<SupervisionFlag[]> {
  if (rounds.length === 0) return Promise.resolve([]);
  const p = tx.params();
  const population = populationCte(p, rounds);
  const day = p.add(today, 'date');
  const filter = tx.staffFilter(p, {
    within,
    excludeSelf: true,
    columns: { id: 'pop.staff_member_id', unitId: 'pop.unit_id', municipalityId: 'pop.municipality_id' },
  });
  return tx.query<SupervisionFlag>(
    `WITH ${population}
     SELECT DISTINCT pop.staff_member_id AS "staffMemberId", pop.first_name AS "firstName", pop.last_name AS "lastName",
            pop.unit_id AS "unitId", pop.unit_name AS "unitName", t.code AS "topicCode", t.name AS "topicName"
     FROM population pop
     JOIN assessment_cell c ON c.round_id = pop.round_id AND c.staff_member_id = pop.staff_member_id
                           AND c.source = 'leader' AND c.value = 'insufficient'
     JOIN competence_topic t ON t.id = c.topic_id
     WHERE pop.staff_member_id IS NOT NULL AND ${filter}
       AND NOT EXISTS (SELECT 1 FROM supervision_arrangement a
                       WHERE a.municipality_id = pop.municipality_id AND a.staff_member_id = pop.staff_member_id
                         AND a.topic_code = t.code AND ${ACTIVE('a', day)})
     ORDER BY "unitName", "lastName", "firstName", "topicCode"`,
    p,
  );
}

/**
 * The kommun's employed team leaders, with their own level in the topic in the current rounds and
 * whether the supervisor rule holds: `advanced` there and SUPERVISOR_MIN_EXPERIENCE_YEARS or more
 * in the profession.
 */
export function loadSupervisorCandidates(
  tx: KommunTransaction,
  rounds: readonly RoundRow[],
  topicCode: string,
  today: string,
): Promise<SupervisorCandidate[]> {
  const p = tx.params();
  const day = p.add(today, 'date');
  const years = `date_part('year', age(${day}, s.experience_start))::int`;
  return tx.query<SupervisorCandidate>(
    `SELECT s.id AS "staffMemberId", s.first_name AS "firstName", s.last_name AS "lastName", u.name AS "unitName",
            greatest(0, ${years}) AS "experienceYears", lvl.value::text AS "topicLevel",
            coalesce(lvl.value = 'advanced' AND ${years} >= ${p.add(SUPERVISOR_MIN_EXPERIENCE_YEARS, 'int')}, false) AS eligible
     FROM staff_member s JOIN org_unit u ON u.id = s.unit_id
     LEFT JOIN LATERAL (
       SELECT c.value FROM assessment_cell c
       JOIN competence_topic t ON t.id = c.topic_id
       JOIN inventory_round r ON r.id = c.round_id
       WHERE c.staff_member_id = s.id AND c.source = 'leader' AND c.value IS NOT NULL
         AND t.code = ${p.add(topicCode)} AND c.round_id = ANY(${p.add(rounds.map((r) => r.id), 'uuid[]')})
       ORDER BY r.reference_date DESC LIMIT 1) lvl ON true
     WHERE s.municipality_id = $1 AND s.role = 'team_leader'
       AND (s.employment_end IS NULL OR s.employment_end >= ${day})
     ORDER BY eligible DESC, s.last_name, s.first_name`,
    p,
  );
}
