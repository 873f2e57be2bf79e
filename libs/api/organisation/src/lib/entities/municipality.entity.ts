import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { County } from './county.entity';

/** Kommun: the tenant. */
@Entity({ name: 'municipality' })
@Index('uq_municipality_code', ['code'], { unique: true })
@Index('ix_municipality_county', ['countyId'])
export class Municipality {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Kommunkod, four digits. */
  @Column({ type: 'char', length: 4 })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'uuid' })
  countyId!: string;

  @ManyToOne(() => County, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'county_id', foreignKeyConstraintName: 'fk_municipality_county' })
  county?: County;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
