import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CompetenceFramework } from '@kl/api/competence';
import { MunicipalityGroupClassification } from '@kl/api/organisation';

/**
 * A national round (e.g. `2016`): the framework version the kommuner answer, the reference date,
 * the window, and the kommungrupp classification its tables are broken down by. Its status
 * follows the window.
 */
@Entity({ name: 'national_round' })
@Index('uq_national_round_code', ['code'], { unique: true })
export class NationalRound {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'uuid' })
  frameworkId!: string;

  @ManyToOne(() => CompetenceFramework, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'framework_id', foreignKeyConstraintName: 'fk_national_round_framework' })
  framework?: CompetenceFramework;

  @Column({ type: 'uuid' })
  classificationId!: string;

  @ManyToOne(() => MunicipalityGroupClassification, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'classification_id', foreignKeyConstraintName: 'fk_national_round_classification' })
  classification?: MunicipalityGroupClassification;

  @Column({ type: 'date' })
  referenceDate!: string;

  @Column({ type: 'date' })
  opensOn!: string;

  @Column({ type: 'date' })
  closesOn!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
