import { STAFF_ROLES, type StaffRole, VACANCY_DIFFICULTIES, type VacancyDifficulty } from '@kl/shared/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Municipality } from '@kl/api/organisation';
import { OrgUnit } from '@kl/api/units';

/** A post being recruited to (vakans): how long it stays open and how it is covered meanwhile. */
@Entity({ name: 'vacancy' })
@Index('ix_vacancy_municipality_opened', ['municipalityId', 'openedOn'])
@Check('ck_vacancy_fte', '"fte" > 0 AND "fte" <= 1')
@Check('ck_vacancy_filled_after_opened', '"filled_on" IS NULL OR "filled_on" >= "opened_on"')
export class Vacancy {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_vacancy_municipality' })
  municipality?: Municipality;

  @Column({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => OrgUnit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_vacancy_unit' })
  unit?: OrgUnit;

  @Column({ type: 'enum', enum: [...STAFF_ROLES], enumName: 'staff_role' })
  role!: StaffRole;

  @Column({ type: 'numeric', precision: 4, scale: 3 })
  fte!: string;

  @Column({ type: 'date' })
  openedOn!: string;

  @Column({ type: 'date', nullable: true })
  filledOn!: string | null;

  @Column({ type: 'enum', enum: [...VACANCY_DIFFICULTIES], enumName: 'vacancy_difficulty' })
  difficulty!: VacancyDifficulty;

  @Column({ type: 'boolean', default: false })
  coveredByConsultant!: boolean;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'integer', default: 1 })
  rowVersion!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
