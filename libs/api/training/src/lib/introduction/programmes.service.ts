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
  IntroductionProgramme,
  SaveIntroductionProgrammeRequest,
} from '@kl/shared/contracts';
import { courseReach } from '../course-rows';

const PROGRAMME_SELECT = `
  SELECT pr.id, pr.name, pr.target_role AS "targetRole", pr.row_version AS version,
         (SELECT count(*)::int FROM staff_introduction i WHERE i.programme_id = pr.id) AS "introductionCount",
         coalesce((SELECT json_agg(json_build_object('id', st.id, 'kind', st.kind, 'title', st.title, 'dueWeek', st.due_week,
                     'courseId', st.course_id, 'courseTitle', c.title) ORDER BY st.position)
                   FROM introduction_programme_step st LEFT JOIN course c ON c.id = st.course_id
                   WHERE st.programme_id = pr.id), '[]') AS steps
  FROM introduction_programme pr`;

/** Introduktionsprogram: HR writes a kommun's programmes; HR and team leaders read them to give one. */
@Injectable()
export class ProgrammesService {
  constructor(private readonly data: ScopedData) {}

  list(actor: Actor): Promise<IntroductionProgramme[]> {
    return this.data.inKommun(actor, (tx) =>
      tx.query<IntroductionProgramme>(
        `${PROGRAMME_SELECT} WHERE pr.municipality_id = $1 ORDER BY pr.name, pr.id`,
        [tx.municipalityId],
      ),
    );
  }

  create(actor: Actor, request: SaveIntroductionProgrammeRequest): Promise<IntroductionProgramme> {
    return this.data.inKommun(actor, async (tx) => {
      await checkProgramme(tx, request, null);
      const [{ id }] = await tx.query<{ id: string }>(
        `INSERT INTO introduction_programme (municipality_id, name, target_role) VALUES ($1, $2, $3) RETURNING id`,
        [tx.municipalityId, request.name, request.targetRole],
      );
      await writeSteps(tx, id, request);
      const after = (await loadProgramme(tx, id)) as IntroductionProgramme;
      await tx.audit({ entityType: 'introduction_programme', entityId: id, action: 'create', before: null, after: auditView(after) });
      return after;
    });
  }

  /** A change on the version read (else 409); steps left out go, with what was marked on them. */
  update(actor: Actor, id: string, request: SaveIntroductionProgrammeRequest): Promise<IntroductionProgramme> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const before = await loadProgramme(tx, id, true);
        if (!before) throw new NotFoundError('Introduction programme');
        if (request.version === undefined) throw new ValidationFailedError({ version: 'required' });
        if (before.version !== request.version) throw new StaleVersionError('Introduction programme', before);
        await checkProgramme(tx, request, before);
        await tx.query(
          `UPDATE introduction_programme SET name = $3, target_role = $4, row_version = row_version + 1, updated_at = now()
           WHERE municipality_id = $1 AND id = $2`,
          [tx.municipalityId, id, request.name, request.targetRole],
        );
        await writeSteps(tx, id, request);
        const after = (await loadProgramme(tx, id)) as IntroductionProgramme;
        await tx.audit({
          entityType: 'introduction_programme',
          entityId: id,
          action: 'update',
          before: auditView(before),
          after: auditView(after),
        });
        return after;
      },
      'Introduction programme',
    );
  }
}

export async function loadProgramme(
  tx: KommunTransaction,
  id: string,
  forUpdate = false,
): Promise<IntroductionProgramme | undefined> {
  if (forUpdate)
    await tx.query('SELECT 1 FROM introduction_programme WHERE municipality_id = $1 AND id = $2 FOR UPDATE', [
      tx.municipalityId,
      id,
    ]);
  const [row] = await tx.query<IntroductionProgramme>(
    `${PROGRAMME_SELECT} WHERE pr.municipality_id = $1 AND pr.id = $2`,
    [tx.municipalityId, id],
  );
  return row;
}

/** A unique name; a course step names a course of the catalogue, other steps none; kept steps are this programme's, once each. */
async function checkProgramme(
  tx: KommunTransaction,
  request: SaveIntroductionProgrammeRequest,
  before: IntroductionProgramme | null,
): Promise<void> {
  const errors: Record<string, FieldErrorCode> = {};
  const [taken] = await tx.query(
    'SELECT 1 FROM introduction_programme WHERE municipality_id = $1 AND name = $2 AND id IS DISTINCT FROM $3::uuid',
    [tx.municipalityId, request.name, before?.id ?? null],
  );
  if (taken) errors['name'] = 'not_unique';
  const p = tx.params();
  const courseIds = request.steps.flatMap((s) => (s.courseId ? [s.courseId] : []));
  const known = new Set(
    courseIds.length === 0
      ? []
      : (
          await tx.query<{ id: string }>(
            `SELECT c.id FROM course c WHERE c.id = ANY(${p.add(courseIds, 'uuid[]')}) AND ${courseReach(tx, p)}`,
            p,
          )
        ).map((r) => r.id),
  );
  const ownSteps = new Set(before?.steps.map((s) => s.id) ?? []);
  const seen = new Set<string>();
  request.steps.forEach((step, i) => {
    if (step.kind === 'course' && !step.courseId) errors[`steps.${i}.courseId`] = 'required';
    else if (step.kind !== 'course' && step.courseId) errors[`steps.${i}.courseId`] = 'not_allowed';
    else if (step.courseId && !known.has(step.courseId.toLowerCase())) errors[`steps.${i}.courseId`] = 'invalid_value';
    if (step.id !== undefined) {
      const id = step.id.toLowerCase();
      if (!ownSteps.has(id)) errors[`steps.${i}.id`] = 'invalid_value';
      else if (seen.has(id)) errors[`steps.${i}.id`] = 'not_unique';
      seen.add(id);
    }
  });
  if (Object.keys(errors).length > 0) throw new ValidationFailedError(errors);
}

/** Steps in the order given: kept ones updated, new ones added, the rest removed (their marks with them). */
async function writeSteps(
  tx: KommunTransaction,
  programmeId: string,
  request: SaveIntroductionProgrammeRequest,
): Promise<void> {
  const kept = request.steps.flatMap((s) => (s.id ? [s.id] : []));
  await tx.query(
    'DELETE FROM introduction_programme_step WHERE municipality_id = $1 AND programme_id = $2 AND NOT (id = ANY($3::uuid[]))',
    [tx.municipalityId, programmeId, kept],
  );
  for (const [position, step] of request.steps.entries()) {
    const values = [step.kind, step.title, step.dueWeek, step.courseId ?? null, position];
    if (step.id)
      await tx.query(
        `UPDATE introduction_programme_step SET kind = $3::introduction_step_kind, title = $4, due_week = $5, course_id = $6, position = $7
         WHERE municipality_id = $1 AND id = $2`,
        [tx.municipalityId, step.id, ...values],
      );
    else
      await tx.query(
        `INSERT INTO introduction_programme_step (municipality_id, programme_id, kind, title, due_week, course_id, position)
         VALUES ($1, $2, $3::introduction_step_kind, $4, $5, $6, $7)`,
        [tx.municipalityId, programmeId, ...values],
      );
  }
}

function auditView(p: IntroductionProgramme): Record<string, unknown> {
  return {
    name: p.name,
    targetRole: p.targetRole,
    steps: p.steps.map(({ id, kind, title, dueWeek, courseId }) => ({ id, kind, title, dueWeek, courseId })),
  };
}
