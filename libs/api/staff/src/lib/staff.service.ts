import { Injectable } from '@nestjs/common';
import {
  type Actor,
  type KommunTransaction,
  NotFoundError,
  ScopedData,
  StaleVersionError,
  uniqueViolation,
  ValidationFailedError,
} from '@kl/api/core';
import { AuditService } from '@kl/api/audit';
import { UnitClosedError } from '@kl/api/units';
import {
  type AuditEvent,
  PAGE_SIZE_DEFAULT,
  type StaffMember,
  type StaffMemberFields,
  type StaffMemberPage,
  type StaffSortField,
} from '@kl/shared/contracts';
import {
  experienceBand,
  experienceYears,
  isEmployed,
  staffRuleErrors,
  todayInSweden,
} from '@kl/shared/util';
import type { EntityManager } from 'typeorm';
import type {
  CreateStaffMemberDto,
  LeaveStaffMemberDto,
  ListStaffQueryDto,
  UpdateStaffMemberDto,
} from './dto/staff.dto';
import { EmployeeNumberTakenError } from './staff.errors';

/** Writable fields and their columns, in one order for inserts and updates (the staff import writes them too). */
export const STAFF_FIELD_COLUMNS: Record<keyof StaffMemberFields, string> = {
  employeeNumber: 'employee_number',
  firstName: 'first_name',
  lastName: 'last_name',
  email: 'email',
  unitId: 'unit_id',
  role: 'role',
  gender: 'gender',
  fte: 'fte',
  employmentType: 'employment_type',
  employmentStart: 'employment_start',
  employmentEnd: 'employment_end',
  experienceStart: 'experience_start',
  degree: 'degree',
  degreeYear: 'degree_year',
  continuingEducation: 'continuing_education',
  furtherEducation: 'further_education',
  masters: 'masters',
  qualificationStatus: 'qualification_status',
  dispensationUntil: 'dispensation_until',
  firstManagerialJob: 'first_managerial_job',
  needsDevelopment: 'needs_development',
  birthYear: 'birth_year',
  leavingReason: 'leaving_reason',
};
const COLUMNS = STAFF_FIELD_COLUMNS;
const FIELDS = Object.keys(COLUMNS) as (keyof StaffMemberFields)[];
const NULLABLE_FIELDS = new Set<string>([
  'email',
  'employmentEnd',
  'degreeYear',
  'qualificationStatus',
  'dispensationUntil',
  'firstManagerialJob',
  'needsDevelopment',
  'birthYear',
  'leavingReason',
]);
const NOT_NULL_FIELDS = new Set<string>(FIELDS.filter((f) => !NULLABLE_FIELDS.has(f)));

const SORT_COLUMNS: Record<StaffSortField, string> = {
  lastName: 's.last_name',
  employeeNumber: 's.employee_number',
  unitName: 'u.name',
  employmentStart: 's.employment_start',
  experienceStart: 's.experience_start',
  fte: 's.fte',
};

const STAFF_SELECT = `
  SELECT s.id, s.employee_number AS "employeeNumber", s.first_name AS "firstName", s.last_name AS "lastName",
         s.email, s.unit_id AS "unitId", u.name AS "unitName", s.role, s.gender, s.fte::text AS fte,
         s.employment_type AS "employmentType", s.employment_start::text AS "employmentStart",
         s.employment_end::text AS "employmentEnd", s.experience_start::text AS "experienceStart",
         s.degree, s.degree_year AS "degreeYear", s.continuing_education AS "continuingEducation",
         s.further_education AS "furtherEducation", s.masters, s.qualification_status AS "qualificationStatus",
         s.dispensation_until::text AS "dispensationUntil", s.first_managerial_job AS "firstManagerialJob",
         s.needs_development AS "needsDevelopment", s.birth_year AS "birthYear", s.leaving_reason AS "leavingReason",
         s.row_version AS version,
         s.created_at AS "createdAt", s.updated_at AS "updatedAt"
  FROM staff_member s JOIN org_unit u ON u.id = s.unit_id`;

type StaffRow = Omit<StaffMember, 'fte' | 'active' | 'experienceYears' | 'experienceBand'> & {
  fte: string;
};

@Injectable()
export class StaffService {
  constructor(
    private readonly data: ScopedData,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor, query: ListStaffQueryDto): Promise<StaffMemberPage> {
    const today = todayInSweden();
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? PAGE_SIZE_DEFAULT;
    return this.data.inKommun(
      actor,
      async (tx) => {
        const p = tx.params();
        const within = query.unitId ? await tx.unitSubtree(query.unitId) : undefined;
        const where = [tx.staffFilter(p, { within })];
        if (query.role) where.push(`s.role = ${p.add(query.role)}`);
        if (query.qualificationStatus)
          where.push(`s.qualification_status = ${p.add(query.qualificationStatus)}`);
        const status = query.status ?? 'active';
        if (status !== 'all') {
          const day = p.add(today, 'date');
          where.push(
            status === 'active'
              ? `(s.employment_end IS NULL OR s.employment_end >= ${day})`
              : `s.employment_end < ${day}`,
          );
        }
        if (query.search) {
          const pattern = p.add(`%${query.search.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`);
          const folded = (expression: string) => `${foldCase(expression)} LIKE ${pattern}`;
          where.push(
            `(${folded(`s.first_name || ' ' || s.last_name`)} OR ${folded(`s.last_name || ' ' || s.first_name`)} OR ${folded('s.employee_number')})`,
          );
        }
        const filter = where.join(' AND ');
        const direction = query.order === 'desc' ? 'DESC' : 'ASC';
        const orderBy = `${SORT_COLUMNS[query.sort ?? 'lastName']} ${direction}, s.last_name ${direction}, s.first_name ${direction}, s.id`;
        const [{ total }] = await tx.query<{ total: number }>(
          `SELECT count(*)::int AS total FROM staff_member s WHERE ${filter}`,
          p,
        );
        const limit = p.add(pageSize);
        const offset = p.add((page - 1) * pageSize);
        const rows = await tx.query<StaffRow>(
          `${STAFF_SELECT} WHERE ${filter} ORDER BY ${orderBy} LIMIT ${limit} OFFSET ${offset}`,
          p,
        );
        return { items: rows.map((row) => forReader(actor, toStaffMember(row, today))), total, page, pageSize };
      },
      'Staff member',
    );
  }

  /** One record in the caller's scope; the read is logged when it is someone else's. */
  get(actor: Actor, id: string): Promise<StaffMember> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const member = await this.findInScope(tx, id);
        await tx.recordRead('staff_record', [id]);
        return forReader(actor, member);
      },
      'Staff member',
    );
  }

  /** The record's history for anyone who may read the record (the same scope as {@link get}). */
  history(actor: Actor, id: string): Promise<AuditEvent[]> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        await tx.requireStaff(id);
        await tx.recordRead('staff_history', [id]);
        const events = await this.audit.historyIn(tx, 'staff_member', id);
        return mayReadBirthYear(actor, id) ? events : events.map(withoutBirthYear);
      },
      'Staff member',
    );
  }

  private async findInScope(tx: KommunTransaction, id: string): Promise<StaffMember> {
    const p = tx.params();
    const rows = await tx.query<StaffRow>(
      `${STAFF_SELECT} WHERE s.id = ${p.add(id, 'uuid')} AND ${tx.staffFilter(p)}`,
      p,
    );
    if (rows.length === 0) throw new NotFoundError('Staff member');
    return toStaffMember(rows[0], todayInSweden());
  }

  async create(actor: Actor, dto: CreateStaffMemberDto): Promise<StaffMember> {
    const fields: StaffMemberFields = {
      ...dto,
      email: dto.email ?? null,
      employmentEnd: dto.employmentEnd ?? null,
      degreeYear: dto.degreeYear ?? null,
      continuingEducation: dto.continuingEducation ?? false,
      furtherEducation: dto.furtherEducation ?? false,
      masters: dto.masters ?? false,
      qualificationStatus: dto.qualificationStatus ?? null,
      dispensationUntil: dto.dispensationUntil ?? null,
      firstManagerialJob: dto.firstManagerialJob ?? null,
      needsDevelopment: dto.needsDevelopment ?? null,
      birthYear: dto.birthYear ?? null,
      leavingReason: dto.leavingReason ?? null,
    };
    this.checkRules(fields);
    return this.data.inKommun(actor, async (tx) => {
      const { manager, municipalityId } = tx;
      await this.requireOpenUnit(manager, municipalityId, fields.unitId);
      const values = FIELDS.map((f) => fields[f]);
      const inserted: { id: string }[] = await this.mapUnique(
        manager.query(
          `INSERT INTO staff_member (municipality_id, ${FIELDS.map((f) => COLUMNS[f]).join(', ')})
           VALUES ($1, ${FIELDS.map((_f, i) => `$${i + 2}`).join(', ')}) RETURNING id`,
          [municipalityId, ...values],
        ),
      );
      const after = await this.load(manager, municipalityId, inserted[0].id);
      await this.record(tx, after.id, 'create', null, after);
      return after;
    });
  }

  async update(actor: Actor, id: string, dto: UpdateStaffMemberDto): Promise<StaffMember> {
    const { version, ...changes } = dto;
    // A partial update leaves out what does not change; it cannot empty a field that must have a value.
    const emptied = Object.entries(changes).filter(
      ([field, value]) => value === null && NOT_NULL_FIELDS.has(field),
    );
    if (emptied.length > 0)
      throw new ValidationFailedError(
        Object.fromEntries(emptied.map(([field]) => [field, 'required'])),
      );
    return this.data.inKommun(actor, async (tx) => {
      const { manager, municipalityId } = tx;
      const before = await this.load(manager, municipalityId, id);
      if (before.version !== version) throw new StaleVersionError('Staff member', before);
      const fields = { ...pickFields(before), ...changes } as StaffMemberFields;
      // Team leader questions do not apply to caseworkers: a change of role clears them.
      if (fields.role !== 'team_leader' && changes.role) {
        fields.firstManagerialJob = changes.firstManagerialJob ?? null;
        fields.needsDevelopment = changes.needsDevelopment ?? null;
      }
      this.checkRules(fields);
      if (changes.unitId && changes.unitId !== before.unitId) {
        await this.requireOpenUnit(manager, municipalityId, changes.unitId);
      }
      await this.mapUnique(this.conditionalUpdate(manager, municipalityId, id, version, fields));
      const after = await this.load(manager, municipalityId, id);
      await this.record(tx, id, 'update', before, after);
      return after;
    });
  }

  /** Leaving sets the end of employment; the record stays (erasure is a GDPR matter). */
  async leave(actor: Actor, id: string, dto: LeaveStaffMemberDto): Promise<StaffMember> {
    return this.data.inKommun(actor, async (tx) => {
      const { manager, municipalityId } = tx;
      const before = await this.load(manager, municipalityId, id);
      if (before.version !== dto.version) throw new StaleVersionError('Staff member', before);
      const fields = { ...pickFields(before), employmentEnd: dto.employmentEnd, leavingReason: dto.leavingReason ?? before.leavingReason };
      this.checkRules(fields);
      await this.conditionalUpdate(manager, municipalityId, id, dto.version, fields);
      const after = await this.load(manager, municipalityId, id);
      await this.record(tx, id, 'leave', before, after);
      return after;
    });
  }

  private checkRules(fields: StaffMemberFields): void {
    const errors = staffRuleErrors(fields, todayInSweden());
    if (Object.keys(errors).length > 0) throw new ValidationFailedError(errors);
  }

  /**
   * Writes every field, but only onto the version the client saw: of concurrent writers carrying
   * the same version exactly one wins; the others get 409 with the current record.
   */
  private async conditionalUpdate(
    manager: EntityManager,
    municipalityId: string,
    id: string,
    version: number,
    fields: StaffMemberFields,
  ): Promise<void> {
    const [rows]: [{ id: string }[], number] = await manager.query(
      `UPDATE staff_member SET ${FIELDS.map((f, i) => `${COLUMNS[f]} = $${i + 4}`).join(', ')},
              row_version = row_version + 1, updated_at = now()
       WHERE id = $1 AND municipality_id = $2 AND row_version = $3 RETURNING id`,
      [id, municipalityId, version, ...FIELDS.map((f) => fields[f])],
    );
    if (rows.length === 0) {
      throw new StaleVersionError('Staff member', await this.load(manager, municipalityId, id));
    }
  }

  private async load(
    manager: EntityManager,
    municipalityId: string,
    id: string,
  ): Promise<StaffMember> {
    const rows: StaffRow[] = await manager.query(
      `${STAFF_SELECT} WHERE s.municipality_id = $1 AND s.id = $2`,
      [municipalityId, id],
    );
    if (rows.length === 0) throw new NotFoundError('Staff member');
    return toStaffMember(rows[0], todayInSweden());
  }

  private async requireOpenUnit(
    manager: EntityManager,
    municipalityId: string,
    unitId: string,
  ): Promise<void> {
    const rows: { closedAt: Date | null }[] = await manager.query(
      // Locks the unit against a concurrent delete while the staff member is added to it.
      'SELECT closed_at AS "closedAt" FROM org_unit WHERE id = $1 AND municipality_id = $2 FOR SHARE',
      [unitId, municipalityId],
    );
    if (rows.length === 0) throw new ValidationFailedError({ unitId: 'invalid_value' });
    if (rows[0].closedAt) throw new UnitClosedError();
  }

  private async mapUnique<T>(work: Promise<T>): Promise<T> {
    try {
      return await work;
    } catch (error) {
      if (uniqueViolation(error) === 'uq_staff_member_municipality_employee_number')
        throw new EmployeeNumberTakenError();
      throw error;
    }
  }

  private record(
    tx: KommunTransaction,
    id: string,
    action: 'create' | 'update' | 'leave',
    before: StaffMember | null,
    after: StaffMember,
  ): Promise<void> {
    return tx.audit({
      entityType: 'staff_member',
      entityId: id,
      action,
      before: before && auditView(before),
      after: auditView(after),
    });
  }
}

/**
 * Lower case that also folds Å, Ä and Ö: the embedded server runs without a locale, where lower()
 * only knows ASCII, and people search for "åberg" to find "Åberg".
 */
function foldCase(expression: string): string {
  return `translate(lower(${expression}), 'ÅÄÖÉÈÜÆØ', 'åäöéèüæø')`;
}

function toStaffMember(row: StaffRow, today: string): StaffMember {
  return {
    ...row,
    fte: Number(row.fte),
    active: isEmployed(row.employmentEnd, today),
    experienceYears: experienceYears(row.experienceStart, today),
    experienceBand: experienceBand(row.experienceStart, today),
  };
}

/** Year of birth is HR's (and the person's own): a team leader reads the record without it. */
function mayReadBirthYear(actor: Actor, staffMemberId: string): boolean {
  return actor.role === 'municipality_admin' || actor.staffMemberId === staffMemberId;
}

function forReader(actor: Actor, member: StaffMember): StaffMember {
  return mayReadBirthYear(actor, member.id) ? member : { ...member, birthYear: null };
}

function withoutBirthYear(event: AuditEvent): AuditEvent {
  const strip = (snapshot: unknown) => {
    if (typeof snapshot !== 'object' || snapshot === null || !('birthYear' in snapshot)) return snapshot;
    const { birthYear: _hidden, ...rest } = snapshot as Record<string, unknown>;
    return rest;
  };
  return { ...event, before: strip(event.before), after: strip(event.after) };
}

function pickFields(staff: StaffMember): StaffMemberFields {
  return Object.fromEntries(FIELDS.map((f) => [f, staff[f]])) as unknown as StaffMemberFields;
}

/** The trail keeps the stored fields, not what is derived from them at read time. */
function auditView(staff: StaffMember) {
  return { ...pickFields(staff), version: staff.version };
}
