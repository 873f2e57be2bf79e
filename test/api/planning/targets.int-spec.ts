import { createTestApp, signInAs, type SignedIn, type TestApp } from '@kl/api/testing';
import fc from 'fast-check';
import type {
  AuditEvent,
  ErrorBody,
  StaffTargets,
  TargetSet,
  TargetSetTopic,
  TopicTargetInput,
} from '@kl/shared/contracts';
import {
  createRound,
  createStaff,
  createUnit,
  municipalityId,
  publishedFrameworkId,
} from '../inventory/inventory-fixtures';

/**
 * Målnivåer: a kommun-wide set and unit sets per framework version and role, inherited down the
 * unit tree (nearest setting wins, `none` stops a target from above), saved whole with a version.
 */
describe('Competence targets', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof signInAs>>;
  let kommun: string;
  let frameworkId: string;
  /** Förvaltning → avdelning → enhet, and a sibling enhet the team leader does not lead. */
  let administration: string;
  let department: string;
  let team: string;
  let sibling: string;
  let person: string;
  let colleagueElsewhere: string;
  let round: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAs(t, 'municipality_admin');
    kommun = await municipalityId(t);
    frameworkId = await publishedFrameworkId(t);
    administration = await createUnit(t, kommun, 'Socialförvaltningen');
    department = await createUnit(t, kommun, 'Barn och familj', administration);
    team = await createUnit(t, kommun, 'Mottagning', department);
    sibling = await createUnit(t, kommun, 'Utredning', department);
    person = await createStaff(t, kommun, team);
    colleagueElsewhere = await createStaff(t, kommun, sibling);
    round = (await createRound(admin, frameworkId)).id;
  });
  afterAll(() => t.close());

  const query = (unitId: string | null, role = 'caseworker') =>
    `/api/targets?frameworkId=${frameworkId}&role=${role}${unitId ? `&unitId=${unitId}` : ''}`;
  const read = async (
    who: SignedIn,
    unitId: string | null,
    role = 'caseworker',
  ): Promise<TargetSet> => (await who.get(query(unitId, role)).expect(200)).body;
  const save = (
    who: SignedIn,
    unitId: string | null,
    version: number,
    targets: TopicTargetInput[],
    role = 'caseworker',
  ) => who.put('/api/targets').send({ unitId, frameworkId, role, version, targets });
  const topic = (set: TargetSet, code: string): TargetSetTopic | undefined =>
    set.areas.flatMap((a) => a.topics).find((tp) => tp.code === code);
  const staffTargets = async (
    who: SignedIn,
    staffId: string,
    roundId?: string,
  ): Promise<StaffTargets> =>
    (
      await who
        .get(`/api/staff/${staffId}/targets${roundId ? `?roundId=${roundId}` : ''}`)
        .expect(200)
    ).body;

  it('starts empty: every topic of the framework version, nothing set, version 0', async () => {
    const set = await read(admin, null);
    expect(set).toMatchObject({
      id: null,
      unitId: null,
      unitName: null,
      frameworkId,
      role: 'caseworker',
      version: 0,
      updatedAt: null,
    });
    const topics = set.areas.flatMap((a) => a.topics);
    expect(topics).toHaveLength(26);
    expect(topics.every((tp) => tp.own === null && tp.inherited === null)).toBe(true);
    expect(set.areas.map((a) => a.code)).toEqual(['SA', 'JU', 'PS', 'SV', 'EP']);
  });

  it('inherits down the tree: the nearest setting decides, and "none" overrides a target above', async () => {
    const kommunWide = (
      await save(admin, null, 0, [
        { topicCode: 'SA01', choice: 'basic' },
        { topicCode: 'SA07', choice: 'basic' },
        { topicCode: 'JU02', choice: 'advanced' },
      ]).expect(200)
    ).body as TargetSet;
    expect(kommunWide.version).toBe(1);
    expect(topic(kommunWide, 'SA07')).toEqual({
      code: 'SA07',
      name: expect.any(String),
      own: 'basic',
      ownShare: 100,
      inherited: null,
    });

    await save(admin, department, 0, [
      { topicCode: 'SA07', choice: 'advanced' },
      { topicCode: 'JU02', choice: 'none' },
    ]).expect(200);
    await save(admin, team, 0, [{ topicCode: 'SA01', choice: 'advanced' }]).expect(200);

    const teamSet = await read(admin, team);
    expect(teamSet.unitName).toMatch(/^Mottagning/);
    const departmentOrigin = {
      unitId: department,
      unitName: expect.stringMatching(/^Barn och familj/),
    };
    const kommunOrigin = { unitId: null, unitName: null };
    expect(topic(teamSet, 'SA01')).toMatchObject({
      own: 'advanced',
      inherited: { choice: 'basic', origin: kommunOrigin },
    });
    expect(topic(teamSet, 'SA07')).toMatchObject({
      own: null,
      inherited: { choice: 'advanced', origin: departmentOrigin },
    });
    expect(topic(teamSet, 'JU02')).toMatchObject({
      own: null,
      inherited: { choice: 'none', origin: departmentOrigin },
    });
    expect(topic(teamSet, 'PS01')).toMatchObject({ own: null, inherited: null });

    // The person's effective targets: levels only, each with where it comes from.
    const mine = await staffTargets(admin, person);
    expect(mine.targets).toEqual([
      {
        topicCode: 'SA01',
        level: 'advanced',
        share: 100,
        origin: { unitId: team, unitName: expect.stringMatching(/^Mottagning/) },
      },
      { topicCode: 'SA07', level: 'advanced', share: 100, origin: departmentOrigin },
    ]);
    // The sibling unit gets the department's and the kommun's, not the team's.
    expect((await staffTargets(admin, colleagueElsewhere)).targets).toEqual([
      { topicCode: 'SA01', level: 'basic', share: 100, origin: kommunOrigin },
      { topicCode: 'SA07', level: 'advanced', share: 100, origin: departmentOrigin },
    ]);
  });

  it('keeps roles apart: team leaders have targets of their own', async () => {
    await save(admin, null, 0, [{ topicCode: 'EP01', choice: 'advanced' }], 'team_leader').expect(
      200,
    );
    const leaders = await read(admin, team, 'team_leader');
    expect(topic(leaders, 'EP01')?.inherited?.choice).toBe('advanced');
    expect(topic(leaders, 'SA01')?.inherited).toBeNull();
    expect((await staffTargets(admin, person)).targets.map((x) => x.topicCode)).not.toContain(
      'EP01',
    );
  });

  it('answers the targets of the round’s framework version, and none in a kommun without rounds', async () => {
    const targets = await staffTargets(admin, person, round);
    expect(targets).toMatchObject({
      staffMemberId: person,
      role: 'caseworker',
      roundId: round,
      frameworkId,
    });
    expect(targets.targets.length).toBe(2);
    // Without roundId: the newest opened round.
    expect((await staffTargets(admin, person)).roundId).toBe(round);
    await admin
      .get(`/api/staff/${person}/targets?roundId=00000000-0000-4000-8000-000000000000`)
      .expect(404);

    const lulea = await municipalityId(t, '2580');
    const luleaAdmin = await signInAs(t, 'municipality_admin', { municipalityCode: '2580' });
    const luleaStaff = await createStaff(t, lulea, await createUnit(t, lulea, 'Luleå'));
    expect(await staffTargets(luleaAdmin, luleaStaff)).toMatchObject({
      roundId: null,
      frameworkId: null,
      targets: [],
    });
  });

  it('replaces the set as a whole: topics left out inherit again, and an unchanged save keeps the version', async () => {
    const before = await read(admin, team);
    const saved = (
      await save(admin, team, before.version, [{ topicCode: 'PS01', choice: 'basic' }]).expect(200)
    ).body as TargetSet;
    expect(saved.version).toBe(before.version + 1);
    expect(topic(saved, 'SA01')).toMatchObject({ own: null, inherited: { choice: 'basic' } });
    expect(topic(saved, 'PS01')?.own).toBe('basic');
    const again = (
      await save(admin, team, saved.version, [{ topicCode: 'PS01', choice: 'basic' }]).expect(200)
    ).body as TargetSet;
    expect(again.version).toBe(saved.version);
  });

  it('answers a stale version with 409 and the current set; of two concurrent first saves exactly one wins', async () => {
    const current = await read(admin, department);
    const stale = await save(admin, department, current.version - 1, []).expect(409);
    expect(stale.body).toMatchObject({
      code: 'STALE_VERSION',
      current: { version: current.version, unitId: department },
    });
    expect(topic((stale.body as ErrorBody & { current: TargetSet }).current, 'SA07')?.own).toBe(
      'advanced',
    );

    const results = await Promise.all(
      (['basic', 'advanced', 'basic', 'advanced'] as const).map((choice) =>
        save(admin, sibling, 0, [{ topicCode: 'SV01', choice }]),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
    const winner = results.find((r) => r.status === 200)?.body as TargetSet;
    const stored = await read(admin, sibling);
    expect(stored.version).toBe(1);
    expect(topic(stored, 'SV01')?.own).toBe(topic(winner, 'SV01')?.own);
  });

  it('validates all or nothing, with a code per field', async () => {
    const otherKommunUnit = await createUnit(t, await municipalityId(t, '1480'), 'Annan kommun');
    const before = await read(admin, null);
    const response = await admin
      .put('/api/targets')
      .send({
        unitId: null,
        frameworkId,
        role: 'caseworker',
        version: before.version,
        targets: [
          { topicCode: 'SA01', choice: 'advanced' },
          { topicCode: 'XX99', choice: 'basic' },
          { topicCode: 'SA01', choice: 'basic' },
          { topicCode: 'SA02', choice: 'none' },
        ],
      })
      .expect(400);
    expect(response.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: {
        'targets.1.topicCode': 'invalid_value',
        'targets.2': 'not_unique',
        'targets.3.choice': 'not_allowed',
      },
    });
    expect(await read(admin, null)).toEqual(before);

    const foreign = await save(admin, otherKommunUnit, 0, []).expect(400);
    expect(foreign.body.errors).toEqual({ unitId: 'invalid_value' });
    const draft = await admin
      .put('/api/targets')
      .send({
        unitId: team,
        frameworkId: '00000000-0000-4000-8000-000000000000',
        role: 'caseworker',
        version: 0,
        targets: [],
      })
      .expect(400);
    expect(draft.body.errors).toEqual({ frameworkId: 'invalid_value' });
    const shape = await admin
      .put('/api/targets')
      .send({
        unitId: 'x',
        frameworkId,
        role: 'chef',
        version: -1,
        targets: [{ topicCode: 'SA01', choice: 'insufficient' }],
        extra: 1,
      })
      .expect(400);
    expect(Object.keys(shape.body.errors).sort()).toEqual([
      'extra',
      'role',
      'targets.0.choice',
      'unitId',
      'version',
    ]);
  });

  it('lets a team leader read the targets of their units only, and a caseworker their own effective targets', async () => {
    const leader = await signInAs(t, 'team_leader', { unitIds: [department] });
    expect((await read(leader, team)).unitId).toBe(team);
    expect((await read(leader, null)).unitId).toBeNull();
    await leader.get(query(administration)).expect(404);
    await save(leader, team, 1, []).expect(404);
    expect((await staffTargets(leader, person)).targets.length).toBeGreaterThan(0);

    const caseworker = await signInAs(t, 'caseworker', { staffMemberId: person });
    await caseworker.get(query(team)).expect(404);
    expect((await staffTargets(caseworker, person)).staffMemberId).toBe(person);
    await caseworker.get(`/api/staff/${colleagueElsewhere}/targets`).expect(404);

    for (const role of ['national_analyst', 'regional_analyst', 'system_admin'] as const) {
      const outsider = await signInAs(t, role);
      await outsider.get(query(null)).expect(404);
      await outsider.get(`/api/staff/${person}/targets`).expect(404);
    }
    const otherAdmin = await signInAs(t, 'municipality_admin', { municipalityCode: '1480' });
    await otherAdmin.get(query(team)).expect(404);
    await otherAdmin.get(`/api/staff/${person}/targets`).expect(404);
    // Another kommun's own kommun-wide set is its own: empty, never Stockholm's.
    expect((await read(otherAdmin, null)).version).toBe(0);
  });

  it('audits every save with the set before and after', async () => {
    const set = await read(admin, team);
    const history: AuditEvent[] = (
      await admin.get(`/api/audit/competence_target_set/${set.id}`).expect(200)
    ).body;
    expect(history.map((e) => e.action)).toEqual(['create', 'update']);
    expect(history[0]).toMatchObject({
      before: null,
      after: {
        unitId: team,
        frameworkId,
        role: 'caseworker',
        version: 1,
        targets: { SA01: 'advanced' },
      },
    });
    expect(history[1]).toMatchObject({
      before: { version: 1, targets: { SA01: 'advanced' } },
      after: { version: 2, targets: { PS01: 'basic' } },
    });
    expect(history[1].actorUserId).toBe(admin.account.id);
  });

  it('keeps other kommuner out at the database too (row-level security)', async () => {
    const asApp = (kommunId: string | null, sql: string, params: unknown[] = []) =>
      t.dataSource.transaction(async (manager) => {
        await manager.query('SET LOCAL ROLE kl_app');
        await manager.query(`SELECT set_config('app.municipality_id', $1, true)`, [kommunId ?? '']);
        return manager.query(sql, params);
      });
    const counts =
      'SELECT (SELECT count(*)::int FROM competence_target_set) AS sets, (SELECT count(*)::int FROM competence_target) AS targets';
    const [own] = await asApp(kommun, counts);
    expect(own.sets).toBeGreaterThan(3);
    expect(own.targets).toBeGreaterThan(3);
    expect(await asApp(await municipalityId(t, '1480'), counts)).toEqual([{ sets: 0, targets: 0 }]);
    expect(await asApp(null, counts)).toEqual([{ sets: 0, targets: 0 }]);
    await expect(
      asApp(
        kommun,
        `INSERT INTO competence_target_set (municipality_id, framework_id, role) VALUES ($1, $2, 'caseworker')`,
        [await municipalityId(t, '1480'), frameworkId],
      ),
    ).rejects.toThrow(/row-level security/);
  });

  // Last: a fuzzed body may be a valid save.
  it('answers fuzzed bodies and queries with a 2xx or a 4xx in the one error shape, never a 500', async () => {
    const value = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom(
        frameworkId,
        team,
        'caseworker',
        'team_leader',
        'none',
        '',
        '\u0000',
        "'; DROP TABLE competence_target; --",
      ),
      fc.array(
        fc.record({
          topicCode: fc.oneof(fc.string(), fc.constantFrom('SA01', 'JU02', 'XX99')),
          choice: fc.oneof(
            fc.string(),
            fc.constantFrom('basic', 'advanced', 'none', 'insufficient'),
          ),
        }),
        { maxLength: 3 },
      ),
      fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }),
    );
    const keys = fc.constantFrom('unitId', 'frameworkId', 'role', 'version', 'targets', 'extra');
    const wellFormed = (
      status: number,
      body: { statusCode?: number; code?: string; stack?: unknown },
    ) =>
      status < 300 ||
      (status < 500 &&
        body.statusCode === status &&
        typeof body.code === 'string' &&
        body.stack === undefined);
    await fc.assert(
      fc.asyncProperty(fc.dictionary(keys, value, { maxKeys: 6 }), async (body) => {
        const response = await admin.put('/api/targets').send(body);
        expect(wellFormed(response.status, response.body)).toBe(true);
      }),
      { numRuns: 80 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom('unitId', 'frameworkId', 'role', 'x'), fc.string(), {
          maxKeys: 4,
        }),
        async (query) => {
          const response = await admin.get('/api/targets').query(query);
          expect(wellFormed(response.status, response.body)).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});
