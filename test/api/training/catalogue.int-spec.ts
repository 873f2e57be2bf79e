import { createTestApp, signInAs, type SignedIn, type TestApp } from '@kl/api/testing';
import type { Course, CourseSession, CourseSuggestion } from '@kl/shared/contracts';
import { courseBody, createCourse, createSession } from './training-fixtures';

/**
 * The course catalogue of both tiers: a kommun's own courses, shared with its län on request; the
 * län's courses published by the regional analyst (through the aggregate role, ADR 0008); sessions
 * with seats given to other kommuner of the län.
 */
describe('Course catalogue and sessions', () => {
  let t: TestApp;
  let stockholm: SignedIn;
  let sodertalje: SignedIn;
  let regional: SignedIn;
  let otherCounty: SignedIn;
  let caseworker: SignedIn;

  beforeAll(async () => {
    t = await createTestApp();
    stockholm = await signInAs(t, 'municipality_admin');
    sodertalje = await signInAs(t, 'municipality_admin', { municipalityCode: '0181' });
    regional = await signInAs(t, 'regional_analyst');
    otherCounty = await signInAs(t, 'regional_analyst', { countyCode: '14' });
    caseworker = await signInAs(t, 'caseworker');
  });
  afterAll(() => t.close());

  const titles = async (who: SignedIn) =>
    ((await who.get('/api/courses').expect(200)).body as Course[]).map((c) => c.title);

  it("keeps a kommun's course its own until it is shared with the län", async () => {
    const course = await createCourse(stockholm, { title: 'Barnsamtal', credits: '7,5' });
    expect(course).toMatchObject({
      owner: { kind: 'kommun' },
      shared: false,
      credits: '7.5',
      costPerParticipant: '4000.00',
      topics: [{ topicCode: 'SA01', level: 'basic' }],
      editable: true,
      version: 1,
    });
    expect(await titles(caseworker)).toContain('Barnsamtal');
    expect(await titles(sodertalje)).not.toContain('Barnsamtal');
    await sodertalje.get(`/api/courses/${course.id}`).expect(404);

    const shared = (
      await stockholm
        .put(`/api/courses/${course.id}`)
        .send({ ...courseBody({ title: 'Barnsamtal' }), shared: true, version: 1 })
        .expect(200)
    ).body as Course;
    expect(shared).toMatchObject({ shared: true, version: 2 });
    const seen = (await sodertalje.get(`/api/courses/${course.id}`).expect(200)).body as Course;
    expect(seen).toMatchObject({ editable: false, ownerName: 'Stockholm' });
    // Another kommun reads a shared course, never changes it.
    await sodertalje
      .put(`/api/courses/${course.id}`)
      .send({ ...courseBody(), version: 2 })
      .expect(404);
    // A stale version is a conflict with the current course.
    const stale = await stockholm
      .put(`/api/courses/${course.id}`)
      .send({ ...courseBody(), version: 1 })
      .expect(409);
    expect(stale.body).toMatchObject({ code: 'STALE_VERSION', current: { version: 2 } });
  });

  it('refuses unknown topics, repeated topics and a PUT without version, field by field', async () => {
    const bad = await stockholm
      .post('/api/courses')
      .send(
        courseBody({
          topics: [
            { topicCode: 'XX99', level: 'basic' },
            { topicCode: 'SA01', level: 'basic' },
            { topicCode: 'SA01', level: 'advanced' },
          ],
        }),
      )
      .expect(400);
    expect(bad.body.errors).toEqual({
      'topics.0.topicCode': 'invalid_value',
      'topics.2': 'not_unique',
    });
    const wrongType = await stockholm
      .post('/api/courses')
      .send({ ...courseBody(), costPerParticipant: '-5', type: 'webinar' })
      .expect(400);
    expect(Object.keys(wrongType.body.errors).sort()).toEqual(['costPerParticipant', 'type']);
  });

  it('lets the regional analyst publish a course for the whole län, and only the län', async () => {
    const course = await createCourse(regional, {
      title: 'Länets introduktionsprogram',
      type: 'introduction_programme',
    });
    expect(course).toMatchObject({
      owner: { kind: 'county', countyCode: '01' },
      shared: true,
      ownerName: null,
      editable: true,
    });
    expect(await titles(stockholm)).toContain('Länets introduktionsprogram');
    expect(await titles(sodertalje)).toContain('Länets introduktionsprogram');
    // The analyst sees the län's own courses, not a kommun's (shared or not).
    expect(await titles(regional)).toEqual(['Länets introduktionsprogram']);
    expect(await titles(otherCounty)).toEqual([]);
    await otherCounty.get(`/api/courses/${course.id}`).expect(404);
    await stockholm
      .put(`/api/courses/${course.id}`)
      .send({ ...courseBody(), version: 1 })
      .expect(404);
    const changed = (
      await regional
        .put(`/api/courses/${course.id}`)
        .send({ ...courseBody({ title: 'Länets introduktion' }), version: 1 })
        .expect(200)
    ).body as Course;
    expect(changed).toMatchObject({ title: 'Länets introduktion', version: 2, shared: true });
  });

  it('gives seats of a joint session to kommuner of the län, and the organiser the rest', async () => {
    const course = await createCourse(stockholm, { title: 'Gemensam kurs', shared: true });
    const session = await createSession(stockholm, course.id, {
      capacity: 10,
      seats: [{ municipalityCode: '0181', seats: 4 }],
    });
    expect(session).toMatchObject({
      capacity: 10,
      ourSeats: 6,
      ourTaken: 0,
      seats: [{ municipalityCode: '0181', municipalityName: 'Södertälje', seats: 4 }],
    });
    const theirs = (await sodertalje.get(`/api/sessions/${session.id}`).expect(200))
      .body as CourseSession;
    expect(theirs).toMatchObject({ ourSeats: 4, owner: { kind: 'kommun' } });

    const post = (body: object) =>
      stockholm
        .post(`/api/courses/${course.id}/sessions`)
        .send({ startsOn: '2027-03-10', endsOn: '2027-03-11', online: true, capacity: 3, ...body });
    expect((await post({ endsOn: '2027-03-01' }).expect(400)).body.errors).toEqual({
      endsOn: 'before_start',
    });
    // Göteborg is in another län; Stockholm is the organiser itself.
    expect(
      (
        await post({
          seats: [
            { municipalityCode: '1480', seats: 1 },
            { municipalityCode: '0180', seats: 1 },
          ],
        }).expect(400)
      ).body.errors,
    ).toEqual({
      'seats.0.municipalityCode': 'invalid_value',
      'seats.1.municipalityCode': 'invalid_value',
    });
    expect(
      (await post({ seats: [{ municipalityCode: '0181', seats: 4 }] }).expect(400)).body.errors,
    ).toEqual({
      seats: 'max',
    });
  });

  it('lets the regional analyst organise sessions of the län’s courses and share them out', async () => {
    const course = await createCourse(regional, {
      title: 'Länskonferens',
      type: 'network_conference',
    });
    const session = await createSession(regional, course.id, {
      capacity: 20,
      seats: [
        { municipalityCode: '0180', seats: 5 },
        { municipalityCode: '0181', seats: 3 },
      ],
    });
    expect(session).toMatchObject({ owner: { kind: 'county', countyCode: '01' }, ourSeats: 12 });
    const inStockholm = (
      (await stockholm.get('/api/sessions?from=2027-01-01&to=2027-12-31').expect(200))
        .body as CourseSession[]
    ).find((s) => s.id === session.id);
    expect(inStockholm).toMatchObject({ ourSeats: 5, ourTaken: 0 });
    // A kommun's course is not the analyst's to organise.
    const own = await createCourse(stockholm, { title: 'Egen', shared: true });
    await regional
      .post(`/api/courses/${own.id}/sessions`)
      .send({ startsOn: '2027-03-10', endsOn: '2027-03-10', online: true, capacity: 3 })
      .expect(404);
  });

  it('suggests the courses for a gap, ranked with their reasons', async () => {
    const above = await createCourse(stockholm, {
      title: 'Fördjupning',
      topics: [{ topicCode: 'SA02', level: 'advanced' }],
    });
    const withSession = await createCourse(stockholm, {
      title: 'Grund med tillfälle',
      topics: [{ topicCode: 'SA02', level: 'basic' }],
    });
    const session = await createSession(stockholm, withSession.id, { capacity: 5 });
    const without = await createCourse(stockholm, {
      title: 'Grund utan tillfälle',
      topics: [{ topicCode: 'SA02', level: 'basic' }],
    });
    await createCourse(stockholm, {
      title: 'Annat ämne',
      topics: [{ topicCode: 'JU02', level: 'basic' }],
    });
    const ranked = (
      await stockholm.get('/api/suggestions?topicCode=SA02&level=basic&people=3').expect(200)
    ).body as CourseSuggestion[];
    expect(ranked.map((s) => [s.rank, s.courseId])).toEqual([
      [1, withSession.id],
      [2, without.id],
      [3, above.id],
    ]);
    expect(ranked[0]).toMatchObject({
      sessionId: session.id,
      reasons: [
        { kind: 'topic_level', fit: 'exact' },
        { kind: 'target_group', fits: true },
        { kind: 'session', startsOn: '2027-03-10', seatsLeft: 5, enoughSeats: true },
        { kind: 'cost', perParticipant: '4000.00', total: '12000.00' },
      ],
    });
    expect(ranked[2].reasons[0]).toEqual({
      kind: 'topic_level',
      courseLevel: 'advanced',
      needed: 'basic',
      fit: 'above',
    });
    // Södertälje does not reach Stockholm's unshared courses.
    expect(
      (await sodertalje.get('/api/suggestions?topicCode=SA02&level=basic').expect(200)).body,
    ).toEqual([]);
  });
});
