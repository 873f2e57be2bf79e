import {
  SUPERVISION_FORMS,
  SUPERVISION_FREQUENCIES,
  type SupervisionForm,
  type SupervisionFrequency,
} from '@kl/shared/contracts';
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
import { StaffMember } from '@kl/api/staff';

/**
 * Ärendehandledning for one person in one topic: the support someone who *saknar* competence is
 * given (docs/training.md, Support). A person table: kommun row-level security, audited, in the
 * GDPR export; it goes with the person (erasure cascades).
 */
@Entity({ name: 'supervision_arrangement' })
@Index('ix_supervision_arrangement_staff', ['staffMemberId', 'topicCode'])
@Check('ck_supervision_arrangement_period', `"ends_on" IS NULL OR "ends_on" >= "starts_on"`)
@Check(
  'ck_supervision_arrangement_supervisor',
  `"supervisor_staff_member_id" IS NULL OR "external_supervisor" IS NULL`,
)
export class SupervisionArrangement {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'municipality_id',
    foreignKeyConstraintName: 'fk_supervision_arrangement_municipality',
  })
  municipality?: Municipality;

  @Column({ type: 'uuid' })
  staffMemberId!: string;

  @ManyToOne(() => StaffMember, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'staff_member_id',
    foreignKeyConstraintName: 'fk_supervision_arrangement_staff_member',
  })
  staffMember?: StaffMember;

  @Column({ type: 'text' })
  topicCode!: string;

  @Column({ type: 'enum', enum: [...SUPERVISION_FORMS], enumName: 'supervision_form' })
  form!: SupervisionForm;

  @Column({ type: 'uuid', nullable: true })
  supervisorStaffMemberId!: string | null;

  @ManyToOne(() => StaffMember, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'supervisor_staff_member_id',
    foreignKeyConstraintName: 'fk_supervision_arrangement_supervisor',
  })
  supervisor?: StaffMember;

  @Column({ type: 'text', nullable: true })
  externalSupervisor!: string | null;

  @Column({ type: 'enum', enum: [...SUPERVISION_FREQUENCIES], enumName: 'supervision_frequency' })
  frequency!: SupervisionFrequency;

  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date', nullable: true })
  endsOn!: string | null;

  @Column({ type: 'text', default: '' })
  note!: string;

  @Column({ type: 'integer', default: 1 })
  rowVersion!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
