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
import { CourseSession } from './course-session.entity';

/**
 * Seats of one kommun on a joint session, given by the organiser. Each kommun books within its
 * own seats, so no kommun ever needs to count another kommun's participants.
 */
@Entity({ name: 'course_session_seat' })
@Index('uq_course_session_seat_session_municipality', ['sessionId', 'municipalityId'], {
  unique: true,
})
@Index('ix_course_session_seat_municipality', ['municipalityId'])
@Check('ck_course_session_seat_seats', '"seats" > 0')
export class CourseSessionSeat {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => CourseSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_course_session_seat_session' })
  session?: CourseSession;

  /** The kommun given the seats. */
  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'municipality_id',
    foreignKeyConstraintName: 'fk_course_session_seat_municipality',
  })
  municipality?: Municipality;

  /** The session's organiser, repeated so that row-level security can let the organiser write. */
  @Column({ type: 'uuid', nullable: true })
  organiserMunicipalityId!: string | null;

  @Column({ type: 'integer' })
  seats!: number;
}
