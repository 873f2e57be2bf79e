import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MunicipalityGroupClassification } from './municipality-group-classification.entity';

/** Kommungrupp within one classification. */
@Entity({ name: 'municipality_group' })
@Index('uq_municipality_group_code', ['classificationId', 'code'], { unique: true })
export class MunicipalityGroup {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  classificationId!: string;

  @ManyToOne(() => MunicipalityGroupClassification, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'classification_id', foreignKeyConstraintName: 'fk_municipality_group_classification' })
  classification?: MunicipalityGroupClassification;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  /** What the group is, in the classification's own words (e.g. "Storstäder: minst 200 000 invånare"). */
  @Column({ type: 'text', nullable: true })
  definition!: string | null;
}
