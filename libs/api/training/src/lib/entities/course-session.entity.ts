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
import { Course } from './course.entity';

/**
 * Kurstillfälle: dates, place, capacity. Organised by a kommun (`municipality_id`) or by the län
 * (null). Other kommuner of the län book on it only with seats given to them
 * ({@link CourseSessionSeat}); the organiser has what is not given out.
 */
@Entity({ name: 'course_session' })
@Index('ix_course_session_course', ['courseId', 'startsOn'])
@Index('ix_course_session_dates', ['startsOn', 'endsOn'])
@Check('ck_course_session_dates', '"ends_on" >= "starts_on"')
@Check('ck_course_session_capacity', '"capacity" > 0')
export class CourseSession {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  courseId!: string;

  @ManyToOne(() => Course, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_course_session_course' })
  course?: Course;

  /** The organising kommun; null for a session of the län. */
  @Column({ type: 'uuid', nullable: true })
  municipalityId!: string | null;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'municipality_id',
    foreignKeyConstraintName: 'fk_course_session_municipality',
  })
  municipality?: Municipality;

  @Column({ type: 'char', length: 2 })
  countyCode!: string;

  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date' })
  endsOn!: string;

  @Column({ type: 'text', nullable: true })
  place!: string | null;

  @Column({ type: 'boolean', default: false })
  online!: boolean;

  @Column({ type: 'integer' })
  capacity!: number;

  @Column({ type: 'integer', default: 1 })
  rowVersion!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
