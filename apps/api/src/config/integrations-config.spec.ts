import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from './app-config';
import { parseOwnHandles } from './integrations-config';

const dataDir = () => mkdtempSync(join(tmpdir(), 'tidings-integrations-config-'));

describe('integration configuration', () => {
  it('generates connector secrets once outside production, and keeps them across restarts', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir }).integrations;
    expect(first.secrets.CRM_WEBHOOK_SECRET).toMatch(/^[\w-]{32}$/);
    expect(first.secretOrigin.CRM_WEBHOOK_SECRET).toBe('generated');
    expect(loadConfig({ DATA_DIR: dir }).integrations.secrets).toEqual(first.secrets);
    const fromEnv = loadConfig({ DATA_DIR: dir, CRM_WEBHOOK_SECRET: 'from-the-environment-123' }).integrations;
    expect([fromEnv.secrets.CRM_WEBHOOK_SECRET, fromEnv.secretOrigin.CRM_WEBHOOK_SECRET]).toEqual(['from-the-environment-123', 'env']);
  });

  it('leaves a connector off in production when its secret is unset', () => {
    const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), DATA_DIR: dataDir(), X_CONSUMER_SECRET: 'x-consumer-secret-0123' }).integrations;
    expect(config.secrets.CRM_WEBHOOK_SECRET).toBeNull();
    expect(config.secrets.X_CONSUMER_SECRET).toBe('x-consumer-secret-0123');
  });

  it('names a bad value', () => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), PUBLIC_URL: 'ftp://x' })).toThrow(/PUBLIC_URL: /);
    expect(() => loadConfig({ DATA_DIR: dataDir(), CRM_WEBHOOK_SECRET: 'short' })).toThrow(/CRM_WEBHOOK_SECRET: must be at least 16/);
    expect(() => loadConfig({ DATA_DIR: dataDir(), CRM_MAPPINGS: '{nope' })).toThrow(/CRM_MAPPINGS: must be a JSON object/);
    expect(() => loadConfig({ DATA_DIR: dataDir(), INTEGRATIONS_INBOX_RETENTION_DAYS: '0' })).toThrow(/INTEGRATIONS_INBOX_RETENTION_DAYS: must be at least 1 day/);
    expect(() => loadConfig({ DATA_DIR: dataDir(), WEBHOOK_DELIVERY_RETENTION_DAYS: '1.5' })).toThrow(/WEBHOOK_DELIVERY_RETENTION_DAYS: must be a whole number/);
  });

  it('keeps integration logs 30 days unless told otherwise', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).integrations).toMatchObject({ inboxRetentionDays: 30, webhookDeliveryRetentionDays: 30 });
    const set = loadConfig({ DATA_DIR: dataDir(), INTEGRATIONS_INBOX_RETENTION_DAYS: '7', WEBHOOK_DELIVERY_RETENTION_DAYS: '90' }).integrations;
    expect([set.inboxRetentionDays, set.webhookDeliveryRetentionDays]).toEqual([7, 90]);
  });

  it('reads the company\'s own handles', () => {
    expect(parseOwnHandles('x:@Acme_Help, facebook:1040000 ,bad')).toEqual([
      { network: 'x', handle: 'acme_help' },
      { network: 'facebook', handle: '1040000' },
    ]);
  });
});
