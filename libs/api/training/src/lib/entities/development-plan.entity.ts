import {
  PLAN_KINDS,
  PLAN_STAFF_GROUPS,
  PLAN_STATUSES,
  type PlanKind,
  type PlanStaffGroup,
  type PlanStatus,
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
import { StaffMember } from '@kl/api/staff';
import { OrgUnit } from '@kl/api/units';

/**
 * Kompetensutvecklingsplan: an overall plan of the kommun (`unit_id` null) or a unit for a year
 * and staff group,
 * or an individual plan of one staff member (team leaders too). Goals per topic are
 * {@link DevelopmentPlanGoal} rows; the yearly follow-up is kept on the plan.
 */
@Entity({ name: 'development_plan' })
@Index('uq_development_plan_overall', ['municipalityId', 'unitId', 'year', 'staffGroup'], {
  unique: true,
  where: `"kind" = 'overall' AND "unit_id" IS NOT NULL`,
})
@Index('uq_development_plan_kommun', ['municipalityId', 'year', 'staffGroup'], {
  unique: true,
  where: `"kind" = 'overall' AND "unit_id" IS NULL`,
})
@Index('uq_development_plan_individual', ['staffMemberId', 'year'], {
  unique: true,
  where: `"kind" = 'individual'`,
})
@Check('ck_development_plan_kind', `("kind" = 'individual') = ("staff_member_id" IS NOT NULL)`)
@Check('ck_development_plan_staff_group', `"kind" = 'overall' OR "staff_group" = 'all'`)
@Check(
  'ck_development_plan_budget',
  '"budget_ordinary" >= 0 AND "budget_grant" >= 0 AND "budget_other" >= 0',
)
export class DevelopmentPlan {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'municipality_id',
    foreignKeyConstraintName: 'fk_development_plan_municipality',
  })
  municipality?: Municipality;

  @Column({ type: 'enum', enum: [...PLAN_KINDS], enumName: 'development_plan_kind' })
  kind!: PlanKind;

  @Column({ type: 'smallint' })
  year!: number;

  @Column({ type: 'uuid', nullable: true })
  unitId!: string | null;

  @ManyToOne(() => OrgUnit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_development_plan_unit' })
  unit?: OrgUnit;

  /** Individual plans: the person (erased with them). */
  @Column({ type: 'uuid', nullable: true })
  staffMemberId!: string | null;

  @ManyToOne(() => StaffMember, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'staff_member_id',
    foreignKeyConstraintName: 'fk_development_plan_staff_member',
  })
  staffMember?: StaffMember;

  /** Overall plans: the staff the plan is for (the kommun may keep one per group and year). */
  @Column({
    type: 'enum',
    enum: [...PLAN_STAFF_GROUPS],
    enumName: 'plan_staff_group',
    default: 'all',
  })
  staffGroup!: PlanStaffGroup;

  @Column({
    type: 'enum',
    enum: [...PLAN_STATUSES],
    enumName: 'development_plan_status',
    default: 'draft',
  })
  status!: PlanStatus;

  @Column({ type: 'numeric', precision: 12, scale: 2, default: 0 })
  budgetOrdinary!: string;

  @Column({ type: 'numeric', precision: 12, scale: 2, default: 0 })
  budgetGrant!: string;

  @Column({ type: 'numeric', precision: 12, scale: 2, default: 0 })
  budgetOther!: string;

  @Column({ type: 'text', nullable: true })
  followUpDone!: string | null;

  @Column({ type: 'text', nullable: true })
  followUpNotDone!: string | null;

  @Column({ type: 'text', nullable: true })
  followUpNext!: string | null;

  @Column({ type: 'date', nullable: true })
  followedUpOn!: string | null;

  @Column({ type: 'integer', default: 1 })
  rowVersion!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
