// Suites that need something beyond PostgreSQL (Redis, Chromium) declare it here:
//
//   requirePrereq('Redis at REDIS_URL', async () => (await pingRedis(process.env.REDIS_URL)) === 'PONG');
//
// Missing prerequisite: outside CI the whole file is reported as skipped, with the reason printed
// (test/setup/e2e-environment.ts does the skipping); under CI=true every test in the file fails
// with the reason, because CI must not skip.

export interface PrereqResult {
  name: string;
  ok: boolean;
  detail?: string;
}

export const PREREQS_KEY = '__tidingsPrereqs';

type PrereqGlobal = typeof globalThis & { [PREREQS_KEY]?: Array<Promise<PrereqResult>> };

export function isCI(env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = (env.CI ?? '').trim().toLowerCase();
  return ci !== '' && ci !== 'false' && ci !== '0';
}

/** Call at the top level of a test file (not inside a test). */
export function requirePrereq(name: string, check: () => Promise<boolean>): void {
  const result: Promise<PrereqResult> = check().then(
    (ok) => ({ name, ok }),
    (err: unknown) => ({ name, ok: false, detail: err instanceof Error ? err.message : String(err) }),
  );
  const registry = ((globalThis as PrereqGlobal)[PREREQS_KEY] ??= []);
  registry.push(result);

  // Under CI this fails the file. Outside CI the environment has already skipped the file, so it
  // never runs; if it does (a project without that environment), failing beats a silent pass.
  beforeAll(async () => {
    const { ok, detail } = await result;
    if (ok) return;
    const why = `Prerequisite missing: ${name}${detail ? ` (${detail})` : ''}.`;
    throw new Error(isCI() ? `${why} CI=true: this suite must run, so it fails instead of skipping.` : why);
  });
}
