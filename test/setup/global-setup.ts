import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../../libs/shared/src/embedded-postgres';
import { withAdmin } from '../support/database';
import { freePort } from '../support/free-port';
import { saveTestServer } from './test-server';

/**
 * One PostgreSQL server for the whole run; suites create their own databases on it
 * (test/support/database.ts). DATABASE_URL set: that server. Unset: embedded PostgreSQL in a
 * fresh temp folder on a free port, removed again by global-teardown.
 */
export default async function globalSetup(): Promise<void> {
  const runId = randomBytes(3).toString('hex');
  process.env.TIDINGS_TEST_RUN_ID = runId;
  const started = Date.now();
  const external = process.env.DATABASE_URL;

  if (external) {
    const { version, canCreate } = await withAdmin(external, async (admin) => {
      const { rows } = await admin.query<{ version: string; can_create: boolean }>(
        `select current_setting('server_version') as version,
                (select rolsuper or rolcreatedb from pg_roles where rolname = current_user) as can_create`,
      );
      return { version: rows[0].version, canCreate: rows[0].can_create };
    }).catch((err: unknown) => {
      throw new Error(`DATABASE_URL is set but PostgreSQL there is not reachable: ${err instanceof Error ? err.message : String(err)}. Fix DATABASE_URL or unset it to use embedded PostgreSQL.`);
    });
    if (!canCreate) {
      throw new Error('DATABASE_URL connects as a role that cannot create databases; e2e suites each need their own. Use a superuser or a role WITH CREATEDB.');
    }
    process.env.TIDINGS_TEST_ADMIN_URL = external;
    saveTestServer({ adminUrl: external, runId });
    log(`PostgreSQL ${version} from DATABASE_URL (${redact(external)})`);
    return;
  }

  const tempDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tidings-test-pg-'));
  // mkdtemp makes it 0700; as root the server runs as `postgres`, which must get through it.
  await fs.chmod(tempDir, 0o755);
  try {
    const handle = await startEmbeddedPostgres({
      dataDir: path.join(tempDir, 'data'),
      port: await freePort(),
      persistent: false,
    });
    process.env.TIDINGS_TEST_ADMIN_URL = handle.url;
    saveTestServer({ adminUrl: handle.url, runId, embedded: { handle, tempDir } });
    log(`embedded PostgreSQL on port ${handle.port} ready in ${Date.now() - started} ms`);
  } catch (err) {
    await fs.rm(tempDir, { recursive: true, force: true });
    throw err;
  }
}

function log(line: string): void {
  process.stdout.write(`\n[test db] ${line}\n`);
}

function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}
