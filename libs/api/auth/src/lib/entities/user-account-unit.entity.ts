import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserAccount } from './user-account.entity';

/** The units a team leader leads (their subunits are in scope too). */
@Entity({ name: 'user_account_unit' })
@Index('ix_user_account_unit_unit', ['unitId'])
export class UserAccountUnit {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_user_account_unit' })
  accountId!: string;

  @ManyToOne(() => UserAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'fk_user_account_unit_account' })
  account?: UserAccount;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_user_account_unit' })
  unitId!: string;

  /**
   * Named, not imported: the units module must not depend on auth nor auth on units. Only units
   * that never had staff or subunits can be deleted, so the cascade removes an assignment to an empty unit.
   */
  @ManyToOne('OrgUnit', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_user_account_unit_unit' })
  unit?: unknown;
}
