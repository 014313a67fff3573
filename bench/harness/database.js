'use strict';
// A throwaway bench database: on DATABASE_URL's server, or on an embedded PostgreSQL started in a
// temporary folder (which also serves as the API's DATA_DIR). `drop()` removes all of it.
const { chmodSync, mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { Client } = require('pg');
const { startEmbeddedPostgres } = require('../../libs/shared/dist');
const { freePort } = require('./util');

async function createBenchDatabase(prefix = 'tidings_bench') {
  const temp = mkdtempSync(join(tmpdir(), `${prefix.replaceAll('_', '-')}-`));
  chmodSync(temp, 0o755); // as root, PostgreSQL runs as the postgres user and must reach its folder
  let embedded;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: join(temp, 'pg'), port: await freePort() });
    adminUrl = embedded.url;
  }
  const dbName = `${prefix}_${Date.now()}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const dbUrl = new URL(adminUrl);
  dbUrl.pathname = `/${dbName}`;
  // BENCH_KEEP_DATABASE=1 keeps a server's database after the run, to EXPLAIN a missed row's SQL on it.
  const keep = process.env.BENCH_KEEP_DATABASE === '1' && !embedded;
  const drop = async () => {
    if (keep) process.stderr.write(`kept database ${dbName}\n`);
    else await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
    await embedded?.stop();
    rmSync(temp, { recursive: true, force: true });
  };
  return { url: dbUrl.toString(), temp, admin, embedded: !!embedded, drop };
}

module.exports = { createBenchDatabase };
