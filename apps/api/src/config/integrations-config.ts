import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const onOff = z.enum(['on', 'off']);

/** The integration variables, merged into the app's environment schema. */
export const integrationsEnvSchema = {
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  CRM_WEBHOOK_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  SOCIAL_WEBHOOK_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  X_CONSUMER_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  FACEBOOK_APP_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  FACEBOOK_VERIFY_TOKEN: z.string().min(8, 'must be at least 8 characters').optional(),
  HUBSPOT_CLIENT_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  SOCIAL_OWN_HANDLES: z.string().default(''),
  SOCIAL_TRACK_RETWEETS: onOff.default('off'),
  CRM_MAPPINGS: z
    .string()
    .refine((raw) => {
      try {
        const parsed: unknown = JSON.parse(raw);
        return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
      } catch {
        return false;
      }
    }, 'must be a JSON object like {"hubspot":{"stage":{"1234567":"PROPOSAL"}}}')
    .optional(),
  INTEGRATIONS_PROCESSOR: onOff.default('on'),
  INTEGRATIONS_SWEEP_MS: z.coerce.number().int().min(100).default(2000),
  WEBHOOK_RETRY_BASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  WEBHOOK_RETRY_HOURS: z.coerce.number().min(0.01).max(168).default(24),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  WEBHOOK_SCAN_MS: z.coerce.number().int().min(50).default(1000),
  INTEGRATIONS_INBOX_RETENTION_DAYS: z.coerce.number().int('must be a whole number of days').min(1, 'must be at least 1 day').max(3650).default(30),
  WEBHOOK_DELIVERY_RETENTION_DAYS: z.coerce.number().int('must be a whole number of days').min(1, 'must be at least 1 day').max(3650).default(30),
};

type IntegrationsEnv = z.infer<z.ZodObject<typeof integrationsEnvSchema>>;

export const SECRET_NAMES = [
  'CRM_WEBHOOK_SECRET',
  'SOCIAL_WEBHOOK_SECRET',
  'X_CONSUMER_SECRET',
  'FACEBOOK_APP_SECRET',
  'FACEBOOK_VERIFY_TOKEN',
  'HUBSPOT_CLIENT_SECRET',
] as const;
export type SecretName = (typeof SECRET_NAMES)[number];

/** One of the company's own accounts: its posts are replies, never inbound mentions. */
export interface OwnHandle {
  network: string;
  handle: string;
}

export class IntegrationsConfig {
  readonly publicUrl?: string;
  /** A connector whose secret is null is off (production without the variable). */
  readonly secrets: Record<SecretName, string | null>;
  /** Where each secret came from, for the admin screen. */
  readonly secretOrigin: Record<SecretName, 'env' | 'generated' | 'unset'>;
  readonly ownHandles: OwnHandle[];
  readonly trackRetweets: boolean;
  /** JSON overrides of the CRM mapping tables (see docs/integrations.md). */
  readonly crmMappings?: string;
  readonly processor: boolean;
  readonly sweepMs: number;
  readonly webhookRetryBaseSeconds: number;
  readonly webhookRetryHours: number;
  readonly webhookTimeoutMs: number;
  readonly webhookScanMs: number;
  /** Days a processed inbox event keeps its raw payload; its key stays for good (dedupe). */
  readonly inboxRetentionDays: number;
  /** Days a finished outbound delivery stays in the delivery log. */
  readonly webhookDeliveryRetentionDays: number;

  constructor(env: IntegrationsEnv, opts: { production: boolean; dataDir: string; demo: boolean }) {
    this.publicUrl = env.PUBLIC_URL?.replace(/\/+$/, '');
    const generated = opts.production ? {} : loadOrCreateSecrets(opts.dataDir, SECRET_NAMES.filter((n) => !env[n]));
    const secrets = {} as Record<SecretName, string | null>;
    const origin = {} as Record<SecretName, 'env' | 'generated' | 'unset'>;
    for (const name of SECRET_NAMES) {
      const value = env[name] ?? generated[name] ?? null;
      secrets[name] = value;
      origin[name] = env[name] ? 'env' : value ? 'generated' : 'unset';
    }
    this.secrets = secrets;
    this.secretOrigin = origin;
    // The demo answers its customers from handles of its own (see DEMO_OWN_HANDLES).
    this.ownHandles = parseOwnHandles(env.SOCIAL_OWN_HANDLES || (opts.demo ? DEMO_OWN_HANDLES : ''));
    this.trackRetweets = env.SOCIAL_TRACK_RETWEETS === 'on';
    this.crmMappings = env.CRM_MAPPINGS;
    this.processor = env.INTEGRATIONS_PROCESSOR === 'on';
    this.sweepMs = env.INTEGRATIONS_SWEEP_MS;
    this.webhookRetryBaseSeconds = env.WEBHOOK_RETRY_BASE_SECONDS;
    this.webhookRetryHours = env.WEBHOOK_RETRY_HOURS;
    this.webhookTimeoutMs = env.WEBHOOK_TIMEOUT_MS;
    this.webhookScanMs = env.WEBHOOK_SCAN_MS;
    this.inboxRetentionDays = env.INTEGRATIONS_INBOX_RETENTION_DAYS;
    this.webhookDeliveryRetentionDays = env.WEBHOOK_DELIVERY_RETENTION_DAYS;
  }
}

/** The company's own handles in demo mode, when SOCIAL_OWN_HANDLES is unset: the demo simulator replies from them. */
export const DEMO_OWN_HANDLES = 'x:tidings_care,linkedin:tidings-care,reviews:tidings_care,facebook:tidings_care';

/** `x:acme_help,facebook:1234567890` → [{ network: 'x', handle: 'acme_help' }, …]. */
export function parseOwnHandles(raw: string): OwnHandle[] {
  return raw
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [network, ...rest] = part.split(':');
      return { network: network.trim().toLowerCase(), handle: rest.join(':').trim().replace(/^@/, '').toLowerCase() };
    })
    .filter((h) => h.network && h.handle);
}

/**
 * Demo and development installs generate the connector secrets once and keep them beside the
 * token secret, so the simulator can sign with them and they survive restarts.
 */
function loadOrCreateSecrets(dataDir: string, missing: readonly SecretName[]): Partial<Record<SecretName, string>> {
  if (missing.length === 0) return {};
  const file = join(dataDir, 'integration-secrets.json');
  let stored: Partial<Record<SecretName, string>> = {};
  if (existsSync(file)) stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<Record<SecretName, string>>;
  let changed = false;
  for (const name of missing) {
    if (!stored[name]) {
      stored[name] = randomBytes(24).toString('base64url');
      changed = true;
    }
  }
  if (changed) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }
  return stored;
}
