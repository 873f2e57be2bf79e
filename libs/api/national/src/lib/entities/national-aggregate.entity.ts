import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { NationalRound } from './national-round.entity';

/**
 * The kept aggregates the national tables are served from (docs/national.md), rewritten in the
 * transaction of every submission: per round and filter (`all`, `kommungrupp=…`, `lan=…`,
 * `cohort=…`), each cell's sum over the current submissions and how many kommuner reported it.
 * A measure's coverage row (level, gender and answer `*`) holds its total and the kommuner with a
 * non-zero total (N); an area's coverage row has the topic `@` + area code.
 */
@Entity({ name: 'national_aggregate' })
export class NationalAggregate {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_national_aggregate' })
  nationalRoundId!: string;

  @ManyToOne(() => NationalRound, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'national_round_id', foreignKeyConstraintName: 'fk_national_aggregate_round' })
  round?: NationalRound;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_national_aggregate' })
  filterKey!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_national_aggregate' })
  measure!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_national_aggregate' })
  topic!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_national_aggregate' })
  level!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_national_aggregate' })
  gender!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_national_aggregate' })
  answer!: string;

  @Column({ type: 'numeric' })
  valueSum!: string;

  /** Kommuner that reported the cell (for a coverage row: the measure). */
  @Column({ type: 'integer' })
  kommuner!: number;

  /** Of those, kommuner whose value (total) is not zero. */
  @Column({ type: 'integer' })
  nonzero!: number;
}
