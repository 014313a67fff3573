// Writes apps/api/schema.graphql from the built API's code: boots apps/api/dist/main.js once,
// non-production (which emits the schema, see apps/api/src/app/graphql-options.ts), and stops it.
// With DATABASE_URL, on a throwaway database of that server (dropped after); otherwise the API starts
// its embedded PostgreSQL in a temporary folder.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SCHEMA_FILE = join(ROOT, 'apps', 'api', 'schema.graphql');
const MAIN = join(ROOT, 'apps', 'api', 'dist', 'main.js');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** A fresh database on DATABASE_URL's server, and how to drop it; null without DATABASE_URL. */
async function throwawayDatabase() {
  if (!process.env.DATABASE_URL) return null;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  const name = `tidings_schema_${Date.now()}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  const drop = async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  };
  return { url: url.toString(), drop };
}

export async function emitSchema() {
  if (!existsSync(MAIN)) throw new Error('apps/api/dist/main.js is missing: run `npm run build -w apps/api` first');
  const database = await throwawayDatabase();
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'tidings-schema-'));
  const env = {
    PATH: process.env.PATH ?? '',
    NODE_ENV: 'development',
    PORT: String(port),
    HOST: '127.0.0.1',
    JWT_SECRET: 'schema-emit-only-not-a-secret-0123456789',
    ADMIN_EMAIL: 'admin@schema.invalid',
    ADMIN_PASSWORD: 'schema-emit-only-password',
    DEMO: 'off',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    ...(database ? { DATABASE_URL: database.url } : {}),
  };
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode} before it was ready:\n${output}`);
      if (Date.now() > deadline) throw new Error(`the API did not become healthy within 120 s:\n${output}`);
      const healthy = await fetch(`http://127.0.0.1:${port}/health`).then((res) => res.ok, () => false);
      if (healthy) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } finally {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
    await database?.drop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  emitSchema().then(
    () => console.log('apps/api/schema.graphql written from the built API'),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
