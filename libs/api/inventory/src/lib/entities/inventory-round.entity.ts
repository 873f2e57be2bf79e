import { ROUND_STATUSES, type RoundStatus } from '@kl/shared/contracts';
import {
  Check,
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

/** Inventeringsomgång of one kommun: which framework version is assessed, when, and in which units. */
@Entity({ name: 'inventory_round' })
@Index('uq_inventory_round_municipality_name', ['municipalityId', 'name'], { unique: true })
@Index('ix_inventory_round_framework', ['frameworkId'])
@Check('ck_inventory_round_window', '"opens_on" <= "closes_on"')
export class InventoryRound {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'municipality_id',
    foreignKeyConstraintName: 'fk_inventory_round_municipality',
  })
  municipality?: Municipality;

  @Column({ type: 'text' })
  name!: string;

  /** The national round answered; no foreign key until national rounds exist. */
  @Column({ type: 'uuid', nullable: true })
  nationalRoundId!: string | null;

  @Column({ type: 'uuid' })
  frameworkId!: string;

  @ManyToOne(() => CompetenceFramework, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'framework_id', foreignKeyConstraintName: 'fk_inventory_round_framework' })
  framework?: CompetenceFramework;

  @Column({ type: 'date' })
  referenceDate!: string;

  @Column({ type: 'date' })
  opensOn!: string;

  @Column({ type: 'date' })
  closesOn!: string;

  /** Units included with their subunits; empty means the whole kommun. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  unitIds!: string[];

  @Column({
    type: 'enum',
    enum: [...ROUND_STATUSES],
    enumName: 'inventory_round_status',
    default: 'planned',
  })
  status!: RoundStatus;

  /** When the round closed and its population was frozen (round_population); null while it is live. */
  @Column({ type: 'timestamptz', nullable: true })
  populationFrozenAt!: Date | null;

  /** Optimistic concurrency: bumped by every update, checked by conditional updates. */
  @Column({ type: 'integer', default: 1 })
  rowVersion!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
