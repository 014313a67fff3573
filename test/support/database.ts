import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export interface TestDatabase {
  /** Connection URL of the new, empty database. */
  url: string;
  name: string;
  /** Terminates its connections and drops it. Safe to call more than once. */
  drop(): Promise<void>;
}

/** Prefix of every database this test run creates; global-teardown drops leftovers by it. */
export function testDatabasePrefix(runId = process.env.TIDINGS_TEST_RUN_ID ?? 'norun'): string {
  return `tidings_t_${runId}_`;
}

/**
 * A fresh, uniquely named database on the test server (embedded PostgreSQL, or DATABASE_URL's).
 * Every e2e suite makes its own, so suites never see each other's rows:
 *
 *   let db: TestDatabase;
 *   beforeAll(async () => { db = await createTestDatabase('feed'); });
 *   afterAll(() => db?.drop());
 */
export async function createTestDatabase(label = 'db'): Promise<TestDatabase> {
  const adminUrl = process.env.TIDINGS_TEST_ADMIN_URL;
  if (!adminUrl) {
    throw new Error(
      'TIDINGS_TEST_ADMIN_URL is not set. Run e2e suites through the api, redis or browser Jest projects ' +
        '(npx jest --selectProjects api): their globalSetup starts PostgreSQL and sets it.',
    );
  }
  const slug = label.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 24) || 'db';
  // PostgreSQL truncates identifiers at 63 bytes; prefix (≤ 18) + slug (≤ 24) + _ + 8 stays below.
  const name = `${testDatabasePrefix()}${slug}_${randomBytes(4).toString('hex')}`;
  await withAdmin(adminUrl, (admin) => admin.query(`create database ${admin.escapeIdentifier(name)}`));

  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  let dropped: Promise<void> | undefined;
  return {
    url: url.toString(),
    name,
    drop: () => (dropped ??= dropDatabase(adminUrl, name)),
  };
}

/** `with (force)` (PostgreSQL 13+) terminates the database's sessions first. */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withAdmin(adminUrl, (admin) => admin.query(`drop database if exists ${admin.escapeIdentifier(name)} with (force)`));
}

export async function withAdmin<T>(adminUrl: string, work: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}
