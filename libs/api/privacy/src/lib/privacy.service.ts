import { Injectable } from '@nestjs/common';
import { type Actor, AppConfig, ConflictError, type KommunTransaction, NotFoundError, ScopedData } from '@kl/api/core';
import type { ErasureCandidates, PersonDataExport, PurgeableRound } from '@kl/shared/contracts';
import { todayInSweden } from '@kl/shared/util';
import { PERSON_DATA_REGISTRY } from './person-data-registry';

/** Types the registry's parameters, so that each SQL text may use any of them. */
const typed = (sql: string) => `WITH _person AS (SELECT $1::uuid AS kommun, $2::uuid AS staff, $3::uuid[] AS accounts, $4::text AS number) ${sql}`;

interface Person {
  id: string;
  employeeNumber: string;
  employmentEnd: string | null;
  accountIds: string[];
}

class PersonStillEmployedError extends ConflictError {
  constructor() {
    super('PERSON_STILL_EMPLOYED', 'Erasure is for people whose employment has ended');
  }
}

class RoundNotPurgeableError extends ConflictError {
  constructor() {
    super('ROUND_NOT_PURGEABLE', 'The round is not closed, or not long enough ago');
  }
}

/** Months before an ISO date, as an ISO date (the last day of a shorter month when it must). */
export function monthsBefore(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * GDPR duties over the one registry of where a person's data lives: the export of everything
 * about a person, erasure, the list of people due for erasure, and the purge of a closed round.
 */
@Injectable()
export class PrivacyService {
  constructor(
    private readonly data: ScopedData,
    private readonly config: AppConfig,
  ) {}

  /** An administrator's export of one person (the read is logged). */
  exportPerson(actor: Actor, staffMemberId: string): Promise<PersonDataExport> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const person = await this.person(tx, staffMemberId);
        await tx.recordRead('person_export', [person.id]);
        return this.collect(tx, person);
      },
      'Staff member',
    );
  }

  /** The caller's own data (a caseworker's, or anyone's with a staff record). */
  exportOwn(actor: Actor): Promise<PersonDataExport> {
    const own = actor.staffMemberId;
    if (!own) return Promise.reject(new NotFoundError('Staff member'));
    return this.data.inKommun(actor, async (tx) => this.collect(tx, await this.person(tx, own)), 'Staff member');
  }

  /**
   * Erases a person who has left: every registry entry in turn, then the staff record, in one
   * transaction. The audit keeps that it happened and who did it, nothing about the person.
   */
  erase(actor: Actor, staffMemberId: string): Promise<void> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const person = await this.person(tx, staffMemberId, true);
        if (!person.employmentEnd || person.employmentEnd >= todayInSweden()) throw new PersonStillEmployedError();
        const params = [tx.municipalityId, person.id, person.accountIds, person.employeeNumber];
        await tx.query(typed('SELECT privacy_erase_person($2, $3)'), params);
        for (const entry of PERSON_DATA_REGISTRY) {
          if (entry.erasure.kind === 'sql') await tx.query(typed(entry.erasure.sql), params);
        }
        await tx.query('DELETE FROM staff_member WHERE municipality_id = $1 AND id = $2', [tx.municipalityId, person.id]);
        await tx.audit({ entityType: 'staff_member', entityId: person.id, action: 'erase', before: null, after: null });
      },
      'Staff member',
    );
  }

  /**
   * People whose employment ended more than ERASURE_AFTER_MONTHS ago, oldest first, and the rounds
   * closed more than ROUND_PURGE_AFTER_YEARS ago that still hold person-level data.
   */
  candidates(actor: Actor): Promise<ErasureCandidates> {
    const leftBefore = monthsBefore(todayInSweden(), this.config.ERASURE_AFTER_MONTHS);
    return this.data.inKommun(actor, async (tx) => {
      const p = tx.params();
      const people = await tx.query<ErasureCandidates['people'][number]>(
        `SELECT s.id, s.employee_number AS "employeeNumber", s.first_name AS "firstName", s.last_name AS "lastName",
                s.employment_end::text AS "employmentEnd"
         FROM staff_member s WHERE ${tx.staffFilter(p)} AND s.employment_end < ${p.add(leftBefore, 'date')}
         ORDER BY s.employment_end, s.last_name, s.first_name`,
        p,
      );
      const rounds = await tx.query<PurgeableRound>(
        `SELECT r.id, r.name, r.reference_date::text AS "referenceDate", r.population_frozen_at AS "closedAt",
                (SELECT count(*)::int FROM round_population p WHERE p.round_id = r.id AND p.staff_member_id IS NOT NULL) AS "linkedPeople",
                (SELECT count(*)::int FROM assessment a WHERE a.round_id = r.id) AS "assessments"
         FROM inventory_round r
         WHERE r.municipality_id = $1 AND r.status = 'closed' AND r.population_frozen_at < now() - make_interval(years => $2)
           AND (EXISTS (SELECT 1 FROM round_population p WHERE p.round_id = r.id AND p.staff_member_id IS NOT NULL)
                OR EXISTS (SELECT 1 FROM assessment a WHERE a.round_id = r.id))
         ORDER BY r.population_frozen_at`,
        [tx.municipalityId, this.config.ROUND_PURGE_AFTER_YEARS],
      );
      return {
        erasureAfterMonths: this.config.ERASURE_AFTER_MONTHS,
        leftBefore,
        people,
        purgeAfterYears: this.config.ROUND_PURGE_AFTER_YEARS,
        rounds: rounds.map((round) => ({ ...round, closedAt: new Date(round.closedAt).toISOString() })),
      };
    });
  }

  /** Removes a round's person-level data ROUND_PURGE_AFTER_YEARS after it closed; its frozen figures stay. */
  purgeRound(actor: Actor, roundId: string): Promise<void> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const rows = await tx.query<{ purgeable: boolean }>(
          `SELECT r.status = 'closed' AND r.population_frozen_at < now() - make_interval(years => $3) AS purgeable
           FROM inventory_round r WHERE r.municipality_id = $1 AND r.id = $2 FOR UPDATE`,
          [tx.municipalityId, roundId, this.config.ROUND_PURGE_AFTER_YEARS],
        );
        if (rows.length === 0) throw new NotFoundError('Inventory round');
        if (!rows[0].purgeable) throw new RoundNotPurgeableError();
        await tx.query('SELECT privacy_purge_round($1)', [roundId]);
        await tx.audit({ entityType: 'inventory_round', entityId: roundId, action: 'purge', before: null, after: null });
      },
      'Inventory round',
    );
  }

  private async person(tx: KommunTransaction, staffMemberId: string, lock = false): Promise<Person> {
    const p = tx.params();
    const rows = await tx.query<Person>(
      `SELECT s.id, s.employee_number AS "employeeNumber", s.employment_end::text AS "employmentEnd",
              ARRAY(SELECT a.id FROM user_account a WHERE a.staff_member_id = s.id) AS "accountIds"
       FROM staff_member s WHERE s.id = ${p.add(staffMemberId, 'uuid')} AND ${tx.staffFilter(p)}${lock ? ' FOR UPDATE OF s' : ''}`,
      p,
    );
    if (rows.length === 0) throw new NotFoundError('Staff member');
    return rows[0];
  }

  /** Every registry entry's rows about the person, in one round trip each. */
  private async collect(tx: KommunTransaction, person: Person): Promise<PersonDataExport> {
    const params = [tx.municipalityId, person.id, person.accountIds, person.employeeNumber];
    const sections = [];
    for (const entry of PERSON_DATA_REGISTRY) {
      const rows = await tx.query<{ row: Record<string, unknown> }>(typed(entry.exportSql), params);
      sections.push({ table: entry.table, title: entry.title, rows: rows.map((r) => r.row) });
    }
    return { staffMemberId: person.id, generatedAt: new Date().toISOString(), sections };
  }
}
