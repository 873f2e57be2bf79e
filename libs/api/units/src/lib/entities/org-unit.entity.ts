import { ORG_UNIT_KINDS, type OrgUnitKind } from '@kl/shared/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Municipality, ServiceArea } from '@kl/api/organisation';

/** Förvaltning, avdelning, enhet or stadsdel: a tree inside one kommun. */
@Entity({ name: 'org_unit' })
@Index('ix_org_unit_municipality_parent', ['municipalityId', 'parentId'])
@Index('ix_org_unit_parent', ['parentId'])
@Index('ix_org_unit_service_area', ['serviceAreaId'])
// Files name units by name (FORMATS.md §1), so a name is unique within its kommun.
@Index('uq_org_unit_municipality_name', ['municipalityId', 'name'], { unique: true })
export class OrgUnit {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_org_unit_municipality' })
  municipality?: Municipality;

  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => OrgUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_org_unit_parent' })
  parent?: OrgUnit;

  @Column({ type: 'enum', enum: [...ORG_UNIT_KINDS], enumName: 'org_unit_kind' })
  kind!: OrgUnitKind;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'uuid' })
  serviceAreaId!: string;

  @ManyToOne(() => ServiceArea, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_area_id', foreignKeyConstraintName: 'fk_org_unit_service_area' })
  serviceArea?: ServiceArea;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  /** Optimistic concurrency: bumped by every update, checked by conditional updates. */
  @Column({ type: 'integer', default: 1 })
  rowVersion!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
