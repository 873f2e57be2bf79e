import { CreateDateColumn, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Municipality } from '@kl/api/organisation';
import { OrgUnit } from '@kl/api/units';
import { InventoryRound } from './inventory-round.entity';

/**
 * "Klar för enheten": a team leader's word that a unit (with its subunits) is assessed in a round.
 * A later leader assessment of anyone in the unit undoes it (the row goes, the trail keeps both).
 */
@Entity({ name: 'round_unit_sign_off' })
@Index('uq_round_unit_sign_off_round_unit', ['roundId', 'unitId'], { unique: true })
export class RoundUnitSignOff {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_round_unit_sign_off_municipality' })
  municipality?: Municipality;

  @Column({ type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => InventoryRound, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_round_unit_sign_off_round' })
  round?: InventoryRound;

  @Column({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => OrgUnit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_round_unit_sign_off_unit' })
  unit?: OrgUnit;

  /** The account that signed; no foreign key, like the audit trail's actor. */
  @Column({ type: 'uuid', nullable: true })
  signedByUserId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  signedAt!: Date;
}
