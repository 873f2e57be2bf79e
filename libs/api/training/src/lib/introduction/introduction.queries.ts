import type { KommunTransaction, SqlParams } from '@kl/api/core';
import type {
  IntroductionStepProgress,
  IntroductionSummary,
  MentorLoad,
  NewStaffIntroduction,
} from '@kl/shared/contracts';

const STAFF = { id: 'sm.id', unitId: 'sm.unit_id', municipalityId: 'sm.municipality_id' };

/**
 * Who may read an introduction `i` of staff member `sm`: the caller's reach (HR the kommun, a
 * team leader their units, a caseworker themself) or being the person's mentor.
 */
function readable(tx: KommunTransaction, p: SqlParams): { reach: string; asMentor: string } {
  const reach = tx.staffFilter(p, { columns: STAFF });
  const mentor = tx.selfStaffMemberId
    ? `i.mentor_staff_member_id = ${p.add(tx.selfStaffMemberId, 'uuid')}`
    : 'false';
  return { reach, asMentor: `(NOT (${reach}) AND ${mentor})` };
}

/**
 * Each step of the introductions in `introductions` (a CTE with columns of `staff_introduction`):
 * due `due_week` weeks after the start; a course step done on the last day of the person's first
 * completed session of the course, any other step when marked.
 */
const STEP_PROGRESS = (introductions: string) => `
  step_progress AS (
    SELECT i.id AS introduction_id, st.id AS step_id, st.position, st.kind, st.title, st.due_week, st.course_id,
           c.title AS course_title, (i.start_date + st.due_week * 7) AS due_on,
           CASE WHEN st.kind = 'course' THEN cp.done_on ELSE m.done_on END AS done_on,
           CASE WHEN st.kind = 'course' THEN NULL ELSE m.done_by_user_id END AS done_by_user_id,
           CASE WHEN st.kind = 'course' THEN CASE WHEN cp.done_on IS NOT NULL THEN 'participation' END
                WHEN m.id IS NOT NULL THEN 'marked' END AS source
    FROM ${introductions} i
    JOIN introduction_programme_step st ON st.programme_id = i.programme_id
    LEFT JOIN course c ON c.id = st.course_id
    LEFT JOIN staff_introduction_step m ON m.introduction_id = i.id AND m.step_id = st.id
    LEFT JOIN LATERAL (
      SELECT min(s.ends_on) AS done_on FROM participation pa JOIN course_session s ON s.id = pa.session_id
      WHERE pa.municipality_id = i.municipality_id AND pa.staff_member_id = i.staff_member_id
        AND pa.status = 'completed' AND s.course_id = st.course_id
    ) cp ON st.kind = 'course'
  )`;

/** The introductions the caller may read (optionally one, or those of staff within units), newest start first. */
export function loadIntroductions(
  tx: KommunTransaction,
  today: string,
  options: { id?: string; within?: readonly string[] } = {},
): Promise<IntroductionSummary[]> {
  const p = tx.params();
  const { reach, asMentor } = readable(tx, p);
  const within = options.within ? `AND sm.unit_id = ANY(${p.add(options.within, 'uuid[]')})` : '';
  const one = options.id ? `AND i.id = ${p.add(options.id, 'uuid')}` : '';
  const day = p.add(today, 'date');
  return tx.query<IntroductionSummary>(
    `WITH reached AS (
       SELECT i.*, ${asMentor} AS as_mentor
       FROM staff_introduction i JOIN staff_member sm ON sm.id = i.staff_member_id
       WHERE i.municipality_id = $1 AND (${reach} OR ${asMentor}) ${within} ${one}
     ), ${STEP_PROGRESS('reached')}
     SELECT i.id, sm.id AS "staffMemberId", sm.first_name AS "firstName", sm.last_name AS "lastName",
            u.id AS "unitId", u.name AS "unitName", pr.id AS "programmeId", pr.name AS "programmeName",
            i.mentor_staff_member_id AS "mentorStaffMemberId",
            CASE WHEN ms.id IS NOT NULL THEN ms.first_name || ' ' || ms.last_name END AS "mentorName",
            i.start_date::text AS "startDate",
            count(sp.step_id)::int AS "stepCount", count(sp.done_on)::int AS "doneCount",
            count(sp.step_id) FILTER (WHERE sp.done_on IS NULL AND sp.due_on < ${day})::int AS "overdueCount",
            count(sp.step_id) FILTER (WHERE sp.done_on IS NULL) > 0 AS active,
            i.as_mentor AS "asMentor", i.row_version AS version
     FROM reached i
     JOIN staff_member sm ON sm.id = i.staff_member_id
     JOIN org_unit u ON u.id = sm.unit_id
     JOIN introduction_programme pr ON pr.id = i.programme_id
     LEFT JOIN staff_member ms ON ms.id = i.mentor_staff_member_id
     LEFT JOIN step_progress sp ON sp.introduction_id = i.id
     GROUP BY i.id, i.mentor_staff_member_id, i.start_date, i.as_mentor, i.row_version, sm.id, u.id, pr.id, ms.id
     ORDER BY i.start_date DESC, sm.last_name, sm.first_name, i.id`,
    p,
  );
}

/** The steps of one introduction (already found readable) with their progress, in programme order. */
export function loadStepProgress(
  tx: KommunTransaction,
  introductionId: string,
  today: string,
): Promise<IntroductionStepProgress[]> {
  return tx.query<IntroductionStepProgress>(
    `WITH one AS (SELECT * FROM staff_introduction WHERE municipality_id = $1 AND id = $2),
     ${STEP_PROGRESS('one')}
     SELECT sp.step_id AS id, sp.kind, sp.title, sp.due_week AS "dueWeek", sp.course_id AS "courseId",
            sp.course_title AS "courseTitle", sp.due_on::text AS "dueOn", sp.done_on::text AS "doneOn",
            a.display_name AS "doneByName", sp.source,
            (sp.done_on IS NULL AND sp.due_on < $3::date) AS overdue
     FROM step_progress sp LEFT JOIN user_account a ON a.id = sp.done_by_user_id
     ORDER BY sp.position, sp.step_id`,
    [tx.municipalityId, introductionId, today],
  );
}

/**
 * New staff in the caller's reach, without their own record: still employed, started within the
 * last `months` months or with less than a year of experience; with their introduction, if any.
 */
export function loadNewStaff(
  tx: KommunTransaction,
  today: string,
  months: number,
  within?: readonly string[],
): Promise<NewStaffIntroduction[]> {
  const p = tx.params();
  const filter = tx.staffFilter(p, { excludeSelf: true, within, columns: STAFF });
  const day = p.add(today, 'date');
  const since = `(${day} - make_interval(months => ${p.add(months, 'int')}))::date`;
  return tx.query<NewStaffIntroduction>(
    `SELECT sm.id AS "staffMemberId", sm.first_name AS "firstName", sm.last_name AS "lastName",
            u.id AS "unitId", u.name AS "unitName", sm.role, sm.employment_start::text AS "employmentStart",
            sm.experience_start::text AS "experienceStart", i.id AS "introductionId", pr.name AS "programmeName",
            CASE WHEN ms.id IS NOT NULL THEN ms.first_name || ' ' || ms.last_name END AS "mentorName",
            i.id IS NULL AS "noProgramme", i.mentor_staff_member_id IS NULL AS "noMentor"
     FROM staff_member sm
     JOIN org_unit u ON u.id = sm.unit_id
     LEFT JOIN staff_introduction i ON i.staff_member_id = sm.id
     LEFT JOIN introduction_programme pr ON pr.id = i.programme_id
     LEFT JOIN staff_member ms ON ms.id = i.mentor_staff_member_id
     WHERE ${filter} AND sm.employment_start <= ${day}
       AND (sm.employment_end IS NULL OR sm.employment_end >= ${day})
       AND (sm.employment_start > ${since} OR sm.experience_start > (${day} - interval '1 year')::date)
     ORDER BY sm.employment_start DESC, sm.last_name, sm.first_name, sm.id`,
    p,
  );
}

/** Per mentor of the introductions in the caller's reach: their mentees and how many of those introductions are still active. */
export function loadMentorLoad(tx: KommunTransaction): Promise<MentorLoad[]> {
  const p = tx.params();
  return tx.query<MentorLoad>(
    `WITH mentored AS (
       SELECT i.* FROM staff_introduction i JOIN staff_member sm ON sm.id = i.staff_member_id
       WHERE i.municipality_id = $1 AND i.mentor_staff_member_id IS NOT NULL AND ${tx.staffFilter(p, { columns: STAFF })}
     ), ${STEP_PROGRESS('mentored')},
     per_introduction AS (
       SELECT i.id, i.mentor_staff_member_id,
              EXISTS (SELECT 1 FROM step_progress sp WHERE sp.introduction_id = i.id AND sp.done_on IS NULL) AS active
       FROM mentored i
     )
     SELECT ms.id AS "staffMemberId", ms.first_name AS "firstName", ms.last_name AS "lastName", u.name AS "unitName",
            count(*)::int AS mentees, count(*) FILTER (WHERE pi.active)::int AS "activeIntroductions"
     FROM per_introduction pi
     JOIN staff_member ms ON ms.id = pi.mentor_staff_member_id
     JOIN org_unit u ON u.id = ms.unit_id
     GROUP BY ms.id, u.name
     ORDER BY "activeIntroductions" DESC, mentees DESC, ms.last_name, ms.first_name, ms.id`,
    p,
  );
}
