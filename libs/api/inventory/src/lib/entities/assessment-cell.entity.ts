import { ASSESSMENT_SOURCES, type AssessmentSource, CELL_VALUES } from '@kl/shared/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Municipality } from '@kl/api/organisation';
import { CompetenceTopic } from '@kl/api/competence';
import { StaffMember } from '@kl/api/staff';
import { InventoryRound } from './inventory-round.entity';

/**
 * The current state of each cell: a copy of its latest `assessment` row, kept by a trigger on
 * `assessment` in the writing transaction (migration AddAssessmentCellTrigger). The history stays
 * append-only in `assessment`; this table spares every read of current values (matrix, dashboard,
 * the save's version check) a DISTINCT ON over the history. The application only reads it.
 */
@Entity({ name: 'assessment_cell' })
@Index('ix_assessment_cell_staff_member', ['staffMemberId'])
@Index('ix_assessment_cell_topic', ['topicId'])
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

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'municipality_id',
    foreignKeyConstraintName: 'fk_assessment_cell_municipality',
  })
  municipality?: Municipality;

  @ManyToOne(() => InventoryRound, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_assessment_cell_round' })
  round?: InventoryRound;

  @ManyToOne(() => StaffMember, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'staff_member_id',
    foreignKeyConstraintName: 'fk_assessment_cell_staff_member',
  })
  staffMember?: StaffMember;

  @ManyToOne(() => CompetenceTopic, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'topic_id', foreignKeyConstraintName: 'fk_assessment_cell_topic' })
  topic?: CompetenceTopic;

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
