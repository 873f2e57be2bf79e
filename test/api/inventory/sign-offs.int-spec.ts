import type { AddressInfo } from 'node:net';
import { createTestApp, signInAs, type SignedIn, type TestApp } from '@kl/api/testing';
import type {
  AuditEvent,
  InventoryRound,
  NotificationList,
  RoundProgress,
  SendRemindersResult,
} from '@kl/shared/contracts';
import { SMTPServer } from 'smtp-server';
import {
  createRound,
  createStaff,
  createUnit,
  municipalityId,
  publishedFrameworkId,
} from './inventory-fixtures';

type Account = Awaited<ReturnType<typeof signInAs>>;

/**
 * "Klar för enheten": a team leader signs off a unit, a new edit undoes it, HR sees which units are
 * done and reminds the team leaders of the others, in the app and by e-mail.
 */
describe('sign-offs and reminders of a round', () => {
  let t: TestApp;
  let smtp: SMTPServer;
  const mails: { to: string[]; text: string }[] = [];
  let admin: Account;
  let northLeader: Account;
  let southLeader: Account;
  let north: string;
  let northSub: string;
  let south: string;
  let inNorthSub: string;
  let round: InventoryRound;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          mails.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            text: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    t = await createTestApp({
      env: { SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}` },
    });
    const kommun = await municipalityId(t);
    north = await createUnit(t, kommun, 'Norr');
    northSub = await createUnit(t, kommun, 'Norr mottagning', north);
    south = await createUnit(t, kommun, 'Syd');
    await createStaff(t, kommun, north);
    inNorthSub = await createStaff(t, kommun, northSub);
    await createStaff(t, kommun, south);
    admin = await signInAs(t, 'municipality_admin');
    northLeader = await signInAs(t, 'team_leader', { unitIds: [north], displayName: 'Nora Norr' });
    southLeader = await signInAs(t, 'team_leader', { unitIds: [south], displayName: 'Sune Syd' });
    round = await createRound(admin, await publishedFrameworkId(t));
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  const progressOf = async (who: SignedIn) =>
    (await who.get(`/api/rounds/${round.id}/progress`).expect(200)).body as RoundProgress;
  const unitOf = (progress: RoundProgress, unitId: string) =>
    progress.units.find((u) => u.unitId === unitId);

  it('shows HR each unit with people, how many are assessed, and who leads it', async () => {
    const progress = await progressOf(admin);
    expect(progress.units.map((u) => u.unitId).sort()).toEqual([north, northSub, south].sort());
    expect(unitOf(progress, northSub)).toMatchObject({
      staff: 1,
      assessedStaff: 0,
      signOff: null,
      teamLeaders: [{ userId: northLeader.user.userId, displayName: 'Nora Norr' }],
    });
    // A team leader sees the units in their reach only.
    expect((await progressOf(northLeader)).units.map((u) => u.unitId).sort()).toEqual(
      [north, northSub].sort(),
    );
  });

  it('lets a team leader sign off a unit in their reach, covering its subunits, and no other', async () => {
    await northLeader.put(`/api/rounds/${round.id}/units/${south}/sign-off`).expect(404);
    const signed = (
      await northLeader.put(`/api/rounds/${round.id}/units/${north}/sign-off`).expect(200)
    ).body as RoundProgress;
    for (const unitId of [north, northSub]) {
      expect(unitOf(signed, unitId)?.signOff).toMatchObject({
        unitId: north,
        signedByUserId: northLeader.user.userId,
        signedByName: 'Nora Norr',
      });
    }
    expect(unitOf(signed, south)).toBeUndefined();
    expect(unitOf(await progressOf(admin), south)?.signOff).toBeNull();
  });

  it('undoes the sign-off when someone in the unit is assessed anew, and audits both', async () => {
    await northLeader
      .put(`/api/rounds/${round.id}/assessments`)
      .send({
        cells: [
          { staffMemberId: inNorthSub, topicCode: 'SA01', value: 'basic', expectedVersion: 0 },
        ],
      })
      .expect(200);
    const progress = await progressOf(admin);
    expect(unitOf(progress, north)?.signOff).toBeNull();
    expect(unitOf(progress, northSub)).toMatchObject({ signOff: null, assessedStaff: 1 });
    const history = (await admin.get(`/api/audit/inventory_round/${round.id}`).expect(200))
      .body as AuditEvent[];
    expect(
      history.filter((e) => e.action === 'sign_off' || e.action === 'sign_off_undone'),
    ).toEqual([
      expect.objectContaining({
        action: 'sign_off',
        actorUserId: northLeader.user.userId,
        after: expect.objectContaining({ unitId: north }),
      }),
      expect.objectContaining({
        action: 'sign_off_undone',
        actorUserId: northLeader.user.userId,
        before: expect.objectContaining({ unitId: north }),
      }),
    ]);
  });

  it('reminds the team leaders of the units not done, in the app and by e-mail', async () => {
    await southLeader.put(`/api/rounds/${round.id}/units/${south}/sign-off`).expect(200);
    await northLeader.get('/api/notifications').expect(200, { items: [], unread: 0 });
    const sent = (await admin.post(`/api/rounds/${round.id}/reminders`).send({}).expect(200))
      .body as SendRemindersResult;
    expect(sent).toEqual({ recipients: 1, emailed: 1 });
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toEqual([northLeader.account.email]);
    expect(mails[0].text).toContain('Norr mottagning');

    const inbox = (await northLeader.get('/api/notifications').expect(200))
      .body as NotificationList;
    expect(inbox.unread).toBe(1);
    expect(inbox.items[0]).toMatchObject({
      kind: 'round_reminder',
      readAt: null,
      senderName: admin.user.displayName,
      payload: { roundId: round.id, roundName: round.name, closesOn: round.closesOn },
    });
    expect(inbox.items[0].payload.units.map((u) => u.id).sort()).toEqual([north, northSub].sort());
    // The one who signed off heard nothing; nobody reads another's message.
    expect(
      ((await southLeader.get('/api/notifications').expect(200)).body as NotificationList).items,
    ).toEqual([]);
    await southLeader.post(`/api/notifications/${inbox.items[0].id}/read`).expect(404);
    await northLeader.post(`/api/notifications/${inbox.items[0].id}/read`).expect(204);
    expect(
      ((await northLeader.get('/api/notifications').expect(200)).body as NotificationList).unread,
    ).toBe(0);

    const history = (await admin.get(`/api/audit/inventory_round/${round.id}`).expect(200))
      .body as AuditEvent[];
    expect(history.at(-1)).toMatchObject({
      action: 'remind',
      after: { recipients: [northLeader.user.userId] },
    });
  });

  it('reminds about the units named, and refuses a unit outside the round', async () => {
    const sent = (
      await admin
        .post(`/api/rounds/${round.id}/reminders`)
        .send({ unitIds: [south] })
        .expect(200)
    ).body;
    expect(sent).toEqual({ recipients: 1, emailed: 1 });
    await admin
      .post(`/api/rounds/${round.id}/reminders`)
      .send({ unitIds: [await createUnit(t, await municipalityId(t), 'Tom')] })
      .expect(404);
  });
});
