import type { KommunTransaction, SqlParams } from '@kl/api/core';
import type { Participation } from '@kl/shared/contracts';

/** Participation in the caller's reach (the staff filter on the person), soonest session first. */
export function loadParticipations(
  tx: KommunTransaction,
  p: SqlParams,
  where: string,
): Promise<Participation[]> {
  return tx.query<Participation>(
    `SELECT pa.id, pa.session_id AS "sessionId", s.course_id AS "courseId", c.title AS "courseTitle",
            s.starts_on::text AS "startsOn", s.ends_on::text AS "endsOn", pa.staff_member_id AS "staffMemberId",
            sm.first_name AS "firstName", sm.last_name AS "lastName", u.name AS "unitName", pa.status,
            pa.cancellation_reason AS "cancellationReason", pa.cost::text AS cost,
            pa.funding_source AS "fundingSource", pa.grant_id AS "grantId", g.name AS "grantName",
            pa.row_version AS version
     FROM participation pa
     JOIN staff_member sm ON sm.id = pa.staff_member_id
     JOIN org_unit u ON u.id = sm.unit_id
     JOIN course_session s ON s.id = pa.session_id
     JOIN course c ON c.id = s.course_id
     LEFT JOIN state_grant g ON g.id = pa.grant_id
     WHERE pa.municipality_id = $1 AND ${tx.staffFilter(p, { columns: { id: 'sm.id', unitId: 'sm.unit_id', municipalityId: 'sm.municipality_id' } })}
       AND ${where}
     ORDER BY s.starts_on, sm.last_name, sm.first_name, pa.id`,
    p,
  );
}
