import { CROSSWALK_KINDS, type CrosswalkKind } from '@kl/shared/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CompetenceFramework } from './competence-framework.entity';

/**
 * How one topic of a framework version relates to the version it was copied from (`based_on`),
 * by stable topic codes, so that trends across rounds survive framework changes.
 */
@Entity({ name: 'competence_crosswalk_entry' })
@Index('ix_competence_crosswalk_entry_framework', ['frameworkId', 'position'])
export class CompetenceCrosswalkEntry {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  frameworkId!: string;

  @ManyToOne(() => CompetenceFramework, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_id', foreignKeyConstraintName: 'fk_competence_crosswalk_entry_framework' })
  framework?: CompetenceFramework;

  /** The topic of this version; null when the old topic was removed. */
  @Column({ type: 'text', nullable: true })
  topicCode!: string | null;

  /** The topic of the previous version; null for a new topic. */
  @Column({ type: 'text', nullable: true })
  previousTopicCode!: string | null;

  @Column({ type: 'enum', enum: [...CROSSWALK_KINDS], enumName: 'crosswalk_kind' })
  kind!: CrosswalkKind;

  @Column({ type: 'smallint' })
  position!: number;
}
