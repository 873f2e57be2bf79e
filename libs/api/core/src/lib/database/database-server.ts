import { ensureDatabase, withDatabase } from './migrate';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface DatabaseServer {
  /** URL of the application's database. */
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** The database the embedded server holds the application's data in. */
export const EMBEDDED_DATABASE_NAME = 'kompetenslaget';

/**
 * The external server named by `databaseUrl`, or else an embedded PostgreSQL keeping its data in
 * `dataDir` between runs.
 */
export async function startDatabaseServer(options: {
  databaseUrl?: string;
  dataDir: string;
  log: (message: string) => void;
}): Promise<DatabaseServer> {
  if (options.databaseUrl) {
    return { url: options.databaseUrl, embedded: false, stop: async () => undefined };
  }
  const server = await startEmbeddedPostgres({
    dataDir: options.dataDir,
    persistent: true,
    onPermissionChange: (folder) =>
      options.log(
        `Let the postgres user pass through ${folder} (o+x) to reach the embedded database`,
      ),
  });
  await ensureDatabase(server.url, EMBEDDED_DATABASE_NAME);
  return {
    url: withDatabase(server.url, EMBEDDED_DATABASE_NAME),
    embedded: true,
    stop: server.stop,
  };
}
