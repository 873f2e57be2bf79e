import {
  PLAN_STAFF_GROUPS,
  type PlanStaffGroup,
  TARGET_LEVELS,
  type TargetLevel,
} from '@kl/shared/contracts';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Municipality } from '@kl/api/organisation';
import { DevelopmentPlan } from './development-plan.entity';

/**
 * A plan's goal for one topic: the level to reach, the share of the group to reach it, by when,
 * and the gap it was taken from.
 */
@Entity({ name: 'development_plan_goal' })
@Check('ck_development_plan_goal_share', '"target_share" BETWEEN 1 AND 100')
@Index('uq_development_plan_goal_plan_topic', ['planId', 'topicCode'], { unique: true })
export class DevelopmentPlanGoal {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'municipality_id',
    foreignKeyConstraintName: 'fk_development_plan_goal_municipality',
  })
  municipality?: Municipality;

  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => DevelopmentPlan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_development_plan_goal_plan' })
  plan?: DevelopmentPlan;

  @Column({ type: 'text' })
  topicCode!: string;

  @Column({ type: 'enum', enum: [...TARGET_LEVELS], enumName: 'course_level' })
  level!: TargetLevel;

  /** Whole percent of the goal's group to be at least at the level (100 = everyone). */
  @Column({ type: 'smallint', default: 100 })
  targetShare!: number;

  @Column({
    type: 'enum',
    enum: [...PLAN_STAFF_GROUPS],
    enumName: 'plan_staff_group',
    default: 'all',
  })
  staffGroup!: PlanStaffGroup;

  @Column({ type: 'date', nullable: true })
  dueOn!: string | null;

  @Column({ type: 'numeric', precision: 8, scale: 3, nullable: true })
  gapFte!: string | null;
}
