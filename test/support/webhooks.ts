import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Connector secrets the integration suites boot the API with (and sign with). */
export const WEBHOOK_SECRETS = {
  CRM_WEBHOOK_SECRET: 'crm-secret-for-tests-0123456789',
  SOCIAL_WEBHOOK_SECRET: 'social-secret-for-tests-0123456789',
  X_CONSUMER_SECRET: 'x-consumer-secret-for-tests-0123',
  FACEBOOK_APP_SECRET: 'facebook-app-secret-for-tests-01',
  FACEBOOK_VERIFY_TOKEN: 'verify-me-please',
  HUBSPOT_CLIENT_SECRET: 'hubspot-client-secret-for-tests-0',
};

export function fixture(path: string): string {
  return readFileSync(join(__dirname, '..', 'fixtures', path), 'utf8');
}

export const hexSignature = (secret: string, body: string | Buffer) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
export const base64Signature = (secret: string, body: string | Buffer) => `sha256=${createHmac('sha256', secret).update(body).digest('base64')}`;

export interface WebhookAnswer {
  status: number;
  body: { results?: Array<{ index: number; status: string; error?: string }>; error?: { code: string; message: string; field?: string } } & Record<string, unknown>;
}

/** POSTs exactly these bytes with these headers. */
export async function postRaw(url: string, body: string | Buffer, headers: Record<string, string>): Promise<WebhookAnswer> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : new Uint8Array(body) });
  const text = await res.text();
  let parsed: WebhookAnswer['body'];
  try {
    parsed = JSON.parse(text) as WebhookAnswer['body'];
  } catch {
    parsed = { text };
  }
  return { status: res.status, body: parsed };
}

/** A CRM event in the tidings or salesforce-cdc format, signed with CRM_WEBHOOK_SECRET. */
export function postCrm(api: string, body: string, query = ''): Promise<WebhookAnswer> {
  return postRaw(`${api}/api/integrations/crm/events${query}`, body, { 'x-tidings-signature': hexSignature(WEBHOOK_SECRETS.CRM_WEBHOOK_SECRET, body) });
}

/** HubSpot's v3 signature over method + URL + body + timestamp. */
export function postHubspot(api: string, body: string, opts: { timestamp?: number; signedUrl?: string } = {}): Promise<WebhookAnswer> {
  const url = `${api}/api/integrations/crm/events?format=hubspot`;
  const timestamp = String(opts.timestamp ?? Date.now());
  const signature = createHmac('sha256', WEBHOOK_SECRETS.HUBSPOT_CLIENT_SECRET)
    .update(`POST${opts.signedUrl ?? url}${body}${timestamp}`)
    .digest('base64');
  return postRaw(url, body, { 'x-hubspot-signature-v3': signature, 'x-hubspot-request-timestamp': timestamp });
}

export function postSocial(api: string, connector: 'x' | 'facebook' | 'generic', body: string): Promise<WebhookAnswer> {
  const headers: Record<string, string> =
    connector === 'x'
      ? { 'x-twitter-webhooks-signature': base64Signature(WEBHOOK_SECRETS.X_CONSUMER_SECRET, body) }
      : connector === 'facebook'
        ? { 'x-hub-signature-256': hexSignature(WEBHOOK_SECRETS.FACEBOOK_APP_SECRET, body) }
        : { 'x-tidings-signature': hexSignature(WEBHOOK_SECRETS.SOCIAL_WEBHOOK_SECRET, body) };
  return postRaw(`${api}/api/integrations/social/${connector}`, body, headers);
}

export async function waitUntil(check: () => boolean | Promise<boolean>, what = 'condition', timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
