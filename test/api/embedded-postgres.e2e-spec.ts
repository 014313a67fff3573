import { expect } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import {
  EmbeddedPostgresError,
  startEmbeddedPostgres,
  type EmbeddedPostgresHandle,
} from '../../libs/shared/src/embedded-postgres';
import { freePort } from '../support/free-port';

// What a developer sees on `npm start` without DATABASE_URL: the embedded server starts, keeps
// its data across restarts, and refuses clearly when it cannot start.
describe('embedded PostgreSQL', () => {
  let root: string;
  const running: EmbeddedPostgresHandle[] = [];

  beforeAll(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'tidings-embedded-pg-spec-'));
    await fs.chmod(root, 0o755); // as root the server runs as `postgres`, which must get in
  });

  afterEach(async () => {
    await Promise.all(running.splice(0).map((h) => h.stop()));
  });

  afterAll(async () => {
    await fs.rm(root, { recursive: true, force: true });
  });

  async function start(dir: string, opts: { port?: number; persistent?: boolean } = {}): Promise<EmbeddedPostgresHandle> {
    const handle = await startEmbeddedPostgres({ dataDir: path.join(root, dir), port: opts.port ?? (await freePort()), persistent: opts.persistent });
    running.push(handle);
    return handle;
  }

  async function query<T extends object>(url: string, sql: string): Promise<T[]> {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query<T>(sql)).rows;
    } finally {
      await client.end();
    }
  }

  /** As root the server runs as `postgres`; otherwise as us. */
  function serverUser(): { uid?: number; gid?: number } {
    if (process.getuid?.() !== 0) return {};
    const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
    return { uid: id('-u'), gid: id('-g') };
  }

  async function startError(run: () => Promise<unknown>): Promise<EmbeddedPostgresError> {
    const err = await run().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(EmbeddedPostgresError);
    return err as EmbeddedPostgresError;
  }

  it('starts a fresh PostgreSQL 18 with the tidings database that answers queries', async () => {
    const pg = await start('fresh', { persistent: false });

    expect(pg.url).toBe(`postgres://postgres:tidings@127.0.0.1:${pg.port}/tidings`);
    const rows = await query<{ one: number; db: string; version: string }>(
      pg.url,
      `select 1 as one, current_database() as db, current_setting('server_version') as version`,
    );
    expect(rows).toEqual([{ one: 1, db: 'tidings', version: expect.stringMatching(/^18\./) }]);

    await pg.stop();
    await pg.stop(); // idempotent
    await expect(fs.stat(pg.dataDir)).rejects.toMatchObject({ code: 'ENOENT' }); // ephemeral: removed
  });

  it('refuses a second server on a busy port or on a folder already served, leaving the first one running', async () => {
    const first = await start('first', { persistent: false });

    const portTaken = await startError(() => start('second', { port: first.port }));
    expect(portTaken.code).toBe('PORT_IN_USE');
    expect(portTaken.message).toContain(`Port ${first.port} on 127.0.0.1 is in use`);
    expect(portTaken.message).toContain('EMBEDDED_PG_PORT');

    const folderTaken = await startError(() => start('first'));
    expect(folderTaken.code).toBe('ALREADY_RUNNING');
    expect(folderTaken.message).toContain(first.dataDir);
    expect(folderTaken.message).toMatch(/pid \d+/);
    expect(folderTaken.message).toContain("another running Tidings");

    expect(await query(first.url, 'select 1 as ok')).toEqual([{ ok: 1 }]);
  });

  it('refuses a data folder made by another PostgreSQL major version, naming the folder and both versions', async () => {
    const dir = path.join(root, 'old-15');
    await fs.mkdir(dir);
    await fs.writeFile(path.join(dir, 'PG_VERSION'), '15\n');

    const err = await startError(() => start('old-15'));

    expect(err.code).toBe('VERSION_MISMATCH');
    expect(err.message).toContain(dir);
    expect(err.message).toContain('PostgreSQL 15');
    expect(err.message).toContain('version 18');
    expect(err.message).toMatch(/Delete the folder|DATABASE_URL/);
    expect(await fs.readdir(dir)).toEqual(['PG_VERSION']); // left as it was
  });

  it('keeps data across stop and start on the same folder, even after a crash left postmaster.pid behind', async () => {
    const port = await freePort();
    const before = await start('persistent', { port });
    await query(before.url, `create table notes (body text); insert into notes values ('survives restarts')`);
    await before.stop();

    const again = await start('persistent', { port });
    expect(await query(again.url, 'select body from notes')).toEqual([{ body: 'survives restarts' }]);
    await again.stop();

    // A crashed run leaves postmaster.pid behind, naming a pid that is gone or, after a reboot or
    // in a container, now belongs to another process of the server's user (PostgreSQL itself
    // refuses to start then: "Is another postmaster running?").
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    const reused = spawn('sleep', ['30'], serverUser());
    try {
      for (const pid of [gone, reused.pid]) {
        await fs.writeFile(path.join(again.dataDir, 'postmaster.pid'), `${pid}\n${again.dataDir}\n`);
        const afterCrash = await start('persistent', { port });
        expect(await query(afterCrash.url, 'select count(*)::int as n from notes')).toEqual([{ n: 1 }]);
        await afterCrash.stop();
      }
    } finally {
      reused.kill();
    }
  });
  it('stops the server a killed run left behind and starts on its folder, data intact', async () => {
    const dir = path.join(root, 'orphaned');
    const port = await freePort();
    // A separate process starts the server, creates a table, then is killed without a chance to stop it.
    const runner = spawn(
      process.execPath,
      ['-e', `require(${JSON.stringify(path.join(__dirname, '..', '..', 'libs', 'shared', 'dist', 'embedded-postgres.js'))})
        .startEmbeddedPostgres({ dataDir: ${JSON.stringify(dir)}, port: ${port}, persistent: true })
        .then(async (pg) => { const { Client } = require('pg'); const c = new Client({ connectionString: pg.url }); await c.connect();
          await c.query('create table kept (n int)'); await c.query('insert into kept values (42)'); await c.end(); console.log('ready'); })`],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve, reject) => {
      runner.stdout?.on('data', (chunk) => String(chunk).includes('ready') && resolve());
      runner.once('exit', (code) => reject(new Error(`runner exited with ${code}`)));
    });
    runner.kill('SIGKILL');
    await new Promise((r) => runner.once('exit', r));

    const again = await start('orphaned', { port: await freePort(), persistent: true });
    expect(await query(again.url, 'select n from kept')).toEqual([{ n: 42 }]);
  });
});
