import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MunicipalityGroup } from './municipality-group.entity';
import { MunicipalityGroupClassification } from './municipality-group-classification.entity';
import { Municipality } from './municipality.entity';

/** Which kommungrupp a kommun belongs to in one classification. */
@Entity({ name: 'municipality_group_membership' })
@Index('ix_municipality_group_membership_group', ['groupId'])
export class MunicipalityGroupMembership {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_municipality_group_membership' })
  municipalityId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_municipality_group_membership' })
  classificationId!: string;

  @Column({ type: 'uuid' })
  groupId!: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_membership_municipality' })
  municipality?: Municipality;

  @ManyToOne(() => MunicipalityGroupClassification, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'classification_id', foreignKeyConstraintName: 'fk_membership_classification' })
  classification?: MunicipalityGroupClassification;

  @ManyToOne(() => MunicipalityGroup, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'fk_membership_group' })
  group?: MunicipalityGroup;
}
