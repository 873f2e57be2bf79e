import type { KommunTransaction, SqlParams } from '@kl/api/core';
import {
  FOLLOW_UP_DUE_DAYS,
  type FollowUpDueItem,
  type TrainingFollowUp,
} from '@kl/shared/contracts';

/** The staff filter on a `staff_member sm` joined to a participation or follow-up; never the caller's own record. */
const reach = (tx: KommunTransaction, p: SqlParams) =>
  tx.staffFilter(p, {
    excludeSelf: true,
    columns: { id: 'sm.id', unitId: 'sm.unit_id', municipalityId: 'sm.municipality_id' },
  });

/** A participation in the caller's reach, with what a follow-up needs of it. */
export interface FollowedParticipation {
  id: string;
  staffMemberId: string;
  status: string;
  endsOn: string;
  topicCodes: string[];
}

export async function loadFollowedParticipation(
  tx: KommunTransaction,
  participationId: string,
): Promise<FollowedParticipation | undefined> {
  const p = tx.params();
  const [row] = await tx.query<FollowedParticipation>(
    `SELECT pa.id, pa.staff_member_id AS "staffMemberId", pa.status, s.ends_on::text AS "endsOn",
            ARRAY(SELECT ct.topic_code FROM course_topic ct WHERE ct.course_id = s.course_id ORDER BY ct.topic_code) AS "topicCodes"
     FROM participation pa
     JOIN staff_member sm ON sm.id = pa.staff_member_id
     JOIN course_session s ON s.id = pa.session_id
     WHERE pa.municipality_id = $1 AND pa.id = ${p.add(participationId, 'uuid')} AND ${reach(tx, p)}`,
    p,
  );
  return row;
}

/**
 * The follow-up of a participation. A topic counts as reassessed once a leader assessment of it
 * for the person was made after the follow-up was first recorded.
 */
export async function loadFollowUp(
  tx: KommunTransaction,
  participationId: string,
): Promise<TrainingFollowUp | undefined> {
  const [row] = await tx.query<TrainingFollowUp>(
    `SELECT f.id, f.participation_id AS "participationId", f.staff_member_id AS "staffMemberId", f.applied, f.note,
            f.recorded_on::text AS "recordedOn", f.row_version AS version,
            coalesce((SELECT jsonb_agg(jsonb_build_object('topicCode', t.topic_code, 'reassessOn', t.reassess_on::text,
                        'reassessedAt', ${REASSESSED_AT('t', 'f')}) ORDER BY t.topic_code)
                      FROM training_follow_up_topic t WHERE t.follow_up_id = f.id), '[]'::jsonb) AS topics
     FROM training_follow_up f WHERE f.municipality_id = $1 AND f.participation_id = $2`,
    [tx.municipalityId, participationId],
  );
  return row;
}

/** The first leader assessment of topic row `t` for follow-up `f`'s person after `f` was recorded, or null. */
const REASSESSED_AT = (t: string, f: string) =>
  `(SELECT to_char(min(a.assessed_at) AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD"T"HH24:MI:SS')
      FROM assessment a JOIN competence_topic ct ON ct.id = a.topic_id
     WHERE a.municipality_id = ${f}.municipality_id AND a.staff_member_id = ${f}.staff_member_id
       AND a.source = 'leader' AND ct.code = ${t}.topic_code AND a.assessed_at > ${f}.created_at)`;

/**
 * The due list in the caller's reach: completed participations without a follow-up (due
 * FOLLOW_UP_DUE_DAYS after the course's last day) and topics to reassess (due on their date,
 * listed from FOLLOW_UP_DUE_DAYS before it until a leader assessment follows), soonest first.
 */
export function loadDueList(
  tx: KommunTransaction,
  today: string,
  options: { within?: readonly string[]; overdueOnly: boolean },
): Promise<FollowUpDueItem[]> {
  const p = tx.params();
  const filter = tx.staffFilter(p, {
    excludeSelf: true,
    within: options.within,
    columns: { id: 'sm.id', unitId: 'sm.unit_id', municipalityId: 'sm.municipality_id' },
  });
  const day = p.add(today, 'date');
  const days = p.add(FOLLOW_UP_DUE_DAYS, 'int');
  return tx.query<FollowUpDueItem>(
    `WITH due AS (
       SELECT 'follow_up' AS kind, pa.id AS participation_id, NULL::uuid AS follow_up_id, pa.staff_member_id,
              pa.session_id, (s.ends_on + ${days})::date AS due_on,
              ARRAY(SELECT ct.topic_code FROM course_topic ct WHERE ct.course_id = s.course_id ORDER BY ct.topic_code) AS topic_codes
       FROM participation pa JOIN course_session s ON s.id = pa.session_id
       WHERE pa.municipality_id = $1 AND pa.status = 'completed'
         AND NOT EXISTS (SELECT 1 FROM training_follow_up f WHERE f.participation_id = pa.id)
       UNION ALL
       SELECT 'reassessment', f.participation_id, f.id, f.staff_member_id, pa.session_id, t.reassess_on, ARRAY[t.topic_code]
       FROM training_follow_up f
       JOIN training_follow_up_topic t ON t.follow_up_id = f.id
       JOIN participation pa ON pa.id = f.participation_id
       WHERE f.municipality_id = $1 AND t.reassess_on <= ${day} + ${days} AND ${REASSESSED_AT('t', 'f')} IS NULL
     )
     SELECT d.kind, d.participation_id AS "participationId", d.follow_up_id AS "followUpId", sm.id AS "staffMemberId",
            sm.first_name AS "firstName", sm.last_name AS "lastName", u.id AS "unitId", u.name AS "unitName",
            c.id AS "courseId", c.title AS "courseTitle", s.ends_on::text AS "endsOn", d.due_on::text AS "dueOn",
            d.due_on < ${day} AS overdue, d.topic_codes AS "topicCodes"
     FROM due d
     JOIN staff_member sm ON sm.id = d.staff_member_id
     JOIN org_unit u ON u.id = sm.unit_id
     JOIN course_session s ON s.id = d.session_id
     JOIN course c ON c.id = s.course_id
     WHERE ${filter} ${options.overdueOnly ? `AND d.due_on < ${day}` : ''}
     ORDER BY d.due_on, sm.last_name, sm.first_name, c.title, d.kind, d.topic_codes`,
    p,
  );
}
