import { Client } from 'pg';
import { startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { login } from '../factories/org';

/** A production install never starts with an admin whose password is published. */
describe('first admin in production', () => {
  let db: TestDatabase;

  beforeEach(async () => {
    db = await createTestDatabase('production_boot');
  });

  afterEach(() => db?.drop());

  const employees = async () => {
    const pg = new Client({ connectionString: db.url });
    await pg.connect();
    try {
      // A refusal at configuration time comes before the migrations: no table, no one in it.
      const { rows } = await pg.query<{ migrated: boolean }>(`SELECT to_regclass('employees') IS NOT NULL AS migrated`);
      if (!rows[0].migrated) return 0;
      return Number((await pg.query<{ count: string }>('SELECT count(*) FROM employees')).rows[0].count);
    } finally {
      await pg.end();
    }
  };

  it('refuses to start without ADMIN_PASSWORD, naming it, and creates no admin', async () => {
    // An empty value counts as unset, as in most dotenv setups.
    await expect(startApi(db.url, { NODE_ENV: 'production', ADMIN_PASSWORD: '' })).rejects.toThrow(/exited with code 1[\s\S]*ADMIN_PASSWORD/);
    expect(await employees()).toBe(0);
  });

  it('refuses a published demo password', async () => {
    for (const password of ['tidings-admin', 'tidings-demo']) {
      await expect(startApi(db.url, { NODE_ENV: 'production', ADMIN_PASSWORD: password })).rejects.toThrow(/exited with code 1[\s\S]*ADMIN_PASSWORD/);
    }
    expect(await employees()).toBe(0);
  });

  it('needs the password only to create the first admin: once one exists it may be dropped', async () => {
    const first = await startApi(db.url, { NODE_ENV: 'production', ADMIN_EMAIL: 'root@example.test', ADMIN_PASSWORD: 'a long own password' });
    await first.stop();
    const again = await startApi(db.url, { NODE_ENV: 'production', ADMIN_PASSWORD: '' });
    try {
      expect((await login(again.url, 'root@example.test', 'a long own password')).email).toBe('root@example.test');
    } finally {
      await again.stop();
    }
  });
});
