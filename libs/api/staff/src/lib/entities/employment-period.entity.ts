import {
  DEGREES,
  type Degree,
  EMPLOYMENT_TYPES,
  type EmploymentType,
  LEAVING_REASONS,
  type LeavingReason,
  STAFF_ROLES,
  type StaffRole,
} from '@kl/shared/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Municipality } from '@kl/api/organisation';
import { OrgUnit } from '@kl/api/units';
import { StaffMember } from './staff-member.entity';

/**
 * One employment of a staff member, kept by the database (trigger `employment_period_follow`): the
 * current one follows the staff record; one that ended stays as it was when the person comes back.
 * Erasure unlinks it (staff member null): turnover and retention keep counting it, nameless.
 */
@Entity({ name: 'employment_period' })
@Index('ix_employment_period_staff', ['staffMemberId', 'employmentStart'])
@Index('ix_employment_period_municipality', ['municipalityId', 'employmentStart'])
export class EmploymentPeriod {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_employment_period_municipality' })
  municipality?: Municipality;

  @Column({ type: 'uuid', nullable: true })
  staffMemberId!: string | null;

  @ManyToOne(() => StaffMember, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'staff_member_id', foreignKeyConstraintName: 'fk_employment_period_staff_member' })
  staffMember?: StaffMember;

  @Column({ type: 'uuid', nullable: true })
  unitId!: string | null;

  @ManyToOne(() => OrgUnit, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_employment_period_unit' })
  unit?: OrgUnit;

  @Column({ type: 'enum', enum: [...STAFF_ROLES], enumName: 'staff_role' })
  role!: StaffRole;

  @Column({ type: 'enum', enum: [...EMPLOYMENT_TYPES], enumName: 'staff_employment_type' })
  employmentType!: EmploymentType;

  @Column({ type: 'numeric', precision: 4, scale: 3 })
  fte!: string;

  @Column({ type: 'enum', enum: [...DEGREES], enumName: 'staff_degree' })
  degree!: Degree;

  @Column({ type: 'smallint', nullable: true })
  degreeYear!: number | null;

  @Column({ type: 'date' })
  experienceStart!: string;

  @Column({ type: 'date' })
  employmentStart!: string;

  @Column({ type: 'date', nullable: true })
  employmentEnd!: string | null;

  @Column({ type: 'enum', enum: [...LEAVING_REASONS], enumName: 'staff_leaving_reason', nullable: true })
  leavingReason!: LeavingReason | null;
}
