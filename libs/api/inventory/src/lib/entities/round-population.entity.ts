import {
  DEGREES,
  type Degree,
  EMPLOYMENT_TYPES,
  type EmploymentType,
  GENDERS,
  type Gender,
  QUALIFICATION_STATUSES,
  type QualificationStatus,
  STAFF_ROLES,
  type StaffRole,
} from '@kl/shared/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Municipality } from '@kl/api/organisation';
import { OrgUnit } from '@kl/api/units';
import { StaffMember } from '@kl/api/staff';
import { InventoryRound } from './inventory-round.entity';

/**
 * Omgångens population, frozen when the round closes: one row per person the round counts, with
 * their attributes as on the reference date and their leader levels at the close. Closed rounds,
 * trends, national submissions and the effect of training read these rows, so later edits of a
 * person never move a closed figure. The person's link is cut (not the row) when their data is
 * erased: the figures stay.
 */
@Entity({ name: 'round_population' })
@Index('uq_round_population_round_staff', ['roundId', 'staffMemberId'], { unique: true })
@Index('ix_round_population_staff', ['staffMemberId'])
export class RoundPopulation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_round_population_municipality' })
  municipality?: Municipality;

  @Column({ type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => InventoryRound, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_round_population_round' })
  round?: InventoryRound;

  @Column({ type: 'uuid', nullable: true })
  staffMemberId!: string | null;

  @ManyToOne(() => StaffMember, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'staff_member_id', foreignKeyConstraintName: 'fk_round_population_staff_member' })
  staffMember?: StaffMember;

  /** The person's unit on the reference date. */
  @Column({ type: 'uuid', nullable: true })
  unitId!: string | null;

  @ManyToOne(() => OrgUnit, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_round_population_unit' })
  unit?: OrgUnit;

  /** The unit's name when the round closed: a later renaming does not rename a closed round's rows. */
  @Column({ type: 'text' })
  unitName!: string;

  @Column({ type: 'enum', enum: [...STAFF_ROLES], enumName: 'staff_role' })
  role!: StaffRole;

  /** As on the staff record: thousandths (87,5 % is 0.875). */
  @Column({ type: 'numeric', precision: 4, scale: 3 })
  fte!: string;

  @Column({ type: 'enum', enum: [...GENDERS], enumName: 'staff_gender' })
  gender!: Gender;

  @Column({ type: 'enum', enum: [...EMPLOYMENT_TYPES], enumName: 'staff_employment_type' })
  employmentType!: EmploymentType;

  @Column({ type: 'date' })
  employmentStart!: string;

  /** Years of experience and their bands are derived from this at the round's reference date. */
  @Column({ type: 'date' })
  experienceStart!: string;

  @Column({ type: 'enum', enum: [...DEGREES], enumName: 'staff_degree' })
  degree!: Degree;

  @Column({ type: 'boolean' })
  continuingEducation!: boolean;

  @Column({ type: 'boolean' })
  furtherEducation!: boolean;

  @Column({ type: 'boolean' })
  masters!: boolean;

  @Column({ type: 'enum', enum: [...QUALIFICATION_STATUSES], enumName: 'staff_qualification_status', nullable: true })
  qualificationStatus!: QualificationStatus | null;

  @Column({ type: 'date', nullable: true })
  dispensationUntil!: string | null;

  @Column({ type: 'boolean', nullable: true })
  firstManagerialJob!: boolean | null;

  @Column({ type: 'boolean', nullable: true })
  needsDevelopment!: boolean | null;

  /** The leader's levels at the close, in the compact form of cell-levels.ts (topic index + value letter). */
  @Column({ type: 'text', default: '' })
  levels!: string;
}
