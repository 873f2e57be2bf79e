import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_GROUP_ROLE, TENANT_SETTING } from '@kl/api/core';

const KOMMUN = `nullif(current_setting('${TENANT_SETTING}', true), '')::uuid`;

/**
 * GDPR erasure and purge (docs/gdpr.md). The audit trail, the read log and the assessment history
 * are append-only for the application role; these two functions are the only way it may change
 * them, each limited to the kommun set for the transaction:
 * - `privacy_erase_person`: blanks the before/after snapshots of every audit event about the
 *   person (their staff record, every snapshot naming them as `staffMemberId` — assessments,
 *   bookings, plans — and their account) while the events themselves
 *   (who did what, when) stay; takes the person out of the read log; ends the account's sessions
 *   and invitations. The staff record is then deleted by the application (its assessments go with
 *   it, the frozen round populations keep their figures without the link).
 * - `privacy_purge_round`: a closed round's person-level data (its assessments and their audit
 *   snapshots, and the link of its frozen population to people); the frozen figures stay.
 */
export class AddPersonalDataErasure1796303567879 implements MigrationInterface {
  name = 'AddPersonalDataErasure1796303567879';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION privacy_erase_person(p_staff uuid, p_accounts uuid[]) RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        k uuid := ${KOMMUN};
      BEGIN
        IF k IS NULL THEN RAISE EXCEPTION 'privacy_erase_person needs the kommun set'; END IF;
        UPDATE audit_event
           SET before = CASE WHEN before IS NULL THEN NULL ELSE '{"erased": true}'::jsonb END,
               after = CASE WHEN after IS NULL THEN NULL ELSE '{"erased": true}'::jsonb END
         WHERE municipality_id = k
           AND ((entity_type = 'staff_member' AND entity_id = p_staff)
             OR before->>'staffMemberId' = p_staff::text OR after->>'staffMemberId' = p_staff::text
             OR (entity_type = 'user_account' AND entity_id = ANY(p_accounts)));
        UPDATE personal_data_read SET staff_member_ids = array_remove(staff_member_ids, p_staff)
         WHERE municipality_id = k AND p_staff = ANY(staff_member_ids);
        DELETE FROM user_session s USING user_account a
         WHERE s.account_id = a.id AND a.id = ANY(p_accounts) AND a.municipality_id = k;
        DELETE FROM user_invitation i USING user_account a
         WHERE i.account_id = a.id AND a.id = ANY(p_accounts) AND a.municipality_id = k;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION privacy_purge_round(p_round uuid) RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        k uuid := ${KOMMUN};
      BEGIN
        IF k IS NULL THEN RAISE EXCEPTION 'privacy_purge_round needs the kommun set'; END IF;
        IF NOT EXISTS (SELECT 1 FROM inventory_round WHERE id = p_round AND municipality_id = k AND status = 'closed') THEN
          RAISE EXCEPTION 'privacy_purge_round: no closed round % in the kommun', p_round;
        END IF;
        UPDATE audit_event
           SET before = CASE WHEN before IS NULL THEN NULL ELSE '{"purged": true}'::jsonb END,
               after = CASE WHEN after IS NULL THEN NULL ELSE '{"purged": true}'::jsonb END
         WHERE municipality_id = k AND entity_type = 'assessment'
           AND (before->>'roundId' = p_round::text OR after->>'roundId' = p_round::text);
        DELETE FROM assessment_cell WHERE municipality_id = k AND round_id = p_round;
        DELETE FROM assessment WHERE municipality_id = k AND round_id = p_round;
        UPDATE round_population SET staff_member_id = NULL WHERE municipality_id = k AND round_id = p_round;
      END $$`);
    for (const fn of ['privacy_erase_person(uuid, uuid[])', 'privacy_purge_round(uuid)']) {
      await queryRunner.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${fn} TO ${APP_GROUP_ROLE}`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION privacy_purge_round(uuid)`);
    await queryRunner.query(`DROP FUNCTION privacy_erase_person(uuid, uuid[])`);
  }
}
