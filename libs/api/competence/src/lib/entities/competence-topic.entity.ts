import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CompetenceArea } from './competence-area.entity';
import { CompetenceFramework } from './competence-framework.entity';

/** Inriktning, e.g. Familjerätt; its code (`JU02`) is stable across framework versions. */
@Entity({ name: 'competence_topic' })
@Index('uq_competence_topic_framework_code', ['frameworkId', 'code'], { unique: true })
@Index('ix_competence_topic_area', ['areaId'])
export class CompetenceTopic {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  frameworkId!: string;

  @ManyToOne(() => CompetenceFramework, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_id', foreignKeyConstraintName: 'fk_competence_topic_framework' })
  framework?: CompetenceFramework;

  @Column({ type: 'uuid' })
  areaId!: string;

  @ManyToOne(() => CompetenceArea, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'area_id', foreignKeyConstraintName: 'fk_competence_topic_area' })
  area?: CompetenceArea;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'smallint' })
  position!: number;

  /** One line on where the topic comes from or what it covers (an example's source, a kommun's own words). */
  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
