import { TARGET_LEVELS, type TargetLevel } from '@kl/shared/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Municipality } from '@kl/api/organisation';
import { DevelopmentPlan } from './development-plan.entity';

/** A plan's goal for one topic: the level to reach, and the gap it was taken from. */
@Entity({ name: 'development_plan_goal' })
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

  @Column({ type: 'numeric', precision: 8, scale: 3, nullable: true })
  gapFte!: string | null;
}
