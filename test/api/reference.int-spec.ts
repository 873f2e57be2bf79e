import { seedReferenceData } from '@kl/api/seed';
import { createTestApp, type TestApp } from '@kl/api/testing';

describe('Reference data: län, kommuner, kommungrupper and the national framework', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lists the 21 län', async () => {
    const response = await t.http().get('/api/counties').expect(200);
    expect(response.body).toHaveLength(21);
    expect(response.body[0]).toEqual({ code: '01', name: 'Stockholms län' });
  });

  it('lists the 290 kommuner with län and SKR 2023 kommungrupp', async () => {
    const response = await t.http().get('/api/municipalities').expect(200);
    expect(response.body).toHaveLength(290);
    expect(response.body).toContainEqual({
      id: expect.any(String),
      code: '0180',
      name: 'Stockholm',
      countyCode: '01',
      groupCode: 'A1',
    });
  });

  it('filters kommuner by län and by kommungrupp', async () => {
    const norrbotten = await t.http().get('/api/municipalities?countyCode=25').expect(200);
    expect(norrbotten.body).toHaveLength(14);
    expect(norrbotten.body.every((m: { countyCode: string }) => m.countyCode === '25')).toBe(true);

    const cities = await t.http().get('/api/municipalities?groupCode=A1').expect(200);
    expect(cities.body.map((m: { name: string }) => m.name).sort()).toEqual(['Göteborg', 'Malmö', 'Stockholm']);
  });

  it('keeps kommungrupp classifications as versioned data', async () => {
    const response = await t.http().get('/api/municipality-group-classifications').expect(200);
    expect(response.body).toEqual([
      expect.objectContaining({ code: 'SKR-2023', isCurrent: true, groups: expect.any(Array) }),
    ]);
    expect(response.body[0].groups).toHaveLength(9);

    await t.http().get('/api/municipalities?classification=SKR-2011').expect(404);
  });

  it('rejects malformed filters with field codes', async () => {
    const response = await t.http().get('/api/municipalities?countyCode=1&groupCode=a1').expect(400);
    expect(response.body.errors).toEqual({ countyCode: 'invalid_format', groupCode: 'invalid_format' });
  });

  it('seeds BOU-2016 as a published framework with 5 areas, 26 topics and 3 level definitions', async () => {
    const [framework] = await t.dataSource.query(
      `SELECT f.status, f.version, sa.code AS service_area,
              (SELECT count(*)::int FROM competence_area a WHERE a.framework_id = f.id) AS areas,
              (SELECT count(*)::int FROM competence_topic t WHERE t.framework_id = f.id) AS topics,
              (SELECT count(*)::int FROM competence_level_definition l WHERE l.framework_id = f.id) AS levels
       FROM competence_framework f JOIN service_area sa ON sa.id = f.service_area_id WHERE f.code = 'BOU-2016'`,
    );
    expect(framework).toEqual({
      status: 'published',
      version: 1,
      service_area: 'barn-och-unga',
      areas: 5,
      topics: 26,
      levels: 3,
    });
  });

  it('seeds idempotently (as the owner): a second run changes nothing', async () => {
    const count = () =>
      t.owner.query(
        `SELECT (SELECT count(*) FROM municipality)::int AS m, (SELECT count(*) FROM county)::int AS c,
                (SELECT count(*) FROM municipality_group)::int AS g, (SELECT count(*) FROM competence_topic)::int AS t,
                (SELECT count(*) FROM municipality_group_membership)::int AS mm`,
      );
    const before = await count();
    await seedReferenceData(t.owner);
    expect(await count()).toEqual(before);
    expect(before).toEqual([{ m: 290, c: 21, g: 9, t: 26, mm: 290 }]);
  });
});
