import { FOLLOW_UP_APPLIED, type FollowUpApplied } from '@kl/shared/contracts';
import {
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
import { Participation } from './participation.entity';

/**
 * Uppföljning (förvaltning) of one completed participation: is what was learnt applied in
 * practice, and when are its topics reassessed. A person table (`staff_member_id`, kept beside the
 * participation's for the scope filter): kommun row-level security, audited, in the GDPR export;
 * erasure blanks the note and unlinks the person, the answer stays in the kommun's indicators.
 */
@Entity({ name: 'training_follow_up' })
@Index('uq_training_follow_up_participation', ['participationId'], { unique: true })
@Index('ix_training_follow_up_staff', ['staffMemberId'])
export class TrainingFollowUp {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'municipality_id',
    foreignKeyConstraintName: 'fk_training_follow_up_municipality',
  })
  municipality?: Municipality;

  @Column({ type: 'uuid' })
  participationId!: string;

  @ManyToOne(() => Participation, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'participation_id',
    foreignKeyConstraintName: 'fk_training_follow_up_participation',
  })
  participation?: Participation;

  @Column({ type: 'uuid', nullable: true })
  staffMemberId!: string | null;

  @ManyToOne(() => StaffMember, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'staff_member_id',
    foreignKeyConstraintName: 'fk_training_follow_up_staff_member',
  })
  staffMember?: StaffMember;

  @Column({ type: 'enum', enum: [...FOLLOW_UP_APPLIED], enumName: 'follow_up_applied' })
  applied!: FollowUpApplied;

  @Column({ type: 'text', default: '' })
  note!: string;

  @Column({ type: 'date' })
  recordedOn!: string;

  @Column({ type: 'integer', default: 1 })
  rowVersion!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
