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
  FieldErrorCode,
  SaveSupervisionArrangementRequest,
  SupervisionArrangement,
  SupervisionFlagList,
  SupervisorCandidate,
} from '@kl/shared/contracts';
import { todayInSweden } from '@kl/shared/util';
import {
  loadArrangements,
  loadCurrentRounds,
  loadFlags,
  loadSupervisorCandidates,
} from './supervision.queries';

/**
 * Support for those who lack competence (docs/training.md, Support): ärendehandledning per person
 * and topic, the people assessed *saknar* without it, and who can give it.
 */
@Injectable()
export class SupervisionService {
  constructor(private readonly data: ScopedData) {}

  /** HR: the kommun; team leader: their units; caseworker: their own arrangements. */
  list(actor: Actor, staffMemberId?: string): Promise<SupervisionArrangement[]> {
    return this.data.inKommun(actor, async (tx) => {
      const rows = await loadArrangements(tx, todayInSweden(), { staffMemberId });
      await tx.recordRead('staff_record', rows.map((r) => r.staffMemberId));
      return rows;
    });
  }

  create(actor: Actor, request: SaveSupervisionArrangementRequest): Promise<SupervisionArrangement> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        await checkRequest(tx, request);
        const [{ id }] = await tx.query<{ id: string }>(
          `INSERT INTO supervision_arrangement (municipality_id, staff_member_id, topic_code, form, supervisor_staff_member_id,
                  external_supervisor, frequency, starts_on, ends_on, note)
           VALUES ($1, $2, $3, $4::supervision_form, $5, $6, $7::supervision_frequency, $8, $9, $10) RETURNING id`,
          [tx.municipalityId, ...columns(request)],
        );
        const after = await requireArrangement(tx, id);
        await tx.audit({
          entityType: 'supervision_arrangement',
          entityId: id,
          action: 'create',
          before: null,
          after: auditView(after),
        });
        return after;
      },
      'Staff member',
    );
  }

  /** A change on the version read (409 STALE_VERSION otherwise); the person stays the same. */
  update(
    actor: Actor,
    id: string,
    request: SaveSupervisionArrangementRequest,
  ): Promise<SupervisionArrangement> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const before = await requireArrangement(tx, id);
        if (request.version === undefined) throw new ValidationFailedError({ version: 'required' });
        if (request.staffMemberId !== before.staffMemberId)
          throw new ValidationFailedError({ staffMemberId: 'not_allowed' });
        await checkRequest(tx, request);
        const rows = await tx.modify<{ id: string }>(
          `UPDATE supervision_arrangement SET topic_code = $4, form = $5::supervision_form, supervisor_staff_member_id = $6,
                  external_supervisor = $7, frequency = $8::supervision_frequency, starts_on = $9, ends_on = $10, note = $11,
                  row_version = row_version + 1, updated_at = now()
           WHERE municipality_id = $1 AND id = $2 AND row_version = $12 AND staff_member_id = $3 RETURNING id`,
          [tx.municipalityId, id, ...columns(request), request.version],
        );
        if (rows.length === 0) throw new StaleVersionError('Supervision arrangement', before);
        const after = await requireArrangement(tx, id);
        await tx.audit({
          entityType: 'supervision_arrangement',
          entityId: id,
          action: 'update',
          before: auditView(before),
          after: auditView(after),
        });
        return after;
      },
      'Supervision arrangement',
    );
  }

  flags(actor: Actor, unitId?: string): Promise<SupervisionFlagList> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const within = unitId ? await tx.unitSubtree(unitId) : undefined;
        const rounds = await loadCurrentRounds(tx);
        const flags = await loadFlags(tx, rounds, todayInSweden(), within);
        await tx.recordRead('person_assessments', flags.map((f) => f.staffMemberId));
        return {
          rounds: rounds.map(({ id, name, referenceDate }) => ({ id, name, referenceDate })),
          flags,
        };
      },
      'Unit',
    );
  }

  supervisors(actor: Actor, topicCode: string): Promise<SupervisorCandidate[]> {
    return this.data.inKommun(actor, async (tx) =>
      loadSupervisorCandidates(tx, await loadCurrentRounds(tx), topicCode, todayInSweden()),
    );
  }
}

function columns(r: SaveSupervisionArrangementRequest): unknown[] {
  return [
    r.staffMemberId,
    r.topicCode,
    r.form,
    r.supervisorStaffMemberId,
    r.externalSupervisor,
    r.frequency,
    r.startsOn,
    r.endsOn,
    r.note ?? '',
  ];
}

async function requireArrangement(tx: KommunTransaction, id: string): Promise<SupervisionArrangement> {
  const [row] = await loadArrangements(tx, todayInSweden(), { id });
  if (!row) throw new NotFoundError('Supervision arrangement');
  return row;
}

/**
 * The person in the caller's reach (404 otherwise), a topic of a published framework, exactly one
 * supervisor (a staff member of the kommun, not the person, or an external name), an end on or after the start.
 */
async function checkRequest(tx: KommunTransaction, r: SaveSupervisionArrangementRequest): Promise<void> {
  await tx.requireStaff(r.staffMemberId);
  const errors: Record<string, FieldErrorCode> = {};
  const [{ known }] = await tx.query<{ known: boolean }>(
    'SELECT EXISTS (SELECT 1 FROM competence_topic WHERE code = $1) AS known',
    [r.topicCode],
  );
  if (!known) errors['topicCode'] = 'invalid_value';
  if ((r.supervisorStaffMemberId === null) === (r.externalSupervisor === null)) {
    errors[r.supervisorStaffMemberId === null ? 'supervisorStaffMemberId' : 'externalSupervisor'] =
      r.supervisorStaffMemberId === null ? 'required' : 'not_allowed';
  } else if (r.supervisorStaffMemberId !== null) {
    if (r.supervisorStaffMemberId.toLowerCase() === r.staffMemberId.toLowerCase())
      errors['supervisorStaffMemberId'] = 'not_allowed';
    else {
      const [{ found }] = await tx.query<{ found: boolean }>(
        'SELECT EXISTS (SELECT 1 FROM staff_member WHERE municipality_id = $1 AND id = $2) AS found',
        [tx.municipalityId, r.supervisorStaffMemberId],
      );
      if (!found) errors['supervisorStaffMemberId'] = 'invalid_value';
    }
  }
  if (r.endsOn !== null && r.endsOn < r.startsOn) errors['endsOn'] = 'before_start';
  if (Object.keys(errors).length > 0) throw new ValidationFailedError(errors);
}

function auditView(a: SupervisionArrangement): Record<string, unknown> {
  const { staffMemberId, topicCode, form, supervisorStaffMemberId, externalSupervisor } = a;
  const { frequency, startsOn, endsOn, note } = a;
  return { staffMemberId, topicCode, form, supervisorStaffMemberId, externalSupervisor, frequency, startsOn, endsOn, note };
}
