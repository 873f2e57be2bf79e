import { Injectable } from '@nestjs/common';
import {
  type Actor,
  type KommunTransaction,
  NotFoundError,
  ScopedData,
  StaleVersionError,
  ValidationFailedError,
} from '@kl/api/core';
import type {
  BookParticipantsRequest,
  FieldErrorCode,
  FundingSource,
  Participation,
  ParticipationStatus,
  UpdateParticipationRequest,
} from '@kl/shared/contracts';
import { fromScaled, toScaled } from '@kl/shared/util';
import { moneyText } from './dto/money';
import { grantLeft } from './funding.service';
import { loadParticipations } from './participation-rows';
import { requireSession } from './sessions.service';
import {
  GrantExceededError,
  ParticipationOverlapError,
  ParticipationStatusError,
  SessionFullError,
} from './training.errors';

/** Where a participation may go from each status; the last three are final. */
const NEXT: Readonly<Record<ParticipationStatus, readonly ParticipationStatus[]>> = {
  planned: ['booked', 'cancelled'],
  booked: ['completed', 'cancelled', 'no_show'],
  completed: [],
  cancelled: [],
  no_show: [],
};

/**
 * Deltagande: booking people on sessions and moving them on. Bookings of a kommun take turns (an
 * advisory lock), so the seat count and the overlap check hold under concurrent requests.
 */
@Injectable()
export class ParticipationService {
  constructor(private readonly data: ScopedData) {}

  /**
   * Books people (a whole team at once) all or nothing. Administrators book anyone in the kommun,
   * team leaders the staff of their units, a caseworker only asks for themself (`planned`); anyone
   * else in the list is 404, as everywhere.
   */
  book(
    actor: Actor,
    sessionId: string,
    request: BookParticipantsRequest,
  ): Promise<Participation[]> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const ids = request.staffMemberIds.map((id) => id.toLowerCase());
        const errors: Record<string, FieldErrorCode> = {};
        if (new Set(ids).size !== ids.length) errors['staffMemberIds'] = 'not_unique';
        if (actor.role === 'caseworker' && request.status !== 'planned')
          errors['status'] = 'not_allowed';
        const session = await requireSession(tx, sessionId);
        const year = Number(session.startsOn.slice(0, 4));
        await checkFunding(tx, request.fundingSource, request.grantId ?? null, year, errors);
        if (Object.keys(errors).length > 0) throw new ValidationFailedError(errors);
        await lockBookings(tx);
        await requireAllStaff(tx, ids);

        const [{ taken }] = await tx.query<{ taken: number }>(
          `SELECT count(*)::int AS taken FROM participation
           WHERE municipality_id = $1 AND session_id = $2 AND status <> 'cancelled'`,
          [tx.municipalityId, sessionId],
        );
        const left = session.ourSeats - taken;
        if (ids.length > left) throw new SessionFullError(Math.max(0, left));
        const overlapping = await tx.query<{ id: string }>(
          `SELECT DISTINCT pa.staff_member_id AS id FROM participation pa JOIN course_session s ON s.id = pa.session_id
           WHERE pa.municipality_id = $1 AND pa.staff_member_id = ANY($2::uuid[])
             AND pa.status NOT IN ('cancelled', 'no_show')
             AND s.starts_on <= $4::date AND s.ends_on >= $3::date`,
          [tx.municipalityId, ids, session.startsOn, session.endsOn],
        );
        if (overlapping.length > 0)
          throw new ParticipationOverlapError(overlapping.map((r) => r.id));
        const cost = request.cost
          ? moneyText(request.cost)
          : await courseCost(tx, session.courseId);
        if (request.grantId) {
          await requireGrantRoom(tx, request.grantId, toScaled(cost, 2) * BigInt(ids.length), null);
        }
        const rows = await tx.query<{ id: string; staffMemberId: string }>(
          `INSERT INTO participation (municipality_id, staff_member_id, session_id, status, cost, funding_source, grant_id)
           SELECT $1, x.id, $2, $3::participation_status, $4, $5::funding_source, $6 FROM unnest($7::uuid[]) AS x(id)
           RETURNING id, staff_member_id AS "staffMemberId"`,
          [
            tx.municipalityId,
            sessionId,
            request.status,
            cost,
            request.fundingSource,
            request.grantId ?? null,
            ids,
          ],
        );
        await tx.audit(
          rows.map((row) => ({
            entityType: 'participation' as const,
            entityId: row.id,
            action: 'create' as const,
            before: null,
            after: {
              staffMemberId: row.staffMemberId,
              sessionId,
              status: request.status,
              cost,
              fundingSource: request.fundingSource,
              grantId: request.grantId ?? null,
            },
          })),
        );
        const p = tx.params();
        return loadParticipations(
          tx,
          p,
          `pa.id = ANY(${p.add(
            rows.map((r) => r.id),
            'uuid[]',
          )})`,
        );
      },
      'Session',
    );
  }

  /** A status move (cancelled with a reason) or new funding, onto the version read. */
  update(actor: Actor, id: string, request: UpdateParticipationRequest): Promise<Participation> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        await lockBookings(tx);
        const current = await requireParticipation(tx, id);
        if (current.version !== request.version)
          throw new StaleVersionError('Participation', current);
        const status = request.status ?? current.status;
        if (status !== current.status && !NEXT[current.status].includes(status))
          throw new ParticipationStatusError(current.status, status);
        const errors: Record<string, FieldErrorCode> = {};
        const reason =
          status === 'cancelled'
            ? (request.cancellationReason ?? current.cancellationReason)
            : null;
        if (status === 'cancelled' && !reason) errors['cancellationReason'] = 'required';
        if (status !== 'cancelled' && request.cancellationReason)
          errors['cancellationReason'] = 'not_allowed';
        const fundingSource = request.fundingSource ?? current.fundingSource;
        const grantId =
          request.grantId !== undefined
            ? request.grantId
            : fundingSource === 'grant'
              ? current.grantId
              : null;
        await checkFunding(
          tx,
          fundingSource,
          grantId,
          Number(current.startsOn.slice(0, 4)),
          errors,
        );
        if (Object.keys(errors).length > 0) throw new ValidationFailedError(errors);
        const cost = request.cost ? moneyText(request.cost) : current.cost;
        if (grantId && status !== 'cancelled') {
          await requireGrantRoom(tx, grantId, toScaled(cost, 2), id);
        }
        await tx.modify(
          `UPDATE participation SET status = $3::participation_status, cancellation_reason = $4::cancellation_reason,
                  funding_source = $5::funding_source, grant_id = $6, cost = $7,
                  row_version = row_version + 1, updated_at = now()
           WHERE municipality_id = $1 AND id = $2 RETURNING id`,
          [tx.municipalityId, id, status, reason, fundingSource, grantId, cost],
        );
        const after = await requireParticipation(tx, id);
        await tx.audit({
          entityType: 'participation',
          entityId: id,
          action: 'update',
          before: auditView(current),
          after: auditView(after),
        });
        return after;
      },
      'Participation',
    );
  }

  /** Who of the caller's reach is on a session; logged as a read of their data. */
  forSession(actor: Actor, sessionId: string): Promise<Participation[]> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        await requireSession(tx, sessionId);
        const p = tx.params();
        const rows = await loadParticipations(tx, p, `pa.session_id = ${p.add(sessionId, 'uuid')}`);
        await tx.recordRead(
          'participation',
          rows.map((r) => r.staffMemberId),
        );
        return rows;
      },
      'Session',
    );
  }

  /** One person's bookings (their own, or someone in the caller's reach). */
  forStaff(actor: Actor, staffMemberId: string): Promise<Participation[]> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        await tx.requireStaff(staffMemberId);
        await tx.recordRead('participation', [staffMemberId]);
        const p = tx.params();
        return loadParticipations(tx, p, `pa.staff_member_id = ${p.add(staffMemberId, 'uuid')}`);
      },
      'Staff member',
    );
  }
}

function auditView(p: Participation): Record<string, unknown> {
  const { status, cancellationReason, cost, fundingSource, grantId, staffMemberId, sessionId } = p;
  return { staffMemberId, sessionId, status, cancellationReason, cost, fundingSource, grantId };
}

async function lockBookings(tx: KommunTransaction): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
    `participation:${tx.municipalityId}`,
  ]);
}

async function requireParticipation(tx: KommunTransaction, id: string): Promise<Participation> {
  const p = tx.params();
  const [row] = await loadParticipations(tx, p, `pa.id = ${p.add(id, 'uuid')}`);
  if (!row) throw new NotFoundError('Participation');
  return row;
}

/** Every person in the caller's reach, or 404 (which of them is not disclosed). */
async function requireAllStaff(tx: KommunTransaction, ids: readonly string[]): Promise<void> {
  const p = tx.params();
  const rows = await tx.query<{ id: string }>(
    `SELECT s.id FROM staff_member s WHERE s.id = ANY(${p.add(ids, 'uuid[]')}) AND ${tx.staffFilter(p)}`,
    p,
  );
  if (rows.length !== ids.length) throw new NotFoundError('Staff member');
}

/** A grant only with the grant source, and then one of the kommun's for the session's year. */
async function checkFunding(
  tx: KommunTransaction,
  source: FundingSource,
  grantId: string | null,
  year: number,
  errors: Record<string, FieldErrorCode>,
): Promise<void> {
  if (source !== 'grant') {
    if (grantId) errors['grantId'] = 'not_allowed';
    return;
  }
  if (!grantId) {
    errors['grantId'] = 'required';
    return;
  }
  const rows = await tx.query<{ year: number }>(
    'SELECT year FROM state_grant WHERE municipality_id = $1 AND id = $2',
    [tx.municipalityId, grantId],
  );
  if (rows.length === 0 || rows[0].year !== year) errors['grantId'] = 'invalid_value';
}

/** Planned and bound costs on the grant (without `except`) plus `extra` may not pass what was granted. */
async function requireGrantRoom(
  tx: KommunTransaction,
  grantId: string,
  extra: bigint,
  except: string | null,
): Promise<void> {
  const left = await grantLeft(tx, grantId, except);
  if (extra > left) throw new GrantExceededError(fromScaled(left, 2));
}

async function courseCost(tx: KommunTransaction, courseId: string): Promise<string> {
  const [row] = await tx.query<{ cost: string }>(
    'SELECT cost_per_participant::text AS cost FROM course WHERE id = $1',
    [courseId],
  );
  return row.cost;
}
