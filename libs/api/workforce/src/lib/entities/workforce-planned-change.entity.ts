import { STAFF_ROLES, type StaffRole } from '@kl/shared/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Municipality } from '@kl/api/organisation';
import { OrgUnit } from '@kl/api/units';

/** A staffing change HR plans for a year (more or fewer people of a role), read by the forecast. */
@Entity({ name: 'workforce_planned_change' })
@Index('ix_workforce_planned_change_year', ['municipalityId', 'year'])
export class WorkforcePlannedChange {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_workforce_planned_change_municipality' })
  municipality?: Municipality;

  /** Null: the kommun as a whole. */
  @Column({ type: 'uuid', nullable: true })
  unitId!: string | null;

  @ManyToOne(() => OrgUnit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_workforce_planned_change_unit' })
  unit?: OrgUnit;

  @Column({ type: 'enum', enum: [...STAFF_ROLES], enumName: 'staff_role' })
  role!: StaffRole;

  @Column({ type: 'smallint' })
  year!: number;

  @Column({ type: 'smallint' })
  headcountChange!: number;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'integer', default: 1 })
  rowVersion!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
