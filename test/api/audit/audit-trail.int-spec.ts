import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestApp, createUnit, signIn, signInAs, type TestApp } from '@kl/api/testing';
import type {
  AuditTrailEntry,
  AuditTrailPage,
  InvitationCreated,
  PersonalDataRead,
  RoundDashboard,
  StaffMember,
  UserAccountSummary,
} from '@kl/shared/contracts';
import { createRound, publishedFrameworkId } from '../inventory/inventory-fixtures';

type Account = Awaited<ReturnType<typeof signInAs>>;

/**
 * Every change is audited and readable (DESIGN.md §7): account administration, the identity
 * provider, the system administrator's work and sign-in and sign-out land in the trail, and HR
 * searches it by person, kind of record, actor and period.
 */
describe('the audit trail', () => {
  let t: TestApp;
  let admin: Account;
  let unit: string;
  let staff: StaffMember;

  beforeAll(async () => {
    // The identity provider test runs a provider on localhost, as in development.
    t = await createTestApp({ env: { OIDC_ALLOW_INTERNAL_ISSUERS: 'true' } });
    admin = await signInAs(t, 'municipality_admin', { displayName: 'Helena HR' });
    unit = await createUnit(t);
    staff = (
      await admin
        .post('/api/staff')
        .send({
          employeeNumber: 'A1',
          firstName: 'Alva',
          lastName: 'Audit',
          unitId: unit,
          role: 'team_leader',
          gender: 'woman',
          fte: 1,
          employmentType: 'permanent',
          employmentStart: '2020-01-01',
          experienceStart: '2020-01-01',
          degree: 'social_work',
        })
        .expect(201)
    ).body as StaffMember;
  });
  afterAll(() => t.close());

  const trail = async (query: string) =>
    (await admin.get(`/api/audit?${query}`).expect(200)).body as AuditTrailPage;
  const actions = (entries: AuditTrailEntry[]) =>
    entries.map((e) => `${e.entityType}:${e.action}`).reverse();

  it('records account administration from invitation to disabling, with who and before and after', async () => {
    const invited = (
      await admin
        .post('/api/users/invitations')
        .send({
          email: 'alva.audit@stockholm.example',
          displayName: 'Alva Audit',
          role: 'caseworker',
          staffMemberId: staff.id,
        })
        .expect(201)
    ).body as InvitationCreated;
    const id = invited.user.id;
    const updated = (
      await admin
        .patch(`/api/users/${id}`)
        .send({ rowVersion: invited.user.rowVersion, role: 'team_leader', unitIds: [unit] })
        .expect(200)
    ).body as UserAccountSummary;
    expect(updated.role).toBe('team_leader');
    await admin.post(`/api/users/${id}/disable`).expect(200);
    await admin.post(`/api/users/${id}/enable`).expect(200);

    const events = (
      await trail(`entityType=user_account&actorUserId=${admin.user.userId}`)
    ).items.filter((e) => e.entityId === id);
    expect(events.map((e) => e.action).reverse()).toEqual([
      'invite',
      'update',
      'disable',
      'enable',
    ]);
    const update = events.find((e) => e.action === 'update') as AuditTrailEntry;
    expect(update).toMatchObject({
      actorDisplayName: 'Helena HR',
      subject: 'Alva Audit',
      before: { role: 'caseworker', unitIds: [], staffMemberId: staff.id },
      after: { role: 'team_leader', unitIds: [unit], staffMemberId: staff.id },
    });
    expect(events.find((e) => e.action === 'disable')).toMatchObject({
      before: { status: 'invited' },
      after: { status: 'disabled' },
    });
  });

  it("records the identity provider's settings, never its secret", async () => {
    // Settings are saved once the issuer's discovery answers: a local provider that answers it.
    const provider = createServer((_request, response) => {
      response.setHeader('Content-Type', 'application/json');
      response.end(JSON.stringify({ issuer, authorization_endpoint: `${issuer}/auth`, token_endpoint: `${issuer}/token`, jwks_uri: `${issuer}/jwks` }));
    });
    await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
    const issuer = `http://127.0.0.1:${(provider.address() as AddressInfo).port}`;
    const settings = {
      issuer,
      clientId: 'kompetenslaget',
      clientSecret: 'hemligt-värde',
      enabled: false,
    };
    try {
      await admin.put('/api/identity-provider').send(settings).expect(200);
      await admin
        .put('/api/identity-provider')
        .send({ ...settings, clientId: 'kl-2' })
        .expect(200);
    } finally {
      await new Promise((resolve) => provider.close(resolve));
    }
    const events = (await trail('entityType=identity_provider')).items;
    expect(actions(events)).toEqual(['identity_provider:create', 'identity_provider:update']);
    expect(events[0]).toMatchObject({
      before: { clientId: 'kompetenslaget' },
      after: { clientId: 'kl-2', clientSecretChanged: true },
    });
    expect(JSON.stringify(events)).not.toContain('hemligt-värde');
  });

  it("records the system administrator's new kommun administrator in that kommun", async () => {
    const system = await signInAs(t, 'system_admin');
    const created = (
      await system
        .post('/api/system/municipality-administrators')
        .send({
          municipalityCode: '0180',
          email: 'ny.admin@stockholm.example',
          displayName: 'Ny Admin',
        })
        .expect(201)
    ).body as InvitationCreated;
    const [event] = (await trail(`actorUserId=${system.user.userId}`)).items;
    expect(event).toMatchObject({
      entityType: 'user_account',
      entityId: created.user.id,
      action: 'invite',
      after: { role: 'municipality_admin' },
    });
  });

  it('records sign-in and sign-out', async () => {
    const account = await signInAs(t, 'caseworker');
    await account.post('/api/auth/logout').expect(204);
    const again = await signIn(t, account.account.email, account.account.password);
    expect(again.user.userId).toBe(account.user.userId);
    const events = (await trail(`actorUserId=${account.user.userId}`)).items;
    expect(actions(events)).toEqual([
      'user_account:sign_in',
      'user_account:sign_out',
      'user_account:sign_in',
    ]);
    expect(events[2].after).toMatchObject({ sessionId: expect.any(String) });
  });

  it("finds a person's record, levels and account, logs that search as a read, and pages", async () => {
    const round = await createRound(admin, await publishedFrameworkId(t));
    await admin
      .put(`/api/rounds/${round.id}/assessments`)
      .send({
        cells: [{ staffMemberId: staff.id, topicCode: 'SA01', value: 'basic', expectedVersion: 0 }],
      })
      .expect(200);
    const found = await trail(`staffMemberId=${staff.id}`);
    expect(new Set(found.items.map((e) => e.entityType))).toEqual(
      new Set(['staff_member', 'assessment', 'user_account']),
    );
    expect(found.items.find((e) => e.entityType === 'assessment')?.subject).toBe(
      'Alva Audit – SA01',
    );
    const paged = await trail(`staffMemberId=${staff.id}&pageSize=2&page=2`);
    expect(paged).toMatchObject({ total: found.total, page: 2, pageSize: 2 });
    expect(paged.items).toEqual(found.items.slice(2, 4));

    const reads = (await admin.get(`/api/audit/staff_member/${staff.id}/reads`).expect(200))
      .body as PersonalDataRead[];
    expect(reads.map((r) => r.resource)).toContain('audit_trail');
  });

  it('filters by period in Swedish days', async () => {
    const [[old]]: [{ id: string }[], number] = await t.owner.query(
      `UPDATE audit_event SET occurred_at = '2025-03-01 23:30+01' WHERE entity_type = 'staff_member' AND entity_id = $1 AND action = 'create' RETURNING id`,
      [staff.id],
    );
    expect((await trail('from=2025-03-01&to=2025-03-01')).items.map((e) => e.id)).toEqual([old.id]);
    expect((await trail('from=2025-03-02&to=2025-03-31')).items).toEqual([]);
    await admin.get('/api/audit?from=2025-02-30').expect(400);
  });

  it("keeps the trail the kommun administrator's: other roles get 404, other kommuner see none of it", async () => {
    const leader = await signInAs(t, 'team_leader', { unitIds: [unit] });
    await leader.get('/api/audit').expect(404);
    const otherAdmin = await signInAs(t, 'municipality_admin', { municipalityCode: '1480' });
    const theirs = (await otherAdmin.get('/api/audit?pageSize=1000').expect(200))
      .body as AuditTrailPage;
    expect(theirs.items.filter((e) => e.entityId === staff.id)).toEqual([]);
    await otherAdmin.get(`/api/audit?staffMemberId=${staff.id}`).expect(404);
  });

  it('logs the named lists of an overview as a read of the people named', async () => {
    const round = await createRound(admin, await publishedFrameworkId(t));
    const overview = (
      await admin.get(`/api/rounds/${round.id}/dashboard?staffRole=team_leader`).expect(200)
    ).body as RoundDashboard;
    expect(overview.staleness.notAssessed.map((r) => r.staffMemberId)).toContain(staff.id);
    const reads = (await admin.get(`/api/audit/staff_member/${staff.id}/reads`).expect(200))
      .body as PersonalDataRead[];
    expect(reads[0]).toMatchObject({ resource: 'round_overview', actorUserId: admin.user.userId });
  });
});
