import { TARGET_LEVELS, type TargetLevel } from '@kl/shared/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Course } from './course.entity';

/**
 * A topic a course develops and the level it aims at. Topics are named by their stable code
 * (DESIGN.md §3), so a course outlives framework versions.
 */
@Entity({ name: 'course_topic' })
@Index('uq_course_topic_course_topic', ['courseId', 'topicCode'], { unique: true })
@Index('ix_course_topic_topic', ['topicCode'])
export class CourseTopic {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  courseId!: string;

  @ManyToOne(() => Course, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_course_topic_course' })
  course?: Course;

  @Column({ type: 'text' })
  topicCode!: string;

  @Column({ type: 'enum', enum: [...TARGET_LEVELS], enumName: 'course_level' })
  level!: TargetLevel;
}
