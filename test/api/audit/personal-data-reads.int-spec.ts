import { inTenantTransaction } from '@kl/api/core';
import { createTestApp, signInAs, type SignedIn, type TestApp } from '@kl/api/testing';
import type { PersonalDataRead, StaffMember } from '@kl/shared/contracts';
import { createRound, publishedFrameworkId } from '../inventory/inventory-fixtures';

/** DESIGN.md §7: reads of a person's competence data by others are logged, and the log is append-only. */
describe("the log of reads of a person's data", () => {
  let t: TestApp;
  let admin: SignedIn & { account: { id: string } };
  let person: StaffMember;
  let unitId: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAs(t, 'municipality_admin', {
      municipalityCode: '0180',
      displayName: 'Hanna HR',
    });
    unitId = (
      await admin
        .post('/api/units')
        .send({ name: 'Läslogg', kind: 'unit', serviceAreaCode: 'barn-och-unga' })
        .expect(201)
    ).body.id;
    person = (
      await admin
        .post('/api/staff')
        .send({
          employeeNumber: 'READ-1',
          firstName: 'Rut',
          lastName: 'Läst',
          unitId,
          role: 'caseworker',
          gender: 'woman',
          fte: 1,
          employmentType: 'permanent',
          employmentStart: '2021-02-01',
          experienceStart: '2018-08-15',
          degree: 'social_work',
        })
        .expect(201)
    ).body;
  });
  afterAll(() => t.close());

  const reads = async (): Promise<PersonalDataRead[]> =>
    (await admin.get(`/api/audit/staff_member/${person.id}/reads`).expect(200)).body;

  it("logs a team leader's reads of the record, its history and the person's targets, newest first, with the reader's name", async () => {
    const before = (await reads()).length;
    const leader = await signInAs(t, 'team_leader', {
      municipalityCode: '0180',
      unitIds: [unitId],
      displayName: 'Leo Ledare',
    });
    await leader.get(`/api/staff/${person.id}`).expect(200);
    await leader.get(`/api/staff/${person.id}/history`).expect(200);
    await leader.get(`/api/staff/${person.id}/targets`).expect(200);
    const log = await reads();
    expect(log).toHaveLength(before + 3);
    expect(log.slice(0, 3).map((r) => [r.resource, r.actorUserId, r.actorDisplayName])).toEqual([
      ['person_targets', leader.account.id, 'Leo Ledare'],
      ['staff_history', leader.account.id, 'Leo Ledare'],
      ['staff_record', leader.account.id, 'Leo Ledare'],
    ]);
    // A list of staff is not a read of one person's competence data.
    await leader.get('/api/staff').expect(200);
    expect(await reads()).toHaveLength(before + 3);
  });

  it("logs the team matrix as one read of everyone in it, and the person's levels", async () => {
    const round = await createRound(admin, await publishedFrameworkId(t), { unitIds: [unitId] });
    const leader = await signInAs(t, 'team_leader', {
      municipalityCode: '0180',
      unitIds: [unitId],
    });
    await leader.get(`/api/rounds/${round.id}/matrix`).expect(200);
    await leader.get(`/api/staff/${person.id}/assessments`).expect(200);
    expect((await reads()).slice(0, 2).map((r) => [r.resource, r.actorUserId])).toEqual([
      ['person_assessments', leader.account.id],
      ['team_matrix', leader.account.id],
    ]);
    const [row] = await t.owner.query(
      `SELECT staff_member_ids FROM personal_data_read WHERE resource = 'team_matrix' AND actor_user_id = $1`,
      [leader.account.id],
    );
    expect(row.staff_member_ids).toEqual([person.id]);
  });

  it('does not log a person reading their own data', async () => {
    const before = (await reads()).length;
    const self = await signInAs(t, 'caseworker', {
      municipalityCode: '0180',
      staffMemberId: person.id,
    });
    await self.get(`/api/staff/${person.id}`).expect(200);
    await self.get(`/api/staff/${person.id}/targets`).expect(200);
    // The same id in capitals is still the person themself.
    await self.get(`/api/staff/${person.id.toUpperCase()}/assessments`).expect(200);
    expect(await reads()).toHaveLength(before);
  });

  it("keeps the log from everyone but the kommun's administrator, and from other kommuner", async () => {
    const leader = await signInAs(t, 'team_leader', {
      municipalityCode: '0180',
      unitIds: [unitId],
    });
    await leader.get(`/api/audit/staff_member/${person.id}/reads`).expect(404);
    const otherAdmin = await signInAs(t, 'municipality_admin', { municipalityCode: '1480' });
    await otherAdmin.get(`/api/audit/staff_member/${person.id}/reads`).expect(404);
    await admin
      .get('/api/audit/staff_member/00000000-0000-4000-8000-000000000000/reads')
      .expect(404);
    await admin.get('/api/audit/staff_member/not-a-uuid/reads').expect(400);
  });

  it('lets the application add to the log but never change or remove it', async () => {
    const [{ id: municipalityId }] = await t.owner.query(
      "SELECT id FROM municipality WHERE code = '0180'",
    );
    for (const statement of [
      'UPDATE personal_data_read SET resource = $1',
      'DELETE FROM personal_data_read WHERE resource = $1',
    ]) {
      await expect(
        inTenantTransaction(t.dataSource, municipalityId, (m) =>
          m.query(statement, ['staff_record']),
        ),
      ).rejects.toThrow(/permission denied/);
    }
  });
});
