import type { PublicationPolicy, PublishedTables, SuppressionCount } from '@kl/shared/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { NationalRound } from './national-round.entity';

/**
 * A publication of a closed national round (docs/national.md §6): its tables with disclosure
 * control applied, for `all` and every single filter, and the policy they were suppressed under.
 * Immutable (a trigger refuses UPDATE and DELETE); a correction is a new publication whose note
 * says what changed. The public routes serve the round's latest.
 */
@Entity({ name: 'national_publication' })
@Check('ck_national_publication_note', `"sequence" = 1 OR "note" IS NOT NULL`)
@Index('uq_national_publication_sequence', ['nationalRoundId', 'sequence'], { unique: true })
export class NationalPublication {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  nationalRoundId!: string;

  @ManyToOne(() => NationalRound, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'national_round_id', foreignKeyConstraintName: 'fk_national_publication_round' })
  round?: NationalRound;

  /** 1 for the first publication of the round, then each correction. */
  @Column({ type: 'integer' })
  sequence!: number;

  @Column({ type: 'jsonb' })
  policy!: PublicationPolicy;

  @CreateDateColumn({ type: 'timestamptz' })
  publishedAt!: Date;

  /** The national analyst's account (no foreign key: the aggregate role reads no accounts); null for the application. */
  @Column({ type: 'uuid', nullable: true })
  publishedBy!: string | null;

  /** What changed; required for every publication after the first. */
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** By filter key (`all`, `kommungrupp=…`, `lan=…`, `cohort=…`). */
  @Column({ type: 'jsonb' })
  tables!: Record<string, PublishedTables>;

  @Column({ type: 'jsonb' })
  counts!: SuppressionCount[];
}
