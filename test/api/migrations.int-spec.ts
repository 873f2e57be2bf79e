import { buildDataSourceOptions, dropDatabase, ensureDatabase, withDatabase } from '@kl/api/core';
import { TEST_RUN_PREFIX_ENV, TEST_SERVER_URL_ENV } from '@kl/api/testing';
import { allEntities, migrations } from '@kl/migrations';
import { DataSource } from 'typeorm';

describe('Migrations', () => {
  const server = process.env[TEST_SERVER_URL_ENV] as string;
  const name = `${process.env[TEST_RUN_PREFIX_ENV]}migrations`;
  let dataSource: DataSource;

  beforeAll(async () => {
    await ensureDatabase(server, name);
    dataSource = new DataSource(buildDataSourceOptions({ url: withDatabase(server, name), entities: allEntities, migrations }));
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await dropDatabase(server, name);
  });

  const tables = async () =>
    (
      await dataSource.query(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1`,
      )
    ).map((r: { tablename: string }) => r.tablename);

  it('run up, all the way down, and up again to the same schema', async () => {
    await dataSource.runMigrations({ transaction: 'each' });
    const afterUp = await tables();
    expect(afterUp).toEqual(expect.arrayContaining(['municipality', 'competence_topic']));

    for (let i = 0; i < migrations.length; i++) {
      await dataSource.undoLastMigration({ transaction: 'each' });
    }
    expect(await tables()).toEqual([]);
    const types = await dataSource.query(`SELECT typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' AND t.typtype = 'e'`);
    expect(types).toEqual([]);

    await dataSource.runMigrations({ transaction: 'each' });
    expect(await tables()).toEqual(afterUp);
  });

  it('leave nothing for the entities to change (no drift)', async () => {
    const { upQueries } = await dataSource.driver.createSchemaBuilder().log();
    expect(upQueries.map((q) => q.query)).toEqual([]);
  });
});
