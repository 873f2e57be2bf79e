import { IMPORT_JOB_STATES, IMPORT_KINDS, type ImportJobState, type ImportKind } from '@kl/shared/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Municipality } from '@kl/api/organisation';
import { UserAccount } from '@kl/api/auth';
import { InventoryRound } from '@kl/api/inventory';

/**
 * One upload of a staff or assessment file: its preview, then its confirmation and result. The
 * state outlives the request, so that a page reloaded during the write shows how it ended. The
 * file itself is kept only until it is written (or refused): it holds personal data.
 */
@Entity({ name: 'import_job' })
@Index('ix_import_job_municipality_created', ['municipalityId', 'createdAt'])
export class ImportJob {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_import_job_municipality' })
  municipality?: Municipality;

  @Column({ type: 'enum', enum: [...IMPORT_KINDS], enumName: 'import_kind' })
  kind!: ImportKind;

  @Column({ type: 'uuid', nullable: true })
  roundId!: string | null;

  @ManyToOne(() => InventoryRound, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_import_job_round' })
  round?: InventoryRound;

  @Column({ type: 'enum', enum: [...IMPORT_JOB_STATES], enumName: 'import_job_state' })
  state!: ImportJobState;

  @Column({ type: 'text' })
  fileName!: string;

  /** The uploaded bytes while the import waits for confirmation; null once written or refused. */
  @Column({ type: 'bytea', nullable: true })
  file!: Buffer | null;

  /**
   * The plan the preview validated, with the basis it rests on (staff versions, cell versions,
   * …): written as it is at confirmation when the basis is unchanged. Null once the job ends.
   */
  @Column({ type: 'jsonb', nullable: true })
  plan!: unknown;

  /** The preview: counts, rows and problems (ImportJob in contracts, less the columns above). */
  @Column({ type: 'jsonb' })
  preview!: unknown;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @ManyToOne(() => UserAccount, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_user_id', foreignKeyConstraintName: 'fk_import_job_created_by' })
  createdBy?: UserAccount;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
