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

/** Statsbidrag: a named state grant of one year to the kommun, and how much of it is requisitioned. */
@Entity({ name: 'state_grant' })
@Index('uq_state_grant_name_year', ['municipalityId', 'name', 'year'], { unique: true })
@Check('ck_state_grant_amounts', '"granted" >= 0 AND "requisitioned" >= 0')
export class StateGrant {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_state_grant_municipality' })
  municipality?: Municipality;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'smallint' })
  year!: number;

  @Column({ type: 'numeric', precision: 12, scale: 2 })
  granted!: string;

  @Column({ type: 'numeric', precision: 12, scale: 2, default: 0 })
  requisitioned!: string;

  @Column({ type: 'integer', default: 1 })
  rowVersion!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
