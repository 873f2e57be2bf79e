import { STAFF_ROLES, type StaffRole } from '@kl/shared/contracts';
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
import { Municipality } from '@kl/api/organisation';
import { CompetenceFramework } from '@kl/api/competence';
import { OrgUnit } from '@kl/api/units';

/**
 * Målnivåer of one unit (or of the whole kommun, `unit_id` null) for the staff of one role in one
 * framework version. Saved as a whole, so the set carries the version that guards concurrent
 * edits; its topics are {@link CompetenceTarget} rows. Units below inherit what a set does not
 * say (docs/planning.md).
 */
@Entity({ name: 'competence_target_set' })
@Index('uq_competence_target_set_unit', ['unitId', 'frameworkId', 'role'], {
  unique: true,
  where: '"unit_id" IS NOT NULL',
})
@Index('uq_competence_target_set_kommun', ['municipalityId', 'frameworkId', 'role'], {
  unique: true,
  where: '"unit_id" IS NULL',
})
@Index('ix_competence_target_set_framework', ['frameworkId'])
export class CompetenceTargetSet {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'municipality_id',
    foreignKeyConstraintName: 'fk_competence_target_set_municipality',
  })
  municipality?: Municipality;

  /** Null: the kommun-wide set. A deleted unit (only ever an empty one) takes its targets along. */
  @Column({ type: 'uuid', nullable: true })
  unitId!: string | null;

  @ManyToOne(() => OrgUnit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_competence_target_set_unit' })
  unit?: OrgUnit;

  /** A published (immutable) framework version: its topics are what the targets name. */
  @Column({ type: 'uuid' })
  frameworkId!: string;

  @ManyToOne(() => CompetenceFramework, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'framework_id',
    foreignKeyConstraintName: 'fk_competence_target_set_framework',
  })
  framework?: CompetenceFramework;

  @Column({ type: 'enum', enum: [...STAFF_ROLES], enumName: 'staff_role' })
  role!: StaffRole;

  /** Optimistic concurrency: bumped by every save, checked by the conditional update. */
  @Column({ type: 'integer', default: 1 })
  rowVersion!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
