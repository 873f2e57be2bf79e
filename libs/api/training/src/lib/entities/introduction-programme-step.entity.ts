import { INTRODUCTION_STEP_KINDS, type IntroductionStepKind } from '@kl/shared/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Municipality } from '@kl/api/organisation';
import { Course } from './course.entity';
import { IntroductionProgramme } from './introduction-programme.entity';

/** A step of an introduction programme, due in a week after the start; a `course` step names its course. */
@Entity({ name: 'introduction_programme_step' })
@Index('ix_introduction_programme_step_programme', ['programmeId', 'position'])
@Index('ix_introduction_programme_step_course', ['courseId'])
export class IntroductionProgrammeStep {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'municipality_id',
    foreignKeyConstraintName: 'fk_introduction_programme_step_municipality',
  })
  municipality?: Municipality;

  @Column({ type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => IntroductionProgramme, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'programme_id',
    foreignKeyConstraintName: 'fk_introduction_programme_step_programme',
  })
  programme?: IntroductionProgramme;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'enum', enum: [...INTRODUCTION_STEP_KINDS], enumName: 'introduction_step_kind' })
  kind!: IntroductionStepKind;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'integer' })
  dueWeek!: number;

  @Column({ type: 'uuid', nullable: true })
  courseId!: string | null;

  @ManyToOne(() => Course, { onDelete: 'NO ACTION' })
  @JoinColumn({
    name: 'course_id',
    foreignKeyConstraintName: 'fk_introduction_programme_step_course',
  })
  course?: Course;
}
