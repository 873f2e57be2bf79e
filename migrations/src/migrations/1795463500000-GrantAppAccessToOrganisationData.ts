import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantAppAccess, revokeAppAccess, type AppPrivilege } from '@kl/api/core';

const READ_WRITE: AppPrivilege[] = ['SELECT', 'INSERT', 'UPDATE', 'DELETE'];

/** Tables the application reads and writes; their row-level security came with the tables. */
const READ_WRITE_TABLES = ['org_unit', 'staff_member', 'competence_crosswalk_entry'];

/** Framework tables were readable only; drafts and kommun extensions are written by the app. */
const FRAMEWORK_TABLES = ['competence_framework', 'competence_area', 'competence_topic', 'competence_level_definition'];

/**
 * Grants the application role (docs/decisions/0001-row-level-security.md) what the units, staff,
 * audit and framework modules need. The audit trail is append-only for the application: it may
 * read and add events, never change or remove them.
 */
export class GrantAppAccessToOrganisationData1795463500000 implements MigrationInterface {
  name = 'GrantAppAccessToOrganisationData1795463500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...READ_WRITE_TABLES, ...FRAMEWORK_TABLES]) {
      await grantAppAccess(queryRunner, table, READ_WRITE);
    }
    await grantAppAccess(queryRunner, 'audit_event', ['SELECT', 'INSERT']);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...READ_WRITE_TABLES, 'audit_event']) {
      await revokeAppAccess(queryRunner, table);
    }
    for (const table of FRAMEWORK_TABLES) {
      await revokeAppAccess(queryRunner, table);
      await grantAppAccess(queryRunner, table, ['SELECT']);
    }
  }
}
