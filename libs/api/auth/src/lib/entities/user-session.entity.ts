import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserAccount } from './user-account.entity';

/**
 * A signed-in browser. The cookie carries a random token; only its SHA-256 is stored, so a copy of
 * the table cannot be replayed as sessions.
 */
@Entity({ name: 'user_session' })
@Index('uq_user_session_token_hash', ['tokenHash'], { unique: true })
@Index('ix_user_session_account', ['accountId'])
export class UserSession {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** SHA-256 of the cookie's token, hex. */
  @Column({ type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ type: 'uuid' })
  accountId!: string;

  @ManyToOne(() => UserAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'fk_user_session_account' })
  account?: UserAccount;

  /** Echoed by the client in X-CSRF-Token on cookie-authenticated writes. */
  @Column({ type: 'text' })
  csrfToken!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  lastSeenAt!: Date;

  @Column({ type: 'timestamptz' })
  idleExpiresAt!: Date;

  @Column({ type: 'timestamptz' })
  absoluteExpiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  ip!: string | null;

  @Column({ type: 'text', nullable: true })
  userAgent!: string | null;
}
