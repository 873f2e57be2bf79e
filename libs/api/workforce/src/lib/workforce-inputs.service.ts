import { Injectable } from '@nestjs/common';
import { type Actor, type KommunTransaction, NotFoundError, ScopedData, StaleVersionError, ValidationFailedError } from '@kl/api/core';
import type {
  CreateVacancyRequest,
  PlannedChange,
  PlannedChangeRequest,
  UpdatePlannedChangeRequest,
  UpdateVacancyRequest,
  UpdateWorkforceSettingsRequest,
  Vacancy,
  WorkforceQuery,
  WorkforceSettings,
} from '@kl/shared/contracts';
import { daysBetween, todayInSweden } from '@kl/shared/util';
import { loadPensionAge, readReach, vacancyFilter } from './workforce-rows';

const VACANCY_SELECT = `
  SELECT v.id, v.unit_id AS "unitId", u.name AS "unitName", v.role, v.fte::float8 AS fte, v.opened_on::text AS "openedOn",
         v.filled_on::text AS "filledOn", v.difficulty, v.covered_by_consultant AS "coveredByConsultant", v.note,
         v.row_version AS version
  FROM vacancy v JOIN org_unit u ON u.id = v.unit_id`;

const CHANGE_SELECT = `
  SELECT c.id, c.unit_id AS "unitId", u.name AS "unitName", c.role, c.year, c.headcount_change AS "headcountChange",
         c.note, c.row_version AS version
  FROM workforce_planned_change c LEFT JOIN org_unit u ON u.id = c.unit_id`;

/**
 * What HR enters for workforce planning: vacancies, planned changes of staffing, and the pension
 * age. Team leaders read the vacancies of their units; every change is HR's and audited.
 */
@Injectable()
export class WorkforceInputsService {
  constructor(private readonly data: ScopedData) {}

  vacancies(actor: Actor, query: WorkforceQuery, today = todayInSweden()): Promise<Vacancy[]> {
    return this.data.inKommun(actor, async (tx) => {
      const p = tx.params();
      const rows = await tx.query<Omit<Vacancy, 'daysOpen'>>(
        `${VACANCY_SELECT} WHERE ${vacancyFilter(tx, p, await readReach(tx, query))} ORDER BY v.filled_on NULLS FIRST, v.opened_on DESC`,
        p,
      );
      return rows.map((v) => withDays(v, today));
    });
  }

  createVacancy(actor: Actor, request: CreateVacancyRequest): Promise<Vacancy> {
    return this.data.inKommun(actor, async (tx) => {
      checkFilledAfterOpened(request);
      await tx.unitSubtree(request.unitId);
      const [{ id }] = await tx.query<{ id: string }>(
        `INSERT INTO vacancy (municipality_id, unit_id, role, fte, opened_on, filled_on, difficulty, covered_by_consultant, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [tx.municipalityId, request.unitId, request.role, request.fte, request.openedOn, request.filledOn ?? null, request.difficulty, request.coveredByConsultant ?? false, request.note ?? null],
      );
      const after = await requireVacancy(tx, id);
      await tx.audit({ entityType: 'vacancy', entityId: id, action: 'create', before: null, after });
      return after;
    });
  }

  updateVacancy(actor: Actor, id: string, request: UpdateVacancyRequest): Promise<Vacancy> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const before = await requireVacancy(tx, id);
        if (before.version !== request.version) throw new StaleVersionError('Vacancy', before);
        checkFilledAfterOpened(request);
        await tx.unitSubtree(request.unitId);
        const updated = await tx.modify<{ id: string }>(
          `UPDATE vacancy SET unit_id = $3, role = $4, fte = $5, opened_on = $6, filled_on = $7, difficulty = $8,
                  covered_by_consultant = $9, note = $10, row_version = row_version + 1, updated_at = now()
           WHERE municipality_id = $1 AND id = $2 AND row_version = $11 RETURNING id`,
          [tx.municipalityId, id, request.unitId, request.role, request.fte, request.openedOn, request.filledOn, request.difficulty, request.coveredByConsultant, request.note, request.version],
        );
        if (updated.length === 0) throw new StaleVersionError('Vacancy', await requireVacancy(tx, id));
        const after = await requireVacancy(tx, id);
        await tx.audit({ entityType: 'vacancy', entityId: id, action: 'update', before, after });
        return after;
      },
      'Vacancy',
    );
  }

  deleteVacancy(actor: Actor, id: string): Promise<void> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const before = await requireVacancy(tx, id);
        await tx.query(`DELETE FROM vacancy WHERE municipality_id = $1 AND id = $2`, [tx.municipalityId, id]);
        await tx.audit({ entityType: 'vacancy', entityId: id, action: 'delete', before, after: null });
      },
      'Vacancy',
    );
  }

  plannedChanges(actor: Actor): Promise<PlannedChange[]> {
    return this.data.inKommun(actor, (tx) =>
      tx.query<PlannedChange>(`${CHANGE_SELECT} WHERE c.municipality_id = $1 ORDER BY c.year, u.name NULLS FIRST, c.role`, [tx.municipalityId]),
    );
  }

  createPlannedChange(actor: Actor, request: PlannedChangeRequest): Promise<PlannedChange> {
    return this.data.inKommun(actor, async (tx) => {
      if (request.unitId) await tx.unitSubtree(request.unitId);
      const [{ id }] = await tx.query<{ id: string }>(
        `INSERT INTO workforce_planned_change (municipality_id, unit_id, role, year, headcount_change, note)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [tx.municipalityId, request.unitId, request.role, request.year, request.headcountChange, request.note ?? null],
      );
      const after = await requireChange(tx, id);
      await tx.audit({ entityType: 'workforce_planned_change', entityId: id, action: 'create', before: null, after });
      return after;
    });
  }

  updatePlannedChange(actor: Actor, id: string, request: UpdatePlannedChangeRequest): Promise<PlannedChange> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const before = await requireChange(tx, id);
        if (request.unitId) await tx.unitSubtree(request.unitId);
        const updated = await tx.modify<{ id: string }>(
          `UPDATE workforce_planned_change SET unit_id = $3, role = $4, year = $5, headcount_change = $6, note = $7,
                  row_version = row_version + 1, updated_at = now()
           WHERE municipality_id = $1 AND id = $2 AND row_version = $8 RETURNING id`,
          [tx.municipalityId, id, request.unitId, request.role, request.year, request.headcountChange, request.note ?? null, request.version],
        );
        if (updated.length === 0) throw new StaleVersionError('Planned change', before);
        const after = await requireChange(tx, id);
        await tx.audit({ entityType: 'workforce_planned_change', entityId: id, action: 'update', before, after });
        return after;
      },
      'Planned change',
    );
  }

  deletePlannedChange(actor: Actor, id: string): Promise<void> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const before = await requireChange(tx, id);
        await tx.query(`DELETE FROM workforce_planned_change WHERE municipality_id = $1 AND id = $2`, [tx.municipalityId, id]);
        await tx.audit({ entityType: 'workforce_planned_change', entityId: id, action: 'delete', before, after: null });
      },
      'Planned change',
    );
  }

  settings(actor: Actor): Promise<WorkforceSettings> {
    return this.data.inKommun(actor, (tx) => loadPensionAge(tx));
  }

  updateSettings(actor: Actor, request: UpdateWorkforceSettingsRequest): Promise<WorkforceSettings> {
    return this.data.inKommun(actor, async (tx) => {
      const before = await loadPensionAge(tx);
      // Version 0 is the default no row holds yet: the first save inserts it.
      const saved =
        request.version === 0
          ? await tx.query<{ version: number }>(
              `INSERT INTO workforce_setting (municipality_id, pension_age) VALUES ($1, $2)
               ON CONFLICT (municipality_id) DO NOTHING RETURNING row_version AS version`,
              [tx.municipalityId, request.pensionAge],
            )
          : await tx.modify<{ version: number }>(
              `UPDATE workforce_setting SET pension_age = $2, row_version = row_version + 1
               WHERE municipality_id = $1 AND row_version = $3 RETURNING row_version AS version`,
              [tx.municipalityId, request.pensionAge, request.version],
            );
      if (saved.length === 0) throw new StaleVersionError('Workforce settings', before);
      const after = await loadPensionAge(tx);
      await tx.audit({ entityType: 'workforce_setting', entityId: tx.municipalityId, action: 'update', before, after });
      return after;
    });
  }
}

function checkFilledAfterOpened(request: { openedOn: string; filledOn?: string | null }) {
  if (request.filledOn && request.filledOn < request.openedOn) throw new ValidationFailedError({ filledOn: 'before_start' });
}

function withDays(row: Omit<Vacancy, 'daysOpen'>, today: string): Vacancy {
  return { ...row, daysOpen: daysBetween(row.openedOn, row.filledOn ?? today) };
}

async function requireVacancy(tx: KommunTransaction, id: string): Promise<Vacancy> {
  const p = tx.params();
  const [row] = await tx.query<Omit<Vacancy, 'daysOpen'>>(`${VACANCY_SELECT} WHERE ${vacancyFilter(tx, p, {})} AND v.id = ${p.add(id, 'uuid')}`, p);
  if (!row) throw new NotFoundError('Vacancy');
  return withDays(row, todayInSweden());
}

async function requireChange(tx: KommunTransaction, id: string): Promise<PlannedChange> {
  const [row] = await tx.query<PlannedChange>(`${CHANGE_SELECT} WHERE c.municipality_id = $1 AND c.id = $2`, [tx.municipalityId, id]);
  if (!row) throw new NotFoundError('Planned change');
  return row;
}
