import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A kommungrupp classification such as SKR 2023; older ones (2011, 2017) can sit beside it. */
@Entity({ name: 'municipality_group_classification' })
@Index('uq_municipality_group_classification_code', ['code'], { unique: true })
@Index('uq_municipality_group_classification_current', ['isCurrent'], {
  unique: true,
  where: 'is_current',
})
export class MunicipalityGroupClassification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  /** The classification national tables use by default; exactly one is current. */
  @Column({ type: 'boolean', default: false })
  isCurrent!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
