import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig, requireAdminPassword } from './app-config';

const dataDir = () => mkdtempSync(join(tmpdir(), 'tidings-config-'));

describe('configuration at boot', () => {
  it('names the variable that is wrong and says what it must be', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATA_DIR: dataDir() })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty', DATA_DIR: dataDir() })).toThrow(/PORT: /);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x@y/z', DATA_DIR: dataDir() })).toThrow(/DATABASE_URL: /);
    expect(() => loadConfig({ SIMULATOR: 'maybe', DATA_DIR: dataDir() })).toThrow(/SIMULATOR: /);
  });

  it('refuses to start in production without a real JWT_SECRET', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/tidings' })).toThrow(/JWT_SECRET: is required/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'short', DATABASE_URL: 'postgres://db/tidings' })).toThrow(
      /JWT_SECRET: must be at least 32/,
    );
  });

  it('refuses a movable test clock in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), DATABASE_URL: 'postgres://db/tidings', TEST_CLOCK: 'on' })).toThrow(
      /TEST_CLOCK: must be off/,
    );
    expect(loadConfig({ DATA_DIR: dataDir(), TEST_CLOCK: 'on' }).testClock).toBe(true);
  });

  it('in production, asks for an own ADMIN_PASSWORD: none means no first admin, a demo one stops the boot', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), DATABASE_URL: 'postgres://db/tidings' };
    expect(() => requireAdminPassword(loadConfig(production))).toThrow(/ADMIN_PASSWORD: is required/);
    expect(() => loadConfig({ ...production, ADMIN_PASSWORD: 'tidings-admin' })).toThrow(/ADMIN_PASSWORD: is a published demo password/);
    expect(() => loadConfig({ ...production, ADMIN_PASSWORD: 'tidings-demo' })).toThrow(ConfigError);
    expect(requireAdminPassword(loadConfig({ ...production, ADMIN_PASSWORD: 'an own password' }))).toBe('an own password');
    expect(requireAdminPassword(loadConfig({ DATA_DIR: dataDir() }))).toBe('tidings-admin');
  });

  it('runs the demo on embedded PostgreSQL by default, and keeps its generated secret across restarts', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir });
    expect(first.demo).toBe(true);
    expect(first.simulator).toBe(true);
    expect(first.databaseUrl).toBeUndefined();
    expect(loadConfig({ DATA_DIR: dir }).jwtSecret).toBe(first.jwtSecret);
    expect(loadConfig({ DATA_DIR: dir, SIMULATOR: 'off' }).simulator).toBe(false);
  });

  it('is not a demo when it has a real database', () => {
    const config = loadConfig({ DATA_DIR: dataDir(), DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/tidings' });
    expect(config.demo).toBe(false);
    expect(config.simulator).toBe(false);
  });
});
