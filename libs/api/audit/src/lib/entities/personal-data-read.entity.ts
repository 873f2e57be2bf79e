import { PERSONAL_DATA_RESOURCES, type PersonalDataResource } from '@kl/shared/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Municipality } from '@kl/api/organisation';

/**
 * One read of people's competence data by someone other than themselves: who, when, what, and
 * whose (one row per request, the people as an array: a team matrix is one read of 40 people).
 * Append-only for the application; like the audit trail it keeps no foreign key to the reader.
 */
@Entity({ name: 'personal_data_read' })
@Index('ix_personal_data_read_municipality_occurred', ['municipalityId', 'occurredAt'])
@Index('ix_personal_data_read_staff', { synchronize: false })
export class PersonalDataRead {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_personal_data_read_municipality' })
  municipality?: Municipality;

  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'enum', enum: [...PERSONAL_DATA_RESOURCES], enumName: 'personal_data_resource' })
  resource!: PersonalDataResource;

  /** The people read (a GIN index, made by the migration, finds one person's reads). */
  @Column({ type: 'uuid', array: true })
  staffMemberIds!: string[];

  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;
}
