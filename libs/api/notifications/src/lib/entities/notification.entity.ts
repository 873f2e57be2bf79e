import { NOTIFICATION_KINDS, type NotificationKind } from '@kl/shared/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Municipality } from '@kl/api/organisation';
import { UserAccount } from '@kl/api/auth';

/** A message in the app to one account (a reminder now); it may also have gone out by e-mail (not recorded here). */
@Entity({ name: 'notification' })
@Index('ix_notification_recipient_created', ['recipientUserId', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_notification_municipality' })
  municipality?: Municipality;

  @Column({ type: 'uuid' })
  recipientUserId!: string;

  @ManyToOne(() => UserAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_user_id', foreignKeyConstraintName: 'fk_notification_recipient' })
  recipient?: UserAccount;

  /** No foreign key: the message outlives the sender's account. */
  @Column({ type: 'uuid', nullable: true })
  senderUserId!: string | null;

  @Column({ type: 'enum', enum: [...NOTIFICATION_KINDS], enumName: 'notification_kind' })
  kind!: NotificationKind;

  /** What the message is about, by kind (contracts: RoundReminderPayload). */
  @Column({ type: 'jsonb' })
  payload!: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
