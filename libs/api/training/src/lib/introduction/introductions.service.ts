import { Injectable } from '@nestjs/common';
import {
  type Actor,
  type KommunTransaction,
  NotFoundError,
  ScopedData,
  StaleVersionError,
  ValidationFailedError,
} from '@kl/api/core';
import {
  type CreateIntroductionRequest,
  type FieldErrorCode,
  type Introduction,
  type IntroductionQuery,
  type IntroductionSummary,
  type MarkIntroductionStepRequest,
  type MentorLoad,
  NEW_STAFF_MONTHS,
  type NewStaffIntroduction,
  type UpdateIntroductionRequest,
} from '@kl/shared/contracts';
import { todayInSweden } from '@kl/shared/util';
import { IntroductionReadOnlyError, IntroductionStepByParticipationError } from '../training.errors';
import { loadIntroductions, loadMentorLoad, loadNewStaff, loadStepProgress } from './introduction.queries';

type IntroductionFields = Omit<CreateIntroductionRequest, 'staffMemberId'>;

/**
 * A new hire's introduction: programme, mentor and start, given by HR or the person's team leader;
 * progress per step; the new staff without a programme or mentor; the mentors' load
 * (docs/training.md, Introduction).
 */
@Injectable()
export class IntroductionsService {
  constructor(private readonly data: ScopedData) {}

  /** HR the kommun's, a team leader their units', anyone their own and their mentees'. */
  list(actor: Actor, query: IntroductionQuery): Promise<IntroductionSummary[]> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const within = query.unitId ? await tx.unitSubtree(query.unitId) : undefined;
        const rows = await loadIntroductions(tx, todayInSweden(), { within });
        await tx.recordRead('introduction', rows.map((r) => r.staffMemberId));
        return rows;
      },
      'Unit',
    );
  }

  get(actor: Actor, id: string): Promise<Introduction> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const introduction = await requireReadable(tx, id);
        await tx.recordRead('introduction', [introduction.staffMemberId]);
        return introduction;
      },
      'Introduction',
    );
  }

  create(actor: Actor, request: CreateIntroductionRequest): Promise<Introduction> {
    return this.data.inKommun(actor, async (tx) => {
      const errors: Record<string, FieldErrorCode> = {};
      if (!(await inWriteReach(tx, request.staffMemberId))) errors['staffMemberId'] = 'invalid_value';
      Object.assign(errors, await fieldErrors(tx, request, request.staffMemberId));
      if (Object.keys(errors).length > 0) throw new ValidationFailedError(errors);
      // Two introductions for one person at once: the second waits here and then finds the first.
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`introduction:${request.staffMemberId}`]);
      const [taken] = await tx.query(
        'SELECT 1 FROM staff_introduction WHERE municipality_id = $1 AND staff_member_id = $2',
        [tx.municipalityId, request.staffMemberId],
      );
      if (taken) throw new ValidationFailedError({ staffMemberId: 'not_unique' });
      const [{ id }] = await tx.query<{ id: string }>(
        `INSERT INTO staff_introduction (municipality_id, staff_member_id, programme_id, mentor_staff_member_id, start_date)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [tx.municipalityId, request.staffMemberId, request.programmeId, request.mentorStaffMemberId, request.startDate],
      );
      const after = await requireReadable(tx, id);
      await tx.audit({ entityType: 'staff_introduction', entityId: id, action: 'create', before: null, after: auditView(after) });
      return after;
    });
  }

  /** Programme, mentor or start changed on the version read; a new programme drops the marks on the old one's steps. */
  update(actor: Actor, id: string, request: UpdateIntroductionRequest): Promise<Introduction> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const before = await requireWritable(tx, id);
        if (before.version !== request.version) throw new StaleVersionError('Introduction', before);
        const errors = await fieldErrors(tx, request, before.staffMemberId);
        if (Object.keys(errors).length > 0) throw new ValidationFailedError(errors);
        await tx.query(
          `UPDATE staff_introduction SET programme_id = $3, mentor_staff_member_id = $4, start_date = $5,
                  row_version = row_version + 1, updated_at = now()
           WHERE municipality_id = $1 AND id = $2`,
          [tx.municipalityId, id, request.programmeId, request.mentorStaffMemberId, request.startDate],
        );
        await tx.query(
          `DELETE FROM staff_introduction_step m WHERE m.municipality_id = $1 AND m.introduction_id = $2
             AND NOT EXISTS (SELECT 1 FROM introduction_programme_step st WHERE st.id = m.step_id AND st.programme_id = $3)`,
          [tx.municipalityId, id, request.programmeId],
        );
        const after = await requireReadable(tx, id);
        await tx.audit({ entityType: 'staff_introduction', entityId: id, action: 'update', before: auditView(before), after: auditView(after) });
        return after;
      },
      'Introduction',
    );
  }

  /**
   * A step marked done (or not) on the introduction's version. HR and the team leader mark any
   * step but a course step; the new hire their own reading steps; a mentor only reads.
   */
  markStep(actor: Actor, id: string, stepId: string, request: MarkIntroductionStepRequest): Promise<Introduction> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const before = await requireReadable(tx, id, true);
        const step = before.steps.find((s) => s.id === stepId.toLowerCase());
        if (!step) throw new NotFoundError('Introduction step');
        const leads = await inWriteReach(tx, before.staffMemberId);
        const ownReading = before.staffMemberId === tx.selfStaffMemberId && step.kind === 'reading';
        if (!leads && !ownReading) throw new IntroductionReadOnlyError();
        if (step.kind === 'course') throw new IntroductionStepByParticipationError();
        if (before.version !== request.version) throw new StaleVersionError('Introduction', before);
        const doneOn = request.doneOn ?? todayInSweden();
        if (request.done && doneOn > todayInSweden()) throw new ValidationFailedError({ doneOn: 'in_future' });
        await tx.query('DELETE FROM staff_introduction_step WHERE municipality_id = $1 AND introduction_id = $2 AND step_id = $3', [
          tx.municipalityId,
          id,
          step.id,
        ]);
        if (request.done)
          await tx.query(
            `INSERT INTO staff_introduction_step (municipality_id, introduction_id, step_id, done_on, done_by_user_id)
             VALUES ($1, $2, $3, $4, $5)`,
            [tx.municipalityId, id, step.id, doneOn, tx.actorUserId],
          );
        await tx.query(
          'UPDATE staff_introduction SET row_version = row_version + 1, updated_at = now() WHERE municipality_id = $1 AND id = $2',
          [tx.municipalityId, id],
        );
        const after = await requireReadable(tx, id);
        await tx.audit({ entityType: 'staff_introduction', entityId: id, action: 'update', before: auditView(before), after: auditView(after) });
        return after;
      },
      'Introduction',
    );
  }

  /** New staff in the caller's reach (not themself), flagged when without a programme or mentor. */
  newStaff(actor: Actor, query: IntroductionQuery): Promise<NewStaffIntroduction[]> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const within = query.unitId ? await tx.unitSubtree(query.unitId) : undefined;
        const rows = await loadNewStaff(tx, todayInSweden(), NEW_STAFF_MONTHS, within);
        await tx.recordRead('introduction', rows.map((r) => r.staffMemberId));
        return rows;
      },
      'Unit',
    );
  }

  mentorLoad(actor: Actor): Promise<MentorLoad[]> {
    return this.data.inKommun(actor, (tx) => loadMentorLoad(tx));
  }
}

/** The introduction with its steps if the caller may read it (404 otherwise); locked for a change when asked. */
async function requireReadable(tx: KommunTransaction, id: string, lock = false): Promise<Introduction> {
  if (lock)
    await tx.query('SELECT 1 FROM staff_introduction WHERE municipality_id = $1 AND id = $2 FOR UPDATE', [tx.municipalityId, id]);
  const today = todayInSweden();
  const [summary] = await loadIntroductions(tx, today, { id });
  if (!summary) throw new NotFoundError('Introduction');
  return { ...summary, today, steps: await loadStepProgress(tx, id, today) };
}

/** For a change of programme, mentor or start: the new hire in the caller's reach and not the caller (404 otherwise). */
async function requireWritable(tx: KommunTransaction, id: string): Promise<Introduction> {
  const introduction = await requireReadable(tx, id, true);
  if (!(await inWriteReach(tx, introduction.staffMemberId))) throw new NotFoundError('Introduction');
  return introduction;
}

/** HR and team leaders give and change introductions of the staff in their reach, never their own. */
async function inWriteReach(tx: KommunTransaction, staffMemberId: string): Promise<boolean> {
  if (tx.scope.staff.kind !== 'all' && tx.scope.staff.kind !== 'units') return false;
  const p = tx.params();
  const rows = await tx.query(
    `SELECT 1 FROM staff_member s WHERE s.id = ${p.add(staffMemberId, 'uuid')} AND ${tx.staffFilter(p, { excludeSelf: true })}`,
    p,
  );
  return rows.length > 0;
}

/** The programme is the kommun's; the mentor another staff member in the caller's reach, still employed. */
async function fieldErrors(
  tx: KommunTransaction,
  request: IntroductionFields,
  newHireId: string,
): Promise<Record<string, FieldErrorCode>> {
  const errors: Record<string, FieldErrorCode> = {};
  const [programme] = await tx.query(
    'SELECT 1 FROM introduction_programme WHERE municipality_id = $1 AND id = $2',
    [tx.municipalityId, request.programmeId],
  );
  if (!programme) errors['programmeId'] = 'invalid_value';
  const mentor = request.mentorStaffMemberId;
  if (mentor !== null) {
    const p = tx.params();
    const day = p.add(todayInSweden(), 'date');
    const [found] = await tx.query(
      `SELECT 1 FROM staff_member s WHERE s.id = ${p.add(mentor, 'uuid')} AND ${tx.staffFilter(p)}
         AND (s.employment_end IS NULL OR s.employment_end >= ${day})`,
      p,
    );
    if (mentor.toLowerCase() === newHireId.toLowerCase()) errors['mentorStaffMemberId'] = 'not_allowed';
    else if (!found) errors['mentorStaffMemberId'] = 'invalid_value';
  }
  return errors;
}

function auditView(i: Introduction): Record<string, unknown> {
  return {
    staffMemberId: i.staffMemberId,
    programmeId: i.programmeId,
    mentorStaffMemberId: i.mentorStaffMemberId,
    startDate: i.startDate,
    done: i.steps.filter((s) => s.source === 'marked').map((s) => ({ stepId: s.id, doneOn: s.doneOn })),
  };
}
