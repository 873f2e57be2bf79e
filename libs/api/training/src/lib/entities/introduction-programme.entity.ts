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

/** Introduktionsprogram: a kommun's steps for new staff (docs/training.md, Introduction). */
@Entity({ name: 'introduction_programme' })
@Index('uq_introduction_programme_name', ['municipalityId', 'name'], { unique: true })
export class IntroductionProgramme {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'municipality_id',
    foreignKeyConstraintName: 'fk_introduction_programme_municipality',
  })
  municipality?: Municipality;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'enum', enum: [...STAFF_ROLES], enumName: 'staff_role', nullable: true })
  targetRole!: StaffRole | null;

  @Column({ type: 'integer', default: 1 })
  rowVersion!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
