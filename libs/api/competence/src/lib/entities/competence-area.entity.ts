import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CompetenceFramework } from './competence-framework.entity';

/** Kompetensområde, e.g. Juridik. */
@Entity({ name: 'competence_area' })
@Index('uq_competence_area_framework_code', ['frameworkId', 'code'], { unique: true })
export class CompetenceArea {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  frameworkId!: string;

  @ManyToOne(() => CompetenceFramework, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_id', foreignKeyConstraintName: 'fk_competence_area_framework' })
  framework?: CompetenceFramework;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'smallint' })
  position!: number;
}
