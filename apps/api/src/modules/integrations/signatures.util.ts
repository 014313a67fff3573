import { createHmac, timingSafeEqual } from 'node:crypto';

export function hmacHex(secret: string, data: string | Buffer): string {
  return createHmac('sha256', secret).update(data).digest('hex');
}

export function hmacBase64(secret: string, data: string | Buffer): string {
  return createHmac('sha256', secret).update(data).digest('base64');
}

/** Constant-time comparison of two strings (different lengths are simply unequal). */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** `sha256=<hex HMAC-SHA256 of the raw body>`: our CRM formats, the generic social connector, Meta. */
export function verifySha256Hex(secret: string, header: string | undefined, body: Buffer): boolean {
  if (!header) return false;
  return safeEqual(header.trim().toLowerCase(), `sha256=${hmacHex(secret, body)}`);
}

/** X: `sha256=<base64 HMAC-SHA256 of the raw body>` keyed with the consumer secret. */
export function verifySha256Base64(secret: string, header: string | undefined, body: Buffer): boolean {
  if (!header) return false;
  return safeEqual(header.trim(), `sha256=${hmacBase64(secret, body)}`);
}

/** X's CRC answer: `sha256=<base64 HMAC-SHA256(consumer secret, crc_token)>`. */
export function xCrcResponse(secret: string, crcToken: string): string {
  return `sha256=${hmacBase64(secret, crcToken)}`;
}

export const HUBSPOT_MAX_AGE_MS = 5 * 60 * 1000;

/**
 * HubSpot v3: base64 HMAC-SHA256 (client secret) of method + URL + raw body + timestamp, with the
 * timestamp (ms) no older than five minutes. HubSpot decodes some URL-encoded characters before
 * signing; we sign the URL as given, which is what it sends for the ASCII paths we publish.
 */
export function verifyHubspotV3(
  secret: string,
  input: { method: string; url: string; body: Buffer; signature?: string; timestamp?: string; now: number },
): 'ok' | 'stale' | 'bad' {
  if (!input.signature || !input.timestamp || !/^\d+$/.test(input.timestamp)) return 'bad';
  const expected = hmacBase64(secret, Buffer.concat([Buffer.from(input.method + input.url), input.body, Buffer.from(input.timestamp)]));
  if (!safeEqual(input.signature.trim(), expected)) return 'bad';
  if (Math.abs(input.now - Number(input.timestamp)) > HUBSPOT_MAX_AGE_MS) return 'stale';
  return 'ok';
}

/** Outbound: `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>`. */
export function outboundSignature(secret: string, unixSeconds: number, body: string): string {
  return `t=${unixSeconds},v1=${hmacHex(secret, `${unixSeconds}.${body}`)}`;
}
