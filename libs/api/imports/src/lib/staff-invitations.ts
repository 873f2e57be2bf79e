import type { KommunTransaction } from '@kl/api/core';
import { type CreatedInvitation, normaliseEmail, type UsersService } from '@kl/api/auth';

/** A row of a staff file with an e-mail: who may be invited. */
export interface StaffInvitee {
  employeeNumber: string;
  email: string;
}

/**
 * The rows to invite: one per e-mail (the first row with it), leaving out every e-mail that has an
 * account in the kommun already and every staff record linked to an account, so that the same
 * file twice invites nobody the second time.
 */
export async function inviteesWithoutAccount(tx: KommunTransaction, invitees: readonly StaffInvitee[]): Promise<StaffInvitee[]> {
  if (invitees.length === 0) return [];
  const emails = invitees.map((invitee) => normaliseEmail(invitee.email));
  const taken = await tx.query<{ email: string; employeeNumber: string | null }>(
    `SELECT a.email, s.employee_number AS "employeeNumber"
     FROM user_account a LEFT JOIN staff_member s ON s.id = a.staff_member_id
     WHERE a.municipality_id = $1 AND (a.email = ANY($2::text[]) OR s.employee_number = ANY($3::text[]))`,
    [tx.municipalityId, emails, invitees.map((invitee) => invitee.employeeNumber)],
  );
  const takenEmails = new Set(taken.map((row) => row.email));
  const linked = new Set(taken.map((row) => row.employeeNumber));
  const chosen: StaffInvitee[] = [];
  invitees.forEach((invitee, i) => {
    if (takenEmails.has(emails[i]) || linked.has(invitee.employeeNumber)) return;
    takenEmails.add(emails[i]);
    chosen.push({ employeeNumber: invitee.employeeNumber, email: emails[i] });
  });
  return chosen;
}

/**
 * Invites the staff file's people without an account, linked to their staff record (written by
 * now, in this transaction): a caseworker, or a team leader of their unit. The accounts' own
 * invitation (`UsersService.inviteWithin`) audits each; the links go out once committed.
 */
export async function inviteStaff(tx: KommunTransaction, users: UsersService, invitees: readonly StaffInvitee[]): Promise<CreatedInvitation[]> {
  const chosen = await inviteesWithoutAccount(tx, invitees);
  if (chosen.length === 0) return [];
  const p = tx.params();
  const numbers = p.add(
    chosen.map((invitee) => invitee.employeeNumber),
    'text[]',
  );
  const staff = await tx.query<{ id: string; employeeNumber: string; name: string; role: 'caseworker' | 'team_leader'; unitId: string }>(
    `SELECT s.id, s.employee_number AS "employeeNumber", s.first_name || ' ' || s.last_name AS name, s.role, s.unit_id AS "unitId"
     FROM staff_member s WHERE ${tx.staffFilter(p)} AND s.employee_number = ANY(${numbers})`,
    p,
  );
  const byNumber = new Map(staff.map((row) => [row.employeeNumber, row]));
  const created: CreatedInvitation[] = [];
  for (const invitee of chosen) {
    const person = byNumber.get(invitee.employeeNumber);
    if (!person) continue;
    created.push(
      await users.inviteWithin(tx, {
        email: invitee.email,
        displayName: person.name,
        role: person.role,
        unitIds: person.role === 'team_leader' ? [person.unitId] : [],
        staffMemberId: person.id,
      }),
    );
  }
  return created;
}
