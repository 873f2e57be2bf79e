import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, type AuditAction, type AuditEntityType } from '@kl/shared/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Municipality } from '@kl/api/organisation';

/**
 * One change of an audited record, written in the same transaction as the change. Append-only.
 * `actor_user_id` has no foreign key: the trail must outlive the account that made the change.
 */
@Entity({ name: 'audit_event' })
@Index('ix_audit_event_entity', ['entityType', 'entityId', 'occurredAt'])
@Index('ix_audit_event_municipality_occurred', ['municipalityId', 'occurredAt'])
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Null for national records (national frameworks). */
  @Column({ type: 'uuid', nullable: true })
  municipalityId!: string | null;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_audit_event_municipality' })
  municipality?: Municipality;

  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'enum', enum: [...AUDIT_ENTITY_TYPES], enumName: 'audit_entity_type' })
  entityType!: AuditEntityType;

  @Column({ type: 'uuid' })
  entityId!: string;

  @Column({ type: 'enum', enum: [...AUDIT_ACTIONS], enumName: 'audit_action' })
  action!: AuditAction;

  @Column({ type: 'jsonb', nullable: true })
  before!: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after!: unknown;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;
}
