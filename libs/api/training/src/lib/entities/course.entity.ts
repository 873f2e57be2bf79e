import {
  COURSE_PROVIDERS,
  COURSE_TARGET_DEGREES,
  COURSE_TARGET_EXPERIENCE,
  COURSE_TYPES,
  type CourseProvider,
  type CourseTargetDegree,
  type CourseTargetExperience,
  type CourseType,
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

/**
 * Kurs / insats in a catalogue. A kommun's own course (`municipality_id`), which it may share with
 * the other kommuner of its län, or a course of the län published by the regional analyst
 * (`municipality_id` null, always shared). No person is ever named here, so the regional tier
 * writes the län's courses through its own database role (ADR 0008).
 */
@Entity({ name: 'course' })
@Index('ix_course_municipality', ['municipalityId'])
@Index('ix_course_county', ['countyCode'])
@Check('ck_course_county_shared', '"municipality_id" IS NOT NULL OR "shared"')
export class Course {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Null: a course of the län. */
  @Column({ type: 'uuid', nullable: true })
  municipalityId!: string | null;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_course_municipality' })
  municipality?: Municipality;

  /** The län it belongs to (the owning kommun's län), what sharing and the regional tier read. */
  @Column({ type: 'char', length: 2 })
  countyCode!: string;

  @Column({ type: 'boolean', default: false })
  shared!: boolean;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'enum', enum: [...COURSE_TYPES], enumName: 'course_type' })
  type!: CourseType;

  @Column({ type: 'enum', enum: [...COURSE_PROVIDERS], enumName: 'course_provider' })
  provider!: CourseProvider;

  /** Högskolepoäng. */
  @Column({ type: 'numeric', precision: 5, scale: 1, nullable: true })
  credits!: string | null;

  @Column({ type: 'numeric', precision: 5, scale: 1, nullable: true })
  durationDays!: string | null;

  /** Kronor; money is numeric, never float. */
  @Column({ type: 'numeric', precision: 12, scale: 2, default: 0 })
  costPerParticipant!: string;

  /** Null: caseworkers and team leaders alike. */
  @Column({ type: 'enum', enum: [...STAFF_ROLES], enumName: 'staff_role', nullable: true })
  targetRole!: StaffRole | null;

  @Column({
    type: 'enum',
    enum: [...COURSE_TARGET_DEGREES],
    enumName: 'course_target_degree',
    default: 'any',
  })
  targetDegree!: CourseTargetDegree;

  @Column({
    type: 'enum',
    enum: [...COURSE_TARGET_EXPERIENCE],
    enumName: 'course_target_experience',
    default: 'any',
  })
  targetExperience!: CourseTargetExperience;

  @Column({ type: 'integer', default: 1 })
  rowVersion!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
