import { Injectable } from '@nestjs/common';
import { type Actor, ScopedData } from '@kl/api/core';
import {
  DISPENSATION_ALERT_DAYS,
  type QualificationList,
  type QualificationRow,
} from '@kl/shared/contracts';
import { todayInSweden } from '@kl/shared/util';

/**
 * Behörighet for barn-och-unga casework (SOSFS 2014:7; docs/training.md, Behörighet): the
 * employed caseworkers of barn-och-unga units in the caller's reach, classified today from their
 * recorded status, dispensation date and places on högskolekurser.
 */
@Injectable()
export class QualificationService {
  constructor(private readonly data: ScopedData) {}

  list(actor: Actor, unitId?: string, today = todayInSweden()): Promise<QualificationList> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const within = unitId ? await tx.unitSubtree(unitId) : undefined;
        const p = tx.params();
        const filter = tx.staffFilter(p, { within });
        const day = p.add(today, 'date');
        const rows = await tx.query<QualificationRow>(
          `WITH staff AS (
             SELECT s.*, u.name AS unit_name,
                    ARRAY(SELECT DISTINCT c.title FROM participation pa
                          JOIN course_session cs ON cs.id = pa.session_id JOIN course c ON c.id = cs.course_id
                          WHERE pa.staff_member_id = s.id AND c.type = 'university_course'
                            AND pa.status IN ('planned', 'booked', 'completed') ORDER BY c.title) AS courses,
                    EXISTS (SELECT 1 FROM participation pa
                            JOIN course_session cs ON cs.id = pa.session_id JOIN course c ON c.id = cs.course_id
                            WHERE pa.staff_member_id = s.id AND c.type = 'university_course'
                              AND pa.status IN ('planned', 'booked') AND cs.ends_on >= ${day}) AS studying
             FROM staff_member s
             JOIN org_unit u ON u.id = s.unit_id
             JOIN service_area sa ON sa.id = u.service_area_id
             WHERE ${filter} AND sa.code = 'barn-och-unga' AND s.role = 'caseworker'
               AND (s.employment_end IS NULL OR s.employment_end >= ${day})
           )
           SELECT id AS "staffMemberId", employee_number AS "employeeNumber", first_name AS "firstName",
                  last_name AS "lastName", unit_name AS "unitName", degree::text AS degree,
                  CASE WHEN qualification_status = 'qualified' THEN 'qualified'
                       WHEN qualification_status = 'dispensation' AND dispensation_until >= ${day} THEN 'dispensation'
                       WHEN qualification_status = 'in_education' OR studying THEN 'in_education'
                       ELSE 'not_qualified' END AS classification,
                  dispensation_until::text AS "dispensationUntil",
                  coalesce(qualification_status = 'dispensation' AND dispensation_until >= ${day}
                    AND dispensation_until <= ${day} + ${p.add(DISPENSATION_ALERT_DAYS, 'int')}, false) AS "dispensationAlert",
                  coalesce(qualification_status = 'dispensation' AND dispensation_until < ${day}, false) AS "dispensationExpired",
                  courses AS "educationCourses"
           FROM staff
           ORDER BY unit_name, last_name, first_name`,
          p,
        );
        await tx.recordRead('staff_record', rows.map((r) => r.staffMemberId));
        return { today, rows };
      },
      'Unit',
    );
  }
}
