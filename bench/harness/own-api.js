'use strict';
// A row that needs its own API (its own configuration and an empty database) starts it with this:
// a throwaway database on DATABASE_URL's server (or an embedded PostgreSQL), the built API on a free
// port, the bench admin signed in. `stop()` removes all of it.
const { spawn } = require('node:child_process');
const { chmodSync, mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { Client } = require('pg');
const { startEmbeddedPostgres } = require('../../libs/shared/dist');
const { freePort, gql: request } = require('./util');

const PASSWORD = 'bench password 1';

/** The data of a GraphQL answer (the shared helper answers the whole body). */
const gql = async (url, query, variables, token) => (await request(url, query, variables, token)).data;

async function startOwnApi({ label, env = {} }) {
  const temp = mkdtempSync(join(tmpdir(), `tidings-bench-${label}-`));
  chmodSync(temp, 0o755);
  let embedded;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: join(temp, 'pg'), port: await freePort() });
    adminUrl = embedded.url;
  }
  const dbName = `tidings_bench_${label}_${Date.now()}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const dbUrl = new URL(adminUrl);
  dbUrl.pathname = `/${dbName}`;
  const port = await freePort();
  const api = spawn(process.execPath, [join(__dirname, '..', '..', 'apps', 'api', 'dist', 'main.js')], {
    env: { ...process.env, DATABASE_URL: dbUrl.toString(), PORT: String(port), HOST: '127.0.0.1', DEMO: 'off', LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret-1234', ADMIN_EMAIL: 'admin@bench.test', ADMIN_PASSWORD: PASSWORD, DATA_DIR: temp,
      RATE_LIMIT_MUTATIONS_PER_MINUTE: '100000', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const db = new Client({ connectionString: dbUrl.toString() });
  const stop = async () => {
    await db.end().catch(() => undefined);
    if (api.exitCode === null) {
      api.kill('SIGTERM');
      await new Promise((r) => api.once('exit', r));
    }
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
    await embedded?.stop();
    rmSync(temp, { recursive: true, force: true });
  };
  try {
    for (let i = 0; ; i++) {
      if (i > 600) throw new Error('the API did not start');
      try {
        if ((await fetch(`${url}/health`)).ok) break;
      } catch {
        // not listening yet: try again
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    await db.connect();
    const token = (await gql(url, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: 'admin@bench.test', p: PASSWORD })).login.token;
    return { url, db, token, password: PASSWORD, gql, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

module.exports = { startOwnApi };
