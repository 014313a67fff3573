import { createHmac } from 'node:crypto';
import { outboundSignature, verifyHubspotV3, verifySha256Base64, verifySha256Hex, xCrcResponse } from './signatures.util';

const secret = 'a-secret-that-is-long-enough';
const body = Buffer.from('{"eventId":"e1"}');

describe('webhook signatures', () => {
  it('accepts the hex scheme and refuses a tampered byte or a missing header', () => {
    const header = `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
    expect(verifySha256Hex(secret, header, body)).toBe(true);
    expect(verifySha256Hex(secret, header.toUpperCase().replace('SHA256=', 'sha256='), body)).toBe(true);
    expect(verifySha256Hex(secret, header, Buffer.from('{"eventId":"e2"}'))).toBe(false);
    expect(verifySha256Hex(secret, undefined, body)).toBe(false);
  });

  it('answers X CRC and verifies its base64 signatures', () => {
    expect(xCrcResponse(secret, 'token')).toBe(`sha256=${createHmac('sha256', secret).update('token').digest('base64')}`);
    const header = `sha256=${createHmac('sha256', secret).update(body).digest('base64')}`;
    expect(verifySha256Base64(secret, header, body)).toBe(true);
    expect(verifySha256Base64('another-secret-entirely', header, body)).toBe(false);
  });

  it('verifies HubSpot v3 and refuses timestamps older than five minutes', () => {
    const now = 1_760_000_000_000;
    const sign = (ts: number) => createHmac('sha256', secret).update(`POSThttps://tidings.example/api/integrations/crm/events${body.toString()}${ts}`).digest('base64');
    const base = { method: 'POST', url: 'https://tidings.example/api/integrations/crm/events', body, now };
    expect(verifyHubspotV3(secret, { ...base, signature: sign(now), timestamp: String(now) })).toBe('ok');
    expect(verifyHubspotV3(secret, { ...base, signature: sign(now - 301_000), timestamp: String(now - 301_000) })).toBe('stale');
    expect(verifyHubspotV3(secret, { ...base, url: base.url + '?x=1', signature: sign(now), timestamp: String(now) })).toBe('bad');
  });

  it('signs outbound deliveries over t + "." + body', () => {
    expect(outboundSignature(secret, 1700000000, '{}')).toBe(`t=1700000000,v1=${createHmac('sha256', secret).update('1700000000.{}').digest('hex')}`);
  });
});
