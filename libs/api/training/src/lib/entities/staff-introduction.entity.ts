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
import { StaffMember } from '@kl/api/staff';
import { IntroductionProgramme } from './introduction-programme.entity';

/**
 * A new hire's introduction: their programme, their mentor (another staff member) and start. A
 * person table on two columns: it goes with the new hire's record; a mentor's erasure unlinks the
 * mentor (the introduction then has none).
 */
@Entity({ name: 'staff_introduction' })
@Index('uq_staff_introduction_staff', ['staffMemberId'], { unique: true })
@Index('ix_staff_introduction_mentor', ['mentorStaffMemberId'])
@Index('ix_staff_introduction_programme', ['programmeId'])
export class StaffIntroduction {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'municipality_id',
    foreignKeyConstraintName: 'fk_staff_introduction_municipality',
  })
  municipality?: Municipality;

  @Column({ type: 'uuid' })
  staffMemberId!: string;

  @ManyToOne(() => StaffMember, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'staff_member_id',
    foreignKeyConstraintName: 'fk_staff_introduction_staff_member',
  })
  staffMember?: StaffMember;

  @Column({ type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => IntroductionProgramme, { onDelete: 'NO ACTION' })
  @JoinColumn({
    name: 'programme_id',
    foreignKeyConstraintName: 'fk_staff_introduction_programme',
  })
  programme?: IntroductionProgramme;

  @Column({ type: 'uuid', nullable: true })
  mentorStaffMemberId!: string | null;

  @ManyToOne(() => StaffMember, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'mentor_staff_member_id',
    foreignKeyConstraintName: 'fk_staff_introduction_mentor',
  })
  mentor?: StaffMember;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'integer', default: 1 })
  rowVersion!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
