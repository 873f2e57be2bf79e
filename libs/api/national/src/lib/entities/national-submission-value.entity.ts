import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { NationalSubmission } from './national-submission.entity';

/**
 * One cell of a submission in the FORMATS.md §3 long form. Keys not used by a measure are ''
 * (so the key is the primary key and a cell cannot come twice). A measure's value is exact
 * (FTE with one decimal, counts whole); an indicator's is its answer.
 */
@Entity({ name: 'national_submission_value' })
@Index('ix_national_submission_value_municipality', ['municipalityId'])
export class NationalSubmissionValue {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_national_submission_value' })
  submissionId!: string;

  @ManyToOne(() => NationalSubmission, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_id', foreignKeyConstraintName: 'fk_national_submission_value_submission' })
  submission?: NationalSubmission;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_national_submission_value' })
  measure!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_national_submission_value' })
  topic!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_national_submission_value' })
  level!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_national_submission_value' })
  gender!: string;

  /**
   * Repeated from the submission for the kommun wall (row-level security). No foreign key of its
   * own: the submission's holds it (and takes the values along), and a survey load writes 27 000
   * rows whose second key check would cost as much as the rest of the insert.
   */
  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'numeric', precision: 12, scale: 1, nullable: true })
  value!: string | null;

  @Column({ type: 'text', nullable: true })
  answer!: string | null;
}
