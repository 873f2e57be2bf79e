import { ASSESSMENT_SOURCES, type AssessmentSource, CELL_VALUES } from '@kl/shared/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StaffMember } from '@kl/api/staff';

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

  /**
   * Copied from its `assessment` row, which has checked the kommun, round and topic already: the
   * cell does not check them again (migration DropRedundantAssessmentCellReferences). The staff
   * member's reference stays: a person's erasure deletes their cells with the staff record.
   */
  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => StaffMember, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'staff_member_id',
    foreignKeyConstraintName: 'fk_assessment_cell_staff_member',
  })
  staffMember?: StaffMember;

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
