import {
  CANCELLATION_REASONS,
  type CancellationReason,
  FUNDING_SOURCES,
  type FundingSource,
  PARTICIPATION_STATUSES,
  type ParticipationStatus,
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
import { CourseSession } from './course-session.entity';
import { StateGrant } from './state-grant.entity';

/**
 * Deltagande: one staff member on one session, with its status, cost and funding source. A
 * person table (`staff_member_id`): kommun row-level security, audited, never readable by the
 * national and regional tiers.
 */
@Entity({ name: 'participation' })
@Index('uq_participation_session_staff_active', ['sessionId', 'staffMemberId'], {
  unique: true,
  where: `"status" <> 'cancelled'`,
})
@Index('ix_participation_staff', ['staffMemberId'])
@Index('ix_participation_municipality_session', ['municipalityId', 'sessionId'])
@Index('ix_participation_grant', ['grantId'])
@Check(
  'ck_participation_cancellation',
  `("status" = 'cancelled') = ("cancellation_reason" IS NOT NULL)`,
)
@Check('ck_participation_grant', `("funding_source" = 'grant') = ("grant_id" IS NOT NULL)`)
@Check('ck_participation_cost', '"cost" >= 0')
export class Participation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'municipality_id',
    foreignKeyConstraintName: 'fk_participation_municipality',
  })
  municipality?: Municipality;

  /** Null once the person's data has been erased: the booking's cost and seat stay in the figures. */
  @Column({ type: 'uuid', nullable: true })
  staffMemberId!: string | null;

  @ManyToOne(() => StaffMember, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'staff_member_id',
    foreignKeyConstraintName: 'fk_participation_staff_member',
  })
  staffMember?: StaffMember;

  @Column({ type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => CourseSession, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_participation_session' })
  session?: CourseSession;

  @Column({ type: 'enum', enum: [...PARTICIPATION_STATUSES], enumName: 'participation_status' })
  status!: ParticipationStatus;

  @Column({
    type: 'enum',
    enum: [...CANCELLATION_REASONS],
    enumName: 'cancellation_reason',
    nullable: true,
  })
  cancellationReason!: CancellationReason | null;

  @Column({ type: 'numeric', precision: 12, scale: 2 })
  cost!: string;

  @Column({ type: 'enum', enum: [...FUNDING_SOURCES], enumName: 'funding_source' })
  fundingSource!: FundingSource;

  @Column({ type: 'uuid', nullable: true })
  grantId!: string | null;

  @ManyToOne(() => StateGrant, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'grant_id', foreignKeyConstraintName: 'fk_participation_grant' })
  grant?: StateGrant;

  @Column({ type: 'integer', default: 1 })
  rowVersion!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
