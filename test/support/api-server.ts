import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';

export const TEST_ADMIN = { email: 'admin@tidings.test', password: 'admin-password-1' };
export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';

export interface ApiServer {
  url: string;
  port: number;
  /** Everything the process printed, for failure messages. */
  output(): string;
  /** SIGTERM, and wait for a clean exit. */
  stop(): Promise<void>;
  /** SIGKILL: a crash, nothing flushed. */
  kill(): Promise<void>;
}

const MAIN = join(__dirname, '..', '..', 'apps', 'api', 'dist', 'main.js');

/** Starts the built API as its own process, as production runs it, and waits for /health. */
export async function startApi(databaseUrl: string, env: Record<string, string> = {}): Promise<ApiServer> {
  const port = Number(env.PORT ?? (await freePort()));
  const dataDir = mkdtempSync(join(tmpdir(), 'tidings-api-'));
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      JWT_SECRET: TEST_JWT_SECRET,
      ADMIN_EMAIL: TEST_ADMIN.email,
      ADMIN_PASSWORD: TEST_ADMIN.password,
      DEMO: 'off',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DISPATCH_SWEEP_MS: '1000',
      // Every change its own activity, unless a suite tests folding and sets a window.
      FEED_FOLD_SECONDS: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child, () => output);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const finish = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { url, port, output: () => output, stop: () => finish('SIGTERM'), kill: () => finish('SIGKILL') };
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode} before it was ready:\n${output()}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the API did not become healthy within 30 s:\n${output()}`);
}

/**
 * Runs `work` with the server's clock moved forward by `ms` (the API must run with TEST_CLOCK=on),
 * so a window passes at once; the clock goes back to real time afterwards.
 */
export async function withClockAdvanced<T>(api: ApiServer, ms: number, work: () => Promise<T>): Promise<T> {
  await clockRequest(api, 'advance', { ms });
  try {
    return await work();
  } finally {
    await clockRequest(api, 'reset', {});
  }
}

async function clockRequest(api: ApiServer, action: 'advance' | 'reset', body: object): Promise<void> {
  const res = await fetch(`${api.url}/api/test/clock/${action}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`could not ${action} the clock: ${res.status} ${await res.text()}`);
}
