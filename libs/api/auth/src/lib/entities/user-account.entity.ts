import {
  Check,
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
import { ACCOUNT_STATUSES, ROLES, type AccountStatus, type Role } from '@kl/shared/contracts';

/**
 * A person who signs in. The e-mail is stored lower-cased (the check enforces it), so the unique
 * indexes are case-insensitive without an expression index. An e-mail signs in to one account
 * (unique among accounts past their invitation) and is invited at most once per kommun; an
 * invitation may name an e-mail that has an account in another kommun, so that inviting says
 * nothing about other kommuner (the invitee meets the conflict when accepting).
 */
@Entity({ name: 'user_account' })
@Index('uq_user_account_email', ['email'], { unique: true, where: `"status" <> 'invited'` })
@Index('uq_user_account_municipality_email', ['municipalityId', 'email'], { unique: true })
@Index('ix_user_account_municipality', ['municipalityId'])
@Index('ix_user_account_staff_member', ['staffMemberId'])
@Check('ck_user_account_email_lower', `"email" = lower("email")`)
@Check(
  'ck_user_account_municipality_role',
  `("role" IN ('caseworker', 'team_leader', 'municipality_admin')) = ("municipality_id" IS NOT NULL)`,
)
@Check('ck_user_account_county_role', `("role" = 'regional_analyst') = ("county_code" IS NOT NULL)`)
export class UserAccount {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  email!: string;

  /** argon2id (PHC string); null while invited or when the kommun signs in through OIDC only. */
  @Column({ type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'text' })
  displayName!: string;

  @Column({ type: 'enum', enum: ROLES, enumName: 'user_role' })
  role!: Role;

  @Column({ type: 'uuid', nullable: true })
  municipalityId!: string | null;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_user_account_municipality' })
  municipality?: Municipality;

  /** A regional analyst's län (two digits). */
  @Column({ type: 'char', length: 2, nullable: true })
  countyCode!: string | null;

  /** The staff record a caseworker is; erasing that record (GDPR) unlinks the account. */
  @Column({ type: 'uuid', nullable: true })
  staffMemberId!: string | null;

  @ManyToOne('StaffMember', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'staff_member_id', foreignKeyConstraintName: 'fk_user_account_staff_member' })
  staffMember?: unknown;

  @Column({ type: 'enum', enum: ACCOUNT_STATUSES, enumName: 'account_status', default: 'invited' })
  status!: AccountStatus;

  /** Optimistic concurrency: bumped by every update, checked by conditional updates. */
  @Column({ type: 'integer', default: 1 })
  rowVersion!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
