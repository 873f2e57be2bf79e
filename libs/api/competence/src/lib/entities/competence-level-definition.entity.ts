import { COMPETENCE_LEVELS, type CompetenceLevel } from '@kl/shared/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CompetenceFramework } from './competence-framework.entity';

/** What a level means in one framework (the national definitions of S, G and F). */
@Entity({ name: 'competence_level_definition' })
@Index('uq_competence_level_definition_framework_level', ['frameworkId', 'level'], { unique: true })
export class CompetenceLevelDefinition {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  frameworkId!: string;

  @ManyToOne(() => CompetenceFramework, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_id', foreignKeyConstraintName: 'fk_competence_level_definition_framework' })
  framework?: CompetenceFramework;

  @Column({ type: 'enum', enum: [...COMPETENCE_LEVELS], enumName: 'competence_level' })
  level!: CompetenceLevel;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  definition!: string;
}
