import { Injectable } from '@nestjs/common';
import {
  type Actor,
  NotFoundError,
  ScopedData,
  SqlParams,
  StaleVersionError,
  type TierTransaction,
  ValidationFailedError,
} from '@kl/api/core';
import type { Course, FieldErrorCode, SaveCourseRequest } from '@kl/shared/contracts';
import { isOwn, loadCourses, toCourse } from './course-rows';
import { moneyText } from './dto/money';

/**
 * The course catalogue of both tiers: a kommun administrator keeps the kommun's courses (and may
 * share them with the län); the regional analyst keeps the län's, on the aggregate connection,
 * which can reach no person (ADR 0008). Everyone in a kommun reads what their kommun reaches.
 */
@Injectable()
export class CoursesService {
  constructor(private readonly data: ScopedData) {}

  list(actor: Actor): Promise<Course[]> {
    return this.inTier(actor, async (tx) => {
      const rows = await loadCourses(tx, new SqlParams());
      return rows.map((row) => toCourse(row, this.mayEdit(actor, tx, row)));
    });
  }

  get(actor: Actor, id: string): Promise<Course> {
    return this.inTier(actor, async (tx) => {
      const p = new SqlParams();
      const [row] = await loadCourses(tx, p, `c.id = ${p.add(id, 'uuid')}`);
      if (!row) throw new NotFoundError('Course');
      return toCourse(row, this.mayEdit(actor, tx, row));
    });
  }

  create(actor: Actor, request: SaveCourseRequest): Promise<Course> {
    return this.inTier(actor, (tx) =>
      createCourse(tx, request, actor.scope.kind === 'county' ? actor.scope.countyCode : null),
    );
  }

  /** Replaces a course the caller owns, onto the version they read (409 with the current course otherwise). */
  update(actor: Actor, id: string, request: SaveCourseRequest): Promise<Course> {
    return this.inTier(actor, async (tx) => {
      const before = await this.reread(actor, tx, id).catch(() => null);
      if (!before || !before.editable) throw new NotFoundError('Course');
      await validateTopics(tx, request, request.version === undefined);
      if (before.version !== request.version) throw new StaleVersionError('Course', before);
      const shared = tx.municipalityId === null ? true : (request.shared ?? before.shared);
      const updated = await tx.query<{ id: string }>(
        `UPDATE course SET shared = $2, title = $3, type = $4, provider = $5, credits = $6, duration_days = $7,
                cost_per_participant = $8, target_role = $9, target_degree = $10, target_experience = $11,
                row_version = row_version + 1, updated_at = now()
         WHERE id = $1 AND row_version = $12 RETURNING id`,
        [id, shared, ...courseValues(request), request.version],
      );
      if (rowsOf(updated).length === 0)
        throw new StaleVersionError('Course', await this.reread(actor, tx, id));
      await tx.query('DELETE FROM course_topic WHERE course_id = $1', [id]);
      await writeTopics(tx, id, request);
      const after = await this.reread(actor, tx, id);
      await tx.audit({ entityType: 'course', entityId: id, action: 'update', before, after });
      return after;
    });
  }

  private async reread(actor: Actor, tx: TierTransaction, id: string): Promise<Course> {
    const p = new SqlParams();
    const [row] = await loadCourses(tx, p, `c.id = ${p.add(id, 'uuid')}`);
    if (!row) throw new NotFoundError('Course');
    return toCourse(row, this.mayEdit(actor, tx, row));
  }

  private mayEdit(
    actor: Actor,
    tx: TierTransaction,
    row: { municipalityId: string | null },
  ): boolean {
    return (
      isOwn(tx, row) && (actor.role === 'municipality_admin' || actor.role === 'regional_analyst')
    );
  }

  /** The kommun roles in their kommun, the regional analyst in the län; the national tier has no catalogue. */
  private inTier<T>(actor: Actor, work: (tx: TierTransaction) => Promise<T>): Promise<T> {
    if (actor.scope.kind === 'national') return Promise.reject(new NotFoundError('Course'));
    return this.data.inOwnTier(actor, work, 'Course');
  }
}

/**
 * A new course of the transaction's tier, audited: the kommun's own (shared when asked), or the
 * län's (`countyCode`, always shared) on the regional analyst's connection. The demo seed writes
 * the län's courses through here too.
 */
export async function createCourse(
  tx: TierTransaction,
  request: SaveCourseRequest,
  countyCode: string | null,
): Promise<Course> {
  await validateTopics(tx, request);
  const county = tx.municipalityId === null;
  const [{ id }] = await tx.query<{ id: string }>(
    `INSERT INTO course (municipality_id, county_code, shared, title, type, provider, credits, duration_days,
                         cost_per_participant, target_role, target_degree, target_experience)
     VALUES ($1, ${county ? '$12' : '(SELECT co.code FROM municipality m JOIN county co ON co.id = m.county_id WHERE m.id = $1)'},
             $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     RETURNING id`,
    [
      tx.municipalityId,
      county ? true : (request.shared ?? false),
      ...courseValues(request),
      ...(county ? [countyCode] : []),
    ],
  );
  await writeTopics(tx, id, request);
  const p = new SqlParams();
  const [row] = await loadCourses(tx, p, `c.id = ${p.add(id, 'uuid')}`);
  // Only a keeper creates, and a course is its creator's own.
  const course = toCourse(row, true);
  await tx.audit({
    entityType: 'course',
    entityId: id,
    action: 'create',
    before: null,
    after: course,
  });
  return course;
}

/** `UPDATE … RETURNING` answers `[rows, count]` through TypeORM; INSERT answers rows. */
function rowsOf<T>(result: T[] | [T[], number]): T[] {
  return Array.isArray(result[0]) ? (result[0] as T[]) : (result as T[]);
}

function courseValues(r: SaveCourseRequest): unknown[] {
  return [
    r.title,
    r.type,
    r.provider,
    r.credits ? r.credits.replace(',', '.') : null,
    r.durationDays ? r.durationDays.replace(',', '.') : null,
    moneyText(r.costPerParticipant),
    r.targetGroup.role,
    r.targetGroup.degree,
    r.targetGroup.experience,
  ];
}

/** Every topic a code of a published framework the tier sees, each once; `version` required on PUT. */
async function validateTopics(
  tx: TierTransaction,
  request: SaveCourseRequest,
  versionMissing = false,
): Promise<void> {
  const errors: Record<string, FieldErrorCode> = {};
  if (versionMissing) errors['version'] = 'required';
  const codes = request.topics.map((t) => t.topicCode);
  const known = new Set(
    (
      await tx.query<{ code: string }>(
        `SELECT DISTINCT t.code FROM competence_topic t JOIN competence_framework f ON f.id = t.framework_id
         WHERE f.status = 'published' AND t.code = ANY($1::text[])`,
        [codes],
      )
    ).map((r) => r.code),
  );
  const seen = new Set<string>();
  codes.forEach((code, i) => {
    if (!known.has(code)) errors[`topics.${i}.topicCode`] = 'invalid_value';
    if (seen.has(code)) errors[`topics.${i}`] = 'not_unique';
    seen.add(code);
  });
  if (Object.keys(errors).length > 0) throw new ValidationFailedError(errors);
}

async function writeTopics(
  tx: TierTransaction,
  courseId: string,
  r: SaveCourseRequest,
): Promise<void> {
  if (r.topics.length === 0) return;
  await tx.query(
    `INSERT INTO course_topic (course_id, topic_code, level)
     SELECT $1, x.code, x.level::course_level FROM unnest($2::text[], $3::text[]) AS x(code, level)`,
    [courseId, r.topics.map((t) => t.topicCode), r.topics.map((t) => t.level)],
  );
}
