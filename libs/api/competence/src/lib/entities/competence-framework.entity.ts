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

export type FrameworkStatus = 'draft' | 'published';

/** Kompetensramverk: one version of a framework for a service area. Published versions are immutable. */
@Entity({ name: 'competence_framework' })
@Index('uq_competence_framework_national_code_version', ['code', 'version'], { unique: true, where: 'municipality_id IS NULL' })
@Index('uq_competence_framework_local_code_version', ['municipalityId', 'code', 'version'], {
  unique: true,
  where: 'municipality_id IS NOT NULL',
})
@Index('ix_competence_framework_service_area', ['serviceAreaId'])
@Index('ix_competence_framework_municipality', ['municipalityId'])
export class CompetenceFramework {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stable code of the framework across versions, e.g. `BOU-2016`. */
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'uuid' })
  serviceAreaId!: string;

  @ManyToOne(() => ServiceArea, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_area_id', foreignKeyConstraintName: 'fk_competence_framework_service_area' })
  serviceArea?: ServiceArea;

  @Column({ type: 'enum', enum: ['draft', 'published'], enumName: 'framework_status', default: 'draft' })
  status!: FrameworkStatus;

  /** Null for a national framework; a kommun's own framework or extension names the kommun. */
  @Column({ type: 'uuid', nullable: true })
  municipalityId!: string | null;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_competence_framework_municipality' })
  municipality?: Municipality;

  /** The version this one was copied from (for the crosswalk). */
  @Column({ type: 'uuid', nullable: true })
  basedOnId!: string | null;

  @ManyToOne(() => CompetenceFramework, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'based_on_id', foreignKeyConstraintName: 'fk_competence_framework_based_on' })
  basedOn?: CompetenceFramework;

  @Column({ type: 'text', nullable: true })
  source!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /** Optimistic concurrency: bumped by every update, checked by conditional updates. */
  @Column({ type: 'integer', default: 1 })
  rowVersion!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
