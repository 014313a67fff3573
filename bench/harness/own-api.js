'use strict';
// A row that needs its own API (its own configuration and an empty database) starts it with this:
// a throwaway database on DATABASE_URL's server (or an embedded PostgreSQL), the built API on a free
// port, the bench admin signed in. `stop()` removes all of it.
const { spawn } = require('node:child_process');
const { join } = require('node:path');
const { Client } = require('pg');
const { createBenchDatabase } = require('./database');
const { freePort, gql: request } = require('./util');

const PASSWORD = 'bench password 1';

/** The data of a GraphQL answer (the shared helper answers the whole body). */
const gql = async (url, query, variables, token) => (await request(url, query, variables, token)).data;

async function startOwnApi({ label, env = {} }) {
  const database = await createBenchDatabase(`tidings_bench_${label}`);
  const { temp } = database;
  const port = await freePort();
  // BENCH_CPU_PROF_DIR=<dir> writes a CPU profile of the API process there, for a row that misses.
  const profile = process.env.BENCH_CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`] : [];
  const api = spawn(process.execPath, [...profile, join(__dirname, '..', '..', 'apps', 'api', 'dist', 'main.js')], {
    env: { ...process.env, DATABASE_URL: database.url, PORT: String(port), HOST: '127.0.0.1', DEMO: 'off', LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret-1234', ADMIN_EMAIL: 'admin@bench.test', ADMIN_PASSWORD: PASSWORD, DATA_DIR: temp,
      RATE_LIMIT_MUTATIONS_PER_MINUTE: '100000', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const db = new Client({ connectionString: database.url });
  const stop = async () => {
    await db.end().catch(() => undefined);
    if (api.exitCode === null) {
      api.kill('SIGTERM');
      await new Promise((r) => api.once('exit', r));
    }
    await database.drop();
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
