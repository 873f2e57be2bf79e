import { createTestApp, createUnit, signInAs, type TestApp } from '@kl/api/testing';
import type { ImportJob } from '@kl/shared/contracts';
import { csvFile, STAFF_HEADER, staffRow } from './import-files';

describe('staff import: accounts from staff rows (issue 11)', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof signInAs>>;
  let unitId: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAs(t, 'municipality_admin');
    unitId = await createUnit(t, { name: 'Mottagningen' });
  });
  afterAll(() => t.close());

  const upload = async (file: Buffer, query = '?inviteAccounts=true'): Promise<ImportJob> =>
    (await admin.post(`/api/imports/staff/file${query}`).set('Content-Type', 'text/csv').send(file).expect(201)).body;
  const confirm = async (id: string): Promise<ImportJob> => (await admin.post(`/api/imports/${id}/confirm`).expect(200)).body;
  const accounts = () =>
    t.owner.query(
      `SELECT a.email, a.display_name AS name, a.role, a.status, s.employee_number AS "employeeNumber",
              (SELECT array_agg(au.unit_id) FROM user_account_unit au WHERE au.account_id = a.id) AS units,
              (SELECT count(*)::int FROM user_invitation i WHERE i.account_id = a.id AND i.used_at IS NULL) AS links,
              (SELECT count(*)::int FROM audit_event e WHERE e.entity_type = 'user_account' AND e.entity_id = a.id AND e.action = 'invite') AS audited
       FROM user_account a JOIN staff_member s ON s.id = a.staff_member_id ORDER BY s.employee_number`,
    );

  it('invites each new e-mail on confirmation, linked to the staff record, once however often the file comes', async () => {
    const adminEmail = (await t.owner.query(`SELECT email FROM user_account WHERE role = 'municipality_admin' LIMIT 1`))[0].email as string;
    const file = csvFile([
      STAFF_HEADER,
      staffRow('7001', 'Mottagningen', { fornamn: 'Åsa', efternamn: 'Öberg', epost: 'Asa.Oberg@Kommun.se' }),
      staffRow('7002', 'Mottagningen', { fornamn: 'Bo', efternamn: 'Ek', epost: 'bo.ek@kommun.se', roll: 'arbetsledare', forsta_chefsjobbet: 'ja', behov_kompetensutveckling: 'nej' }),
      staffRow('7003', 'Mottagningen'),
      // An e-mail with an account in the kommun already, and one named twice: no invitation for them.
      staffRow('7004', 'Mottagningen', { epost: adminEmail }),
      staffRow('7005', 'Mottagningen', { epost: 'asa.oberg@kommun.se' }),
    ]);

    const preview = await upload(file);
    expect(preview).toMatchObject({ state: 'previewed', counts: { add: 5 }, invitations: 2 });
    expect(await accounts()).toEqual([]);

    const done = await confirm(preview.id);
    expect(done).toMatchObject({ state: 'done', invitations: 2 });
    expect(await accounts()).toEqual([
      { email: 'asa.oberg@kommun.se', name: 'Åsa Öberg', role: 'caseworker', status: 'invited', employeeNumber: '7001', units: null, links: 1, audited: 1 },
      { email: 'bo.ek@kommun.se', name: 'Bo Ek', role: 'team_leader', status: 'invited', employeeNumber: '7002', units: [unitId], links: 1, audited: 1 },
    ]);

    // The same file twice invites nobody the second time.
    const again = await upload(file);
    expect(again).toMatchObject({ counts: { add: 0, unchanged: 5 }, invitations: 0 });
    expect(await confirm(again.id)).toMatchObject({ state: 'done', invitations: 0 });
    expect((await accounts()).map((account: { links: number }) => account.links)).toEqual([1, 1]);
  });

  it('invites nobody unless asked, and refuses a flag that is not ja/nej', async () => {
    const file = csvFile([STAFF_HEADER, staffRow('7101', 'Mottagningen', { epost: 'cia.lind@kommun.se' })]);
    const preview = await upload(file, '');
    expect(preview.invitations).toBe(0);
    expect(await confirm(preview.id)).toMatchObject({ state: 'done', invitations: 0 });
    expect(await t.owner.query(`SELECT 1 FROM user_account WHERE email = 'cia.lind@kommun.se'`)).toEqual([]);
    await admin.post('/api/imports/staff/file?inviteAccounts=kanske').set('Content-Type', 'text/csv').send(file).expect(400);
    await admin.post('/api/imports/staff/file?inviteAccounts=true&extra=1').set('Content-Type', 'text/csv').send(file).expect(400);
  });
});
