import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Municipality } from '@kl/api/organisation';
import { IntroductionProgrammeStep } from './introduction-programme-step.entity';
import { StaffIntroduction } from './staff-introduction.entity';

/**
 * A step of a person's introduction marked done: when, and by which account (no foreign key, as
 * in the audit trail: the mark outlives the account). Course steps are done by participation.
 */
@Entity({ name: 'staff_introduction_step' })
@Index('uq_staff_introduction_step', ['introductionId', 'stepId'], { unique: true })
@Index('ix_staff_introduction_step_step', ['stepId'])
export class StaffIntroductionStep {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'municipality_id',
    foreignKeyConstraintName: 'fk_staff_introduction_step_municipality',
  })
  municipality?: Municipality;

  @Column({ type: 'uuid' })
  introductionId!: string;

  @ManyToOne(() => StaffIntroduction, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'introduction_id',
    foreignKeyConstraintName: 'fk_staff_introduction_step_introduction',
  })
  introduction?: StaffIntroduction;

  @Column({ type: 'uuid' })
  stepId!: string;

  @ManyToOne(() => IntroductionProgrammeStep, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'step_id',
    foreignKeyConstraintName: 'fk_staff_introduction_step_step',
  })
  step?: IntroductionProgrammeStep;

  @Column({ type: 'date' })
  doneOn!: string;

  @Column({ type: 'uuid', nullable: true })
  doneByUserId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
