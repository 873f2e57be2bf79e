import { TARGET_CHOICES, type TargetChoice } from '@kl/shared/contracts';
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
import { CompetenceTargetSet } from './competence-target-set.entity';

/**
 * Målnivå: what one target set says about one topic — a level, or `none` (explicitly no target,
 * overriding a unit above). A topic without a row is inherited.
 */
@Entity({ name: 'competence_target' })
@Index('uq_competence_target_set_topic', ['setId', 'topicId'], { unique: true })
@Index('ix_competence_target_topic', ['topicId'])
@Check('ck_competence_target_share', '"share" BETWEEN 1 AND 100')
export class CompetenceTarget {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The set's kommun, repeated so that row-level security can filter the rows themselves. */
  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'municipality_id',
    foreignKeyConstraintName: 'fk_competence_target_municipality',
  })
  municipality?: Municipality;

  @Column({ type: 'uuid' })
  setId!: string;

  @ManyToOne(() => CompetenceTargetSet, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'set_id', foreignKeyConstraintName: 'fk_competence_target_set' })
  set?: CompetenceTargetSet;

  /** A topic of the set's framework version. */
  @Column({ type: 'uuid' })
  topicId!: string;

  @ManyToOne(() => CompetenceTopic, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'topic_id', foreignKeyConstraintName: 'fk_competence_target_topic' })
  topic?: CompetenceTopic;

  @Column({ type: 'enum', enum: [...TARGET_CHOICES], enumName: 'competence_target_choice' })
  choice!: TargetChoice;

  /** The share (whole percent) of the staff that must reach the level: 100 = everyone. */
  @Column({ type: 'smallint', default: 100 })
  share!: number;
}
