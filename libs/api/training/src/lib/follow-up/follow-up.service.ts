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
  FollowUpDueList,
  FollowUpDueQuery,
  SaveFollowUpRequest,
  TrainingFollowUp,
  TrainingIndicators,
} from '@kl/shared/contracts';
import { todayInSweden } from '@kl/shared/util';
import { FollowUpNotCompletedError } from '../training.errors';
import {
  type FollowedParticipation,
  loadDueList,
  loadFollowedParticipation,
  loadFollowUp,
} from './follow-up.queries';
import { readTrainingIndicators } from './training-indicators';

/**
 * Uppföljning (förvaltning) of completed training: the team leader (or HR) records whether what
 * was learnt is applied and when its topics are reassessed; the due lists; the survey's training
 * indicators answered from the data (docs/training.md, Follow-up).
 */
@Injectable()
export class FollowUpService {
  constructor(private readonly data: ScopedData) {}

  get(actor: Actor, participationId: string): Promise<TrainingFollowUp> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const participation = await requireParticipation(tx, participationId);
        const followUp = await loadFollowUp(tx, participationId);
        if (!followUp) throw new NotFoundError('Follow-up');
        await tx.recordRead('participation', [participation.staffMemberId]);
        return followUp;
      },
      'Participation',
    );
  }

  /** The first follow-up (`version: null`) or a change of it on the version read (else 409). */
  save(
    actor: Actor,
    participationId: string,
    request: SaveFollowUpRequest,
  ): Promise<TrainingFollowUp> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const participation = await requireParticipation(tx, participationId);
        if (participation.status !== 'completed')
          throw new FollowUpNotCompletedError(participation.status);
        checkTopics(participation, request);
        // Two first follow-ups at once: the second waits here and then sees the first (409).
        await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`follow-up:${participationId}`]);
        const before = await loadFollowUp(tx, participationId);
        if ((before?.version ?? null) !== request.version)
          throw new StaleVersionError('Follow-up', before ?? null);
        const note = request.note ?? '';
        let id: string;
        if (before) {
          id = before.id;
          await tx.modify(
            `UPDATE training_follow_up SET applied = $3::follow_up_applied, note = $4,
                    row_version = row_version + 1, updated_at = now()
             WHERE municipality_id = $1 AND id = $2 RETURNING id`,
            [tx.municipalityId, id, request.applied, note],
          );
          await tx.query(
            'DELETE FROM training_follow_up_topic WHERE municipality_id = $1 AND follow_up_id = $2',
            [tx.municipalityId, id],
          );
        } else {
          [{ id }] = await tx.query<{ id: string }>(
            `INSERT INTO training_follow_up (municipality_id, participation_id, staff_member_id, applied, note, recorded_on)
             VALUES ($1, $2, $3, $4::follow_up_applied, $5, $6) RETURNING id`,
            [
              tx.municipalityId,
              participationId,
              participation.staffMemberId,
              request.applied,
              note,
              todayInSweden(),
            ],
          );
        }
        if (request.topics.length > 0) {
          await tx.query(
            `INSERT INTO training_follow_up_topic (municipality_id, follow_up_id, topic_code, reassess_on)
             SELECT $1, $2, x.code, x.day FROM unnest($3::text[], $4::date[]) AS x(code, day)`,
            [
              tx.municipalityId,
              id,
              request.topics.map((t) => t.topicCode),
              request.topics.map((t) => t.reassessOn),
            ],
          );
        }
        const after = (await loadFollowUp(tx, participationId)) as TrainingFollowUp;
        await tx.audit({
          entityType: 'training_follow_up',
          entityId: id,
          action: before ? 'update' : 'create',
          before: before ? auditView(before) : null,
          after: auditView(after),
        });
        return after;
      },
      'Participation',
    );
  }

  /**
   * The caller's due list: a team leader's units' people (not their own record), HR the whole
   * kommun; `unitId` narrows to a unit and its subunits, `overdue` to what is past its date.
   */
  due(actor: Actor, query: FollowUpDueQuery): Promise<FollowUpDueList> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const within = query.unitId ? await tx.unitSubtree(query.unitId) : undefined;
        const today = todayInSweden();
        const items = await loadDueList(tx, today, { within, overdueOnly: query.overdue === true });
        await tx.recordRead('participation', [...new Set(items.map((i) => i.staffMemberId))]);
        return { today, items };
      },
      'Unit',
    );
  }

  indicators(actor: Actor, year: number): Promise<TrainingIndicators> {
    return this.data.inKommun(actor, (tx) => readTrainingIndicators(tx, year, todayInSweden()));
  }
}

async function requireParticipation(
  tx: KommunTransaction,
  participationId: string,
): Promise<FollowedParticipation> {
  const participation = await loadFollowedParticipation(tx, participationId);
  if (!participation) throw new NotFoundError('Participation');
  return participation;
}

/** The course's topics only, each once, reassessed no earlier than the course's last day. */
function checkTopics(participation: FollowedParticipation, request: SaveFollowUpRequest): void {
  const errors: Record<string, FieldErrorCode> = {};
  const seen = new Set<string>();
  request.topics.forEach((t, i) => {
    if (!participation.topicCodes.includes(t.topicCode))
      errors[`topics.${i}.topicCode`] = 'invalid_value';
    else if (seen.has(t.topicCode)) errors[`topics.${i}.topicCode`] = 'not_unique';
    if (t.reassessOn < participation.endsOn) errors[`topics.${i}.reassessOn`] = 'before_start';
    seen.add(t.topicCode);
  });
  if (Object.keys(errors).length > 0) throw new ValidationFailedError(errors);
}

function auditView(f: TrainingFollowUp): Record<string, unknown> {
  const { participationId, staffMemberId, applied, note, topics } = f;
  return {
    participationId,
    staffMemberId,
    applied,
    note,
    topics: topics.map(({ topicCode, reassessOn }) => ({ topicCode, reassessOn })),
  };
}
