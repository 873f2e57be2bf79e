import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Municipality } from '@kl/api/organisation';

/** A kommun's OpenID Connect identity provider for single sign-on (one per kommun). */
@Entity({ name: 'municipality_identity_provider' })
@Index('uq_municipality_identity_provider_municipality', ['municipalityId'], { unique: true })
export class MunicipalityIdentityProvider {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_municipality_identity_provider_municipality' })
  municipality?: Municipality;

  /** The issuer URL; its /.well-known/openid-configuration is read. */
  @Column({ type: 'text' })
  issuer!: string;

  @Column({ type: 'text' })
  clientId!: string;

  /** Never returned by the API. */
  @Column({ type: 'text' })
  clientSecret!: string;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  @Column({ type: 'integer', default: 1 })
  rowVersion!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
