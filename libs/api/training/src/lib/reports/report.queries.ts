import type { KommunTransaction, SqlParams } from '@kl/api/core';
import type { StaffRole } from '@kl/shared/contracts';
import type { DeliveryRow, ReachPerson } from '@kl/shared/util';

/** The caller's reach on a `staff_member sm`, never their own record (as the follow-up lists). */
const reach = (tx: KommunTransaction, p: SqlParams) =>
  tx.staffFilter(p, {
    excludeSelf: true,
    columns: { id: 'sm.id', unitId: 'sm.unit_id', municipalityId: 'sm.municipality_id' },
  });

/**
 * Participations on sessions starting in the year, of people in the caller's reach, by the
 * person's unit today, the course's type, status and reason. An erased person's participation
 * has no unit and is not counted here.
 */
export function loadDeliveryRows(tx: KommunTransaction, year: number): Promise<DeliveryRow[]> {
  const p = tx.params();
  return tx.query<DeliveryRow>(
    `SELECT u.id AS "unitId", u.name AS "unitName", c.type AS "courseType", pa.status,
            pa.cancellation_reason AS "cancellationReason", count(*)::int AS count
     FROM participation pa
     JOIN staff_member sm ON sm.id = pa.staff_member_id
     JOIN org_unit u ON u.id = sm.unit_id
     JOIN course_session s ON s.id = pa.session_id
     JOIN course c ON c.id = s.course_id
     WHERE pa.municipality_id = $1 AND extract(year FROM s.starts_on) = ${p.add(year)} AND ${reach(tx, p)}
     GROUP BY u.id, u.name, c.type, pa.status, pa.cancellation_reason`,
    p,
  );
}

/**
 * The people of one role in the caller's reach employed at some time in the year, with their
 * experience start and degree as recorded now and their completed participations on sessions
 * starting in the year.
 */
export function loadReachPeople(
  tx: KommunTransaction,
  year: number,
  staffRole: StaffRole,
): Promise<ReachPerson[]> {
  const p = tx.params();
  const first = p.add(`${year}-01-01`, 'date');
  const last = p.add(`${year}-12-31`, 'date');
  return tx.query<ReachPerson>(
    `SELECT sm.experience_start::text AS "experienceStart", sm.degree,
            (SELECT count(*)::int FROM participation pa JOIN course_session s ON s.id = pa.session_id
             WHERE pa.municipality_id = sm.municipality_id AND pa.staff_member_id = sm.id AND pa.status = 'completed'
               AND s.starts_on BETWEEN ${first} AND ${last}) AS completed
     FROM staff_member sm
     WHERE ${reach(tx, p)} AND sm.role = ${p.add(staffRole)}::staff_role
       AND sm.employment_start <= ${last} AND (sm.employment_end IS NULL OR sm.employment_end >= ${first})`,
    p,
  );
}
