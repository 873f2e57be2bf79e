import { ASSESSMENT_SOURCES, type AssessmentSource, CELL_VALUES } from '@kl/shared/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Assessment } from './assessment.entity';

/**
 * The current state of each cell: a copy of its latest `assessment` row, kept by a trigger on
 * `assessment` in the writing transaction (migration AddAssessmentCellTrigger). The history stays
 * append-only in `assessment`; this table spares every read of current values (matrix, dashboard,
 * the save's version check) a DISTINCT ON over the history. The application only reads it.
 */
@Entity({ name: 'assessment_cell' })
@Index('ix_assessment_cell_staff_member', ['staffMemberId'])
@Check('ck_assessment_cell_seq', '"seq" >= 1')
export class AssessmentCell {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_assessment_cell' })
  roundId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_assessment_cell' })
  staffMemberId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_assessment_cell' })
  topicId!: string;

  @PrimaryColumn({
    type: 'enum',
    enum: [...ASSESSMENT_SOURCES],
    enumName: 'assessment_source',
    primaryKeyConstraintName: 'pk_assessment_cell',
  })
  source!: AssessmentSource;

  /** Copied from the row, which holds the kommun's reference (the tenant policy reads it here). */
  @Column({ type: 'uuid' })
  municipalityId!: string;

  /**
   * The row the cell copies: one reference instead of four of its own (that row has checked the
   * kommun, round, staff member and topic already), and the cell goes with it (a person's erasure
   * cascades staff → assessment → cell). Migration LinkAssessmentCellToAssessment.
   */
  @ManyToOne(() => Assessment, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'round_id', referencedColumnName: 'roundId', foreignKeyConstraintName: 'fk_assessment_cell_assessment' },
    { name: 'staff_member_id', referencedColumnName: 'staffMemberId' },
    { name: 'topic_id', referencedColumnName: 'topicId' },
    { name: 'source', referencedColumnName: 'source' },
    { name: 'seq', referencedColumnName: 'seq' },
  ])
  latest?: Assessment;

  /** The cell's version: the highest `assessment.seq` of the cell. */
  @Column({ type: 'integer' })
  seq!: number;

  @Column({ type: 'enum', enum: [...CELL_VALUES], enumName: 'assessment_value', nullable: true })
  value!: (typeof CELL_VALUES)[number] | null;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ type: 'uuid' })
  assessorId!: string;

  @Column({ type: 'timestamptz' })
  assessedAt!: Date;
}
