import type { SqlParams, TierTransaction } from '@kl/api/core';
import type {
  Course,
  CourseTargetDegree,
  CourseTargetExperience,
  CourseTopic,
  StaffRole,
} from '@kl/shared/contracts';

/** A course as read, before the caller's `editable` is known. */
export interface CourseRow extends Omit<Course, 'owner' | 'editable' | 'targetGroup'> {
  municipalityId: string | null;
  countyCode: string;
  targetRole: StaffRole | null;
  targetDegree: CourseTargetDegree;
  targetExperience: CourseTargetExperience;
  topics: CourseTopic[];
}

const COURSE_SELECT = `
  SELECT c.id, c.municipality_id AS "municipalityId", c.county_code AS "countyCode", m.name AS "ownerName",
         c.shared, c.title, c.type, c.provider, c.credits::text AS credits, c.duration_days::text AS "durationDays",
         c.cost_per_participant::text AS "costPerParticipant", c.target_role AS "targetRole",
         c.target_degree AS "targetDegree", c.target_experience AS "targetExperience", c.row_version AS version,
         coalesce((SELECT json_agg(json_build_object('topicCode', t.topic_code, 'level', t.level) ORDER BY t.topic_code)
                   FROM course_topic t WHERE t.course_id = c.id), '[]') AS topics
  FROM course c LEFT JOIN municipality m ON m.id = c.municipality_id`;

/**
 * The courses a tier reaches, written out beside row-level security (which holds the same line):
 * a kommun its own and those shared in its län; the regional analyst the län's own.
 */
export function courseReach(tx: TierTransaction, p: SqlParams): string {
  if (tx.municipalityId !== null) {
    const kommun = p.once('kommun', tx.municipalityId, 'uuid');
    return `(c.municipality_id = ${kommun} OR (c.shared AND c.county_code =
      (SELECT co.code FROM municipality mm JOIN county co ON co.id = mm.county_id WHERE mm.id = ${kommun})))`;
  }
  return `(c.municipality_id IS NULL AND ${tx.countyFilter(p, 'c.county_code')})`;
}

/** The courses the caller reaches, optionally only `ids`, by title. */
export function loadCourses(
  tx: TierTransaction,
  p: SqlParams,
  where = 'true',
): Promise<CourseRow[]> {
  return tx.query<CourseRow>(
    `${COURSE_SELECT} WHERE ${courseReach(tx, p)} AND ${where} ORDER BY c.title, c.id`,
    p,
  );
}

/** Whether the caller may change the course: their kommun's own, or the län's for its analyst. */
export function isOwn(tx: TierTransaction, row: Pick<CourseRow, 'municipalityId'>): boolean {
  return row.municipalityId === tx.municipalityId;
}

export function toCourse(row: CourseRow, editable: boolean): Course {
  const { municipalityId, countyCode, targetRole, targetDegree, targetExperience, ...rest } = row;
  return {
    ...rest,
    owner: municipalityId ? { kind: 'kommun', municipalityId } : { kind: 'county', countyCode },
    targetGroup: { role: targetRole, degree: targetDegree, experience: targetExperience },
    editable,
  };
}
