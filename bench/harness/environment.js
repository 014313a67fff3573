'use strict';
// The system under test: PostgreSQL (embedded, or DATABASE_URL's server in a throwaway database)
// and the built API as its own process, started with --cpu-prof so a missed goal has a profile.
const { spawn } = require('node:child_process');
const { mkdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const { Pool } = require('pg');
const jwt = require('jsonwebtoken');
const { createBenchDatabase } = require('./database');
const { freePort, sleep } = require('./util');

const JWT_SECRET = 'bench-secret-bench-secret-bench-secret-1234';
const ROOT = join(__dirname, '..', '..');

/** A token the API accepts for a generated employee (token version 0), without a sign-in. */
const tokenFor = (employeeId) => jwt.sign({ sub: employeeId, ver: 0 }, JWT_SECRET, { algorithm: 'HS256', expiresIn: '6h', issuer: 'tidings' });

/** Resident memory of a process in KB (Linux). */
function rssKb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]);
}

async function startEnvironment({ profileDir }) {
  const database = await createBenchDatabase();
  const { temp, admin } = database;
  const dbUrl = database.url;
  const pool = new Pool({ connectionString: dbUrl, max: 6, application_name: 'tidings-bench' });
  pool.on('error', (error) => console.warn(`bench database connection lost: ${error.message}`)); // idle clients, at teardown
  const pgVersion = (await admin.query('SHOW server_version')).rows[0].server_version;

  mkdirSync(profileDir, { recursive: true });
  const port = await freePort();
  const api = spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, join(ROOT, 'apps', 'api', 'dist', 'main.js')], {
    env: {
      ...process.env,
      DATABASE_URL: dbUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO: 'off',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
      JWT_SECRET,
      ADMIN_EMAIL: 'admin@bench.test',
      ADMIN_PASSWORD: 'bench password 1',
      DATA_DIR: temp,
      FEED_FOLD_SECONDS: '0',
      RATE_LIMIT_MUTATIONS_PER_MINUTE: '1000000',
      SESSION_CHECK_MS: '60000',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const bootStarted = Date.now();
  for (;;) {
    if (api.exitCode !== null) throw new Error(`the API exited with code ${api.exitCode} before it was ready`);
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  const bootMs = Date.now() - bootStarted;

  const stop = async () => {
    if (api.exitCode === null) {
      api.kill('SIGTERM');
      await new Promise((r) => api.once('exit', r));
    }
    await pool.end().catch(() => {});
    await database.drop();
  };
  return { url, api, pool, dbUrl, pgVersion, bootMs, stop, embedded: database.embedded };
}

module.exports = { startEnvironment, tokenFor, rssKb, JWT_SECRET, ROOT };
