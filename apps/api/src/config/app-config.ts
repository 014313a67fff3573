import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { normalizeEmail } from '../common/email.util';
import { IntegrationsConfig, integrationsEnvSchema } from './integrations-config';
import { SocialListeningConfig, socialListeningEnvSchema } from './social-listening-config';

const onOff = z.enum(['on', 'off']);

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  JWT_TTL: z.string().regex(/^\d+[smhd]$/, 'must look like 15m, 12h or 7d').default('1h'),
  ALLOWED_ORIGINS: z.string().default(''),
  RATE_LIMIT_MUTATIONS_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  SESSION_CHECK_MS: z.coerce.number().int().min(100).max(60_000).default(2000),
  ADMIN_EMAIL: z.email().default('admin@tidings.dev'),
  ADMIN_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),
  DEMO: onOff.optional(),
  SIMULATOR: onOff.optional(),
  SIMULATOR_INTERVAL_MS: z.coerce.number().int().min(200).default(4000),
  DISPATCHER: onOff.default('on'),
  DISPATCH_SWEEP_MS: z.coerce.number().int().min(100).default(5000),
  FEED_FOLD_SECONDS: z.coerce.number().int().min(0).max(3600).default(120),
  TEST_CLOCK: onOff.default('off'),
  SLA_SWEEP_SECONDS: z.coerce.number().int().min(0).max(3600).default(5),
  DATA_DIR: z.string().default('.data'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(5433),
  WEB_DIST: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DOCUMENT_MAX_BYTES: z.coerce.number().int().min(1).max(1024 * 1024 * 1024).default(25 * 1024 * 1024),
  S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  S3_BUCKET: z.string().optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_REGION: z.string().default('us-east-1'),
  ...integrationsEnvSchema,
  ...socialListeningEnvSchema,
});

/** An S3-compatible store for document versions; unset means a folder under DATA_DIR. */
export interface S3Settings {
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
}

const S3_VARIABLES = ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;

export type Env = z.infer<typeof envSchema>;

/** Passwords printed in the README and on the demo login page: never an admin's in production. */
export const DEMO_PASSWORDS: readonly string[] = ['tidings-admin', 'tidings-demo'];
const DEV_ADMIN_PASSWORD = 'tidings-admin';

/** Configuration, read and validated once at boot, then injected everywhere. */
export class AppConfig {
  readonly production: boolean;
  readonly port: number;
  readonly host: string;
  /** Unset means: start embedded PostgreSQL under dataDir. */
  readonly databaseUrl?: string;
  readonly redisUrl?: string;
  readonly jwtSecret: string;
  readonly jwtTtl: string;
  /** Origins besides the server's own that may open sockets (comma-separated in ALLOWED_ORIGINS). */
  readonly allowedOrigins: string[];
  /** Mutations one employee may make in a minute. */
  readonly mutationsPerMinute: number;
  /** How often open sockets are checked for ended sessions. */
  readonly sessionCheckMs: number;
  readonly adminEmail: string;
  /** Null in production when ADMIN_PASSWORD is unset: the first admin is then refused (see requireAdminPassword). */
  readonly adminPassword: string | null;
  /** Demo mode seeds a demo org and lists its logins on the login page. */
  readonly demo: boolean;
  readonly simulator: boolean;
  readonly simulatorIntervalMs: number;
  readonly dispatcher: boolean;
  readonly dispatchSweepMs: number;
  /** One person's changes to one record within this many seconds fold into one activity (0: never). */
  readonly feedFoldSeconds: number;
  /** Test runs only: the clock can be moved forward through POST /api/test/clock/advance. */
  readonly testClock: boolean;
  /** How often the job queue sweeps SLA clocks for at-risk and breach moments (0: never). */
  readonly slaSweepSeconds: number;
  readonly dataDir: string;
  readonly embeddedPgPort: number;
  readonly webDist: string;
  readonly logLevel: Env['LOG_LEVEL'];
  /** The largest document version an upload may send. */
  readonly documentMaxBytes: number;
  readonly s3: S3Settings | null;
  /** Connector secrets, PUBLIC_URL, the inbox processor and outbound webhook timing. */
  readonly integrations: IntegrationsConfig;
  /** The default social team, the case reopen window, the routing sweep. */
  readonly socialListening: SocialListeningConfig;

  constructor(env: Env) {
    this.production = env.NODE_ENV === 'production';
    this.port = env.PORT;
    this.host = env.HOST;
    this.databaseUrl = env.DATABASE_URL;
    this.redisUrl = env.REDIS_URL;
    this.dataDir = resolve(env.DATA_DIR);
    this.jwtTtl = env.JWT_TTL;
    this.allowedOrigins = env.ALLOWED_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean);
    this.sessionCheckMs = env.SESSION_CHECK_MS;
    this.mutationsPerMinute = env.RATE_LIMIT_MUTATIONS_PER_MINUTE;
    this.adminEmail = normalizeEmail(env.ADMIN_EMAIL);
    if (this.production && env.ADMIN_PASSWORD && DEMO_PASSWORDS.includes(env.ADMIN_PASSWORD)) {
      throw new ConfigError([['ADMIN_PASSWORD', 'is a published demo password; choose your own when NODE_ENV=production']]);
    }
    this.adminPassword = env.ADMIN_PASSWORD ?? (this.production ? null : DEV_ADMIN_PASSWORD);
    this.demo = env.DEMO ? env.DEMO === 'on' : !env.DATABASE_URL && !this.production;
    this.simulator = this.demo && (env.SIMULATOR ?? 'on') === 'on';
    this.simulatorIntervalMs = env.SIMULATOR_INTERVAL_MS;
    this.dispatcher = env.DISPATCHER === 'on';
    this.dispatchSweepMs = env.DISPATCH_SWEEP_MS;
    this.feedFoldSeconds = env.FEED_FOLD_SECONDS;
    this.testClock = env.TEST_CLOCK === 'on';
    this.slaSweepSeconds = env.SLA_SWEEP_SECONDS;
    if (this.testClock && this.production) {
      throw new ConfigError([['TEST_CLOCK', 'must be off when NODE_ENV=production (it lets anyone move the clock)']]);
    }
    this.embeddedPgPort = env.EMBEDDED_PG_PORT;
    this.webDist = resolve(env.WEB_DIST ?? join(__dirname, '..', '..', '..', 'web', 'dist'));
    this.logLevel = env.LOG_LEVEL;
    this.documentMaxBytes = env.DOCUMENT_MAX_BYTES;
    this.s3 = s3Settings(env);
    if (env.JWT_SECRET) {
      this.jwtSecret = env.JWT_SECRET;
    } else if (this.production) {
      throw new ConfigError([['JWT_SECRET', 'is required when NODE_ENV=production (at least 32 random characters)']]);
    } else {
      this.jwtSecret = loadOrCreateSecret(this.dataDir);
    }
    this.integrations = new IntegrationsConfig(env, { production: this.production, dataDir: this.dataDir, demo: this.demo });
    this.socialListening = new SocialListeningConfig(env, { demo: this.demo });
  }
}

/** The first admin's password, or the ConfigError that stops a production boot without one. */
export function requireAdminPassword(config: AppConfig): string {
  if (config.adminPassword === null) {
    throw new ConfigError([['ADMIN_PASSWORD', 'is required when NODE_ENV=production and there is no admin yet (the first admin signs in with it)']]);
  }
  return config.adminPassword;
}

export class ConfigError extends Error {
  constructor(readonly problems: Array<[variable: string, problem: string]>) {
    super(
      'Invalid configuration:\n' +
        problems.map(([name, problem]) => `  ${name}: ${problem}`).join('\n') +
        '\nFix the environment variable(s) above and start again (see README, "Configuration").',
    );
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // Empty strings count as unset, as in most dotenv setups.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
  }
  return new AppConfig(parsed.data);
}

/** All four S3 variables, or none: half a configuration is a mistake worth stopping for. */
function s3Settings(env: Env): S3Settings | null {
  const missing = S3_VARIABLES.filter((name) => !env[name]);
  if (missing.length === S3_VARIABLES.length) return null;
  if (missing.length > 0) {
    throw new ConfigError(missing.map((name) => [name, `is required when any of ${S3_VARIABLES.join(', ')} is set`]));
  }
  return {
    endpoint: env.S3_ENDPOINT as string,
    bucket: env.S3_BUCKET as string,
    accessKeyId: env.S3_ACCESS_KEY_ID as string,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY as string,
    region: env.S3_REGION,
  };
}

/** Demo and development installs keep a generated signing secret, so sessions survive restarts. */
function loadOrCreateSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
