import { ASSESSMENT_SOURCES, type AssessmentSource, CELL_VALUES } from '@kl/shared/contracts';
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
import { CompetenceTopic } from '@kl/api/competence';
import { StaffMember } from '@kl/api/staff';
import { InventoryRound } from './inventory-round.entity';

/**
 * Bedömning: one write to a cell (staff member × topic × round × source). Append-only: the
 * current value of a cell is its row with the highest `seq`; `value` null is a cleared cell
 * (not assessed), never a level. The unique `seq` per cell makes concurrent writers of the same
 * version collide, so exactly one wins.
 */
@Entity({ name: 'assessment' })
@Index('uq_assessment_cell_seq', ['roundId', 'staffMemberId', 'topicId', 'source', 'seq'], {
  unique: true,
})
@Index('ix_assessment_staff_member', ['staffMemberId'])
@Index('ix_assessment_topic', ['topicId'])
@Check('ck_assessment_seq', '"seq" >= 1')
export class Assessment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_assessment_municipality' })
  municipality?: Municipality;

  @Column({ type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => InventoryRound, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_assessment_round' })
  round?: InventoryRound;

  /** Erasing a person (GDPR) erases their assessments; submitted aggregates are kept elsewhere. */
  @Column({ type: 'uuid' })
  staffMemberId!: string;

  @ManyToOne(() => StaffMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staff_member_id', foreignKeyConstraintName: 'fk_assessment_staff_member' })
  staffMember?: StaffMember;

  @Column({ type: 'uuid' })
  topicId!: string;

  @ManyToOne(() => CompetenceTopic, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'topic_id', foreignKeyConstraintName: 'fk_assessment_topic' })
  topic?: CompetenceTopic;

  @Column({ type: 'enum', enum: [...ASSESSMENT_SOURCES], enumName: 'assessment_source' })
  source!: AssessmentSource;

  /** 1 for the first write of the cell; the cell's version is its highest seq. */
  @Column({ type: 'integer' })
  seq!: number;

  /** A level or `not_applicable`; null = cleared (not assessed). */
  @Column({ type: 'enum', enum: [...CELL_VALUES], enumName: 'assessment_value', nullable: true })
  value!: (typeof CELL_VALUES)[number] | null;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  /** The account that wrote the row; no foreign key, the history outlives the account. */
  @Column({ type: 'uuid' })
  assessorId!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  assessedAt!: Date;
}
