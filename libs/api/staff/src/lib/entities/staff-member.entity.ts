import {
  DEGREES,
  type Degree,
  EMPLOYMENT_TYPES,
  type EmploymentType,
  GENDERS,
  type Gender,
  LEAVING_REASONS,
  type LeavingReason,
  QUALIFICATION_STATUSES,
  type QualificationStatus,
  STAFF_ROLES,
  type StaffRole,
} from '@kl/shared/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Municipality } from '@kl/api/organisation';
import { OrgUnit } from '@kl/api/units';

/**
 * Medarbetare: a caseworker or team leader of one kommun. Years of experience are derived from
 * `experience_start` at a reference date, never stored (DESIGN.md §3).
 */
@Entity({ name: 'staff_member' })
@Index('uq_staff_member_municipality_employee_number', ['municipalityId', 'employeeNumber'], { unique: true })
@Index('ix_staff_member_unit', ['unitId'])
@Index('ix_staff_member_municipality_name', ['municipalityId', 'lastName', 'firstName'])
@Check('ck_staff_member_fte', '"fte" >= 0.01 AND "fte" <= 1')
@Check('ck_staff_member_dispensation', `("qualification_status" = 'dispensation') = ("dispensation_until" IS NOT NULL)`)
export class StaffMember {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_staff_member_municipality' })
  municipality?: Municipality;

  /** Anställningsnummer, unique within the kommun. */
  @Column({ type: 'text' })
  employeeNumber!: string;

  @Column({ type: 'text' })
  firstName!: string;

  @Column({ type: 'text' })
  lastName!: string;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => OrgUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_staff_member_unit' })
  unit?: OrgUnit;

  @Column({ type: 'enum', enum: [...STAFF_ROLES], enumName: 'staff_role' })
  role!: StaffRole;

  @Column({ type: 'enum', enum: [...GENDERS], enumName: 'staff_gender' })
  gender!: Gender;

  /** Sysselsättningsgrad 0.010–1.000 (87,5 % is 0.875); numeric, never float (FTE sums are reported exactly). */
  @Column({ type: 'numeric', precision: 4, scale: 3 })
  fte!: string;

  @Column({ type: 'enum', enum: [...EMPLOYMENT_TYPES], enumName: 'staff_employment_type' })
  employmentType!: EmploymentType;

  @Column({ type: 'date' })
  employmentStart!: string;

  @Column({ type: 'date', nullable: true })
  employmentEnd!: string | null;

  @Column({ type: 'date' })
  experienceStart!: string;

  @Column({ type: 'enum', enum: [...DEGREES], enumName: 'staff_degree' })
  degree!: Degree;

  @Column({ type: 'smallint', nullable: true })
  degreeYear!: number | null;

  @Column({ type: 'boolean', default: false })
  continuingEducation!: boolean;

  @Column({ type: 'boolean', default: false })
  furtherEducation!: boolean;

  @Column({ type: 'boolean', default: false })
  masters!: boolean;

  @Column({ type: 'enum', enum: [...QUALIFICATION_STATUSES], enumName: 'staff_qualification_status', nullable: true })
  qualificationStatus!: QualificationStatus | null;

  @Column({ type: 'date', nullable: true })
  dispensationUntil!: string | null;

  @Column({ type: 'boolean', nullable: true })
  firstManagerialJob!: boolean | null;

  @Column({ type: 'boolean', nullable: true })
  needsDevelopment!: boolean | null;

  /** Year of birth only (HR sees it; for age structure and retirements). */
  @Column({ type: 'smallint', nullable: true })
  birthYear!: number | null;

  @Column({ type: 'enum', enum: [...LEAVING_REASONS], enumName: 'staff_leaving_reason', nullable: true })
  leavingReason!: LeavingReason | null;

  /** Optimistic concurrency: bumped by every update, checked by conditional updates. */
  @Column({ type: 'integer', default: 1 })
  rowVersion!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
