import { promises as fs } from 'node:fs';
import { dropDatabase, testDatabasePrefix, withAdmin } from '../support/database';
import { takeTestServer } from './test-server';

export default async function globalTeardown(): Promise<void> {
  const server = takeTestServer();
  if (!server) return;

  if (server.embedded) {
    // The whole cluster goes: stop() deletes an ephemeral data folder, then its temp parent.
    await server.embedded.handle.stop();
    await fs.rm(server.embedded.tempDir, { recursive: true, force: true });
    return;
  }

  // A shared server (DATABASE_URL): drop what a crashed or careless suite of this run left behind.
  const prefix = testDatabasePrefix(server.runId);
  const leftovers = await withAdmin(server.adminUrl, async (admin) => {
    const { rows } = await admin.query<{ datname: string }>(
      `select datname from pg_database where starts_with(datname, $1)`,
      [prefix],
    );
    return rows.map((r) => r.datname);
  });
  for (const name of leftovers) await dropDatabase(server.adminUrl, name);
}
