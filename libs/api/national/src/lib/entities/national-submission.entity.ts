import { SUBMISSION_SOURCES, type SubmissionSource } from '@kl/shared/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Municipality } from '@kl/api/organisation';
import { NationalRound } from './national-round.entity';

/**
 * One kommun's submission of aggregates to a national round. A new one replaces the previous as a
 * whole (`replaced_at` set); every submission is kept. No column names a person: who submitted is
 * in the audit trail.
 */
@Entity({ name: 'national_submission' })
@Index('uq_national_submission_current', ['nationalRoundId', 'municipalityId'], {
  unique: true,
  where: '"replaced_at" IS NULL',
})
@Index('ix_national_submission_municipality', ['municipalityId', 'submittedAt'])
export class NationalSubmission {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  nationalRoundId!: string;

  @ManyToOne(() => NationalRound, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'national_round_id', foreignKeyConstraintName: 'fk_national_submission_round' })
  round?: NationalRound;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_national_submission_municipality' })
  municipality?: Municipality;

  @Column({ type: 'enum', enum: SUBMISSION_SOURCES, enumName: 'national_submission_source' })
  source!: SubmissionSource;

  @Column({ type: 'integer' })
  rowCount!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  replacedAt!: Date | null;
}
