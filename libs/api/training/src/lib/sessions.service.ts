import { Injectable } from '@nestjs/common';
import {
  type Actor,
  NotFoundError,
  ScopedData,
  SqlParams,
  type TierTransaction,
  ValidationFailedError,
} from '@kl/api/core';
import type {
  CourseSession,
  CreateSessionRequest,
  FieldErrorCode,
  SessionsQuery,
} from '@kl/shared/contracts';
import { courseReach, isOwn, loadCourses } from './course-rows';

interface SessionRow extends Omit<CourseSession, 'owner'> {
  municipalityId: string | null;
  countyCode: string;
}

/**
 * Kurstillfällen and the session calendar. A kommun organises sessions of any course it reaches;
 * the regional analyst organises the län's. The organiser gives seats to other kommuner of the
 * län; each kommun books within its own seats, so no kommun ever counts another's participants.
 */
@Injectable()
export class SessionsService {
  constructor(private readonly data: ScopedData) {}

  list(actor: Actor, query: SessionsQuery = {}): Promise<CourseSession[]> {
    return this.inTier(actor, async (tx) => {
      const p = new SqlParams();
      const where = [
        query.from ? `s.ends_on >= ${p.add(query.from, 'date')}` : 'true',
        query.to ? `s.starts_on <= ${p.add(query.to, 'date')}` : 'true',
      ].join(' AND ');
      return loadSessions(tx, p, where);
    });
  }

  get(actor: Actor, id: string): Promise<CourseSession> {
    return this.inTier(actor, (tx) => requireSession(tx, id));
  }

  create(actor: Actor, courseId: string, request: CreateSessionRequest): Promise<CourseSession> {
    return this.inTier(actor, (tx) => createSession(tx, courseId, request));
  }

  private inTier<T>(actor: Actor, work: (tx: TierTransaction) => Promise<T>): Promise<T> {
    if (actor.scope.kind === 'national') return Promise.reject(new NotFoundError('Session'));
    return this.data.inOwnTier(actor, work, 'Session');
  }
}

/**
 * A session of a course the caller reaches, with seats given to kommuner of the län, audited:
 * a kommun organises sessions of any course it reaches, the län's analyst only the län's (the demo
 * seed writes the län's sessions through here too).
 */
export async function createSession(
  tx: TierTransaction,
  courseId: string,
  request: CreateSessionRequest,
): Promise<CourseSession> {
  const p = new SqlParams();
  const [course] = await loadCourses(tx, p, `c.id = ${p.add(courseId, 'uuid')}`);
  // The län's analyst organises only the län's courses; a kommun any course it reaches.
  if (!course || (tx.municipalityId === null && !isOwn(tx, course)))
    throw new NotFoundError('Course');
  const seats = await validateSession(tx, request, course.countyCode);
  const [{ id }] = await tx.query<{ id: string }>(
    `INSERT INTO course_session (course_id, municipality_id, county_code, starts_on, ends_on, place, online, capacity)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      courseId,
      tx.municipalityId,
      course.countyCode,
      request.startsOn,
      request.endsOn,
      request.place ?? null,
      request.online,
      request.capacity,
    ],
  );
  if (seats.length > 0) {
    await tx.query(
      `INSERT INTO course_session_seat (session_id, municipality_id, organiser_municipality_id, seats)
       SELECT $1, x.m, $2, x.seats FROM unnest($3::uuid[], $4::int[]) AS x(m, seats)`,
      [id, tx.municipalityId, seats.map((s) => s.municipalityId), seats.map((s) => s.seats)],
    );
  }
  const session = await requireSession(tx, id);
  await tx.audit({
    entityType: 'course_session',
    entityId: id,
    action: 'create',
    before: null,
    after: session,
  });
  return session;
}

/**
 * Sessions of the courses the caller reaches, with the seats of the caller's kommun: the seats
 * given to it, or for the organiser the capacity less what it gave out; and how many it has taken
 * (every participation but a cancelled one). Three subqueries per session, no query per row.
 */
export function loadSessions(
  tx: TierTransaction,
  p: SqlParams,
  where = 'true',
): Promise<CourseSession[]> {
  return tx
    .query<SessionRow>(
      `SELECT s.id, s.course_id AS "courseId", c.title AS "courseTitle", s.municipality_id AS "municipalityId",
              s.county_code AS "countyCode", s.starts_on::text AS "startsOn", s.ends_on::text AS "endsOn",
              s.place, s.online, s.capacity, s.row_version AS version,
              coalesce((SELECT json_agg(json_build_object('municipalityCode', m.code, 'municipalityName', m.name,
                                                          'seats', x.seats) ORDER BY m.code)
                        FROM course_session_seat x JOIN municipality m ON m.id = x.municipality_id
                        WHERE x.session_id = s.id), '[]') AS seats,
              ${ourSeats(tx, p)} AS "ourSeats", ${ourTaken(tx, p)} AS "ourTaken"
       FROM course_session s JOIN course c ON c.id = s.course_id
       WHERE ${courseReach(tx, p)} AND ${where}
       ORDER BY s.starts_on, c.title, s.id`,
      p,
    )
    .then((rows) =>
      rows.map(({ municipalityId, countyCode, ...row }) => ({
        ...row,
        owner: municipalityId
          ? { kind: 'kommun' as const, municipalityId }
          : { kind: 'county' as const, countyCode },
      })),
    );
}

/** The seats of the caller's kommun on session `s`: given to it, or for the organiser the capacity less what it gave out. */
export function ourSeats(tx: TierTransaction, p: SqlParams): string {
  const kommun = tx.municipalityId === null ? 'NULL::uuid' : p.once('kommun', tx.municipalityId, 'uuid');
  const organiser = tx.municipalityId === null ? `s.municipality_id IS NULL` : `s.municipality_id IS NOT DISTINCT FROM ${kommun}`;
  return `(CASE WHEN ${organiser}
             THEN s.capacity - coalesce((SELECT sum(x.seats) FROM course_session_seat x WHERE x.session_id = s.id), 0)
             ELSE coalesce((SELECT x.seats FROM course_session_seat x WHERE x.session_id = s.id AND x.municipality_id = ${kommun}), 0)
           END)::int`;
}

/** The seats of session `s` the caller's kommun has taken: every participation but a cancelled one. */
export function ourTaken(tx: TierTransaction, p: SqlParams): string {
  if (tx.municipalityId === null) return '0';
  const kommun = p.once('kommun', tx.municipalityId, 'uuid');
  return `(SELECT count(*) FROM participation pa
           WHERE pa.municipality_id = ${kommun} AND pa.session_id = s.id AND pa.status <> 'cancelled')::int`;
}

export async function requireSession(tx: TierTransaction, id: string): Promise<CourseSession> {
  const p = new SqlParams();
  const [session] = await loadSessions(tx, p, `s.id = ${p.add(id, 'uuid')}`);
  if (!session) throw new NotFoundError('Session');
  return session;
}

/** Dates in order, seats to kommuner of the course's län other than the organiser, within capacity. */
async function validateSession(
  tx: TierTransaction,
  request: CreateSessionRequest,
  countyCode: string,
): Promise<{ municipalityId: string; seats: number }[]> {
  const errors: Record<string, FieldErrorCode> = {};
  if (request.endsOn < request.startsOn) errors['endsOn'] = 'before_start';
  const codes = (request.seats ?? []).map((s) => s.municipalityCode);
  const found = await tx.query<{ id: string; code: string }>(
    `SELECT m.id, m.code FROM municipality m JOIN county co ON co.id = m.county_id
     WHERE co.code = $1 AND m.code = ANY($2::text[])`,
    [countyCode, codes],
  );
  const idOf = new Map(found.map((m) => [m.code, m.id]));
  const seen = new Set<string>();
  let given = 0;
  (request.seats ?? []).forEach((s, i) => {
    const id = idOf.get(s.municipalityCode);
    if (!id || id === tx.municipalityId) errors[`seats.${i}.municipalityCode`] = 'invalid_value';
    if (seen.has(s.municipalityCode)) errors[`seats.${i}`] = 'not_unique';
    seen.add(s.municipalityCode);
    given += s.seats;
  });
  if (given > request.capacity) errors['seats'] = 'max';
  if (Object.keys(errors).length > 0) throw new ValidationFailedError(errors);
  return (request.seats ?? []).map((s) => ({
    municipalityId: idOf.get(s.municipalityCode) as string,
    seats: s.seats,
  }));
}
