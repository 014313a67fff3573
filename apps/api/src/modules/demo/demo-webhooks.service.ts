import { Injectable } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { AppConfig } from '../../config/app-config';

/** Signs and POSTs to this server's own webhook endpoints, as the outside system would. */
@Injectable()
export class DemoWebhooks {
  constructor(private readonly config: AppConfig) {}

  /** False when the connector is off (no secret), so nothing was sent. */
  async send(path: string, payload: object, secretName: 'CRM_WEBHOOK_SECRET' | 'SOCIAL_WEBHOOK_SECRET'): Promise<boolean> {
    const secret = this.config.integrations.secrets[secretName];
    if (!secret) return false;
    const body = JSON.stringify(payload);
    const host = this.config.host === '0.0.0.0' || this.config.host === '::' ? '127.0.0.1' : this.config.host;
    const res = await fetch(`http://${host}:${this.config.port}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tidings-signature': `sha256=${createHmac('sha256', secret).update(body).digest('hex')}` },
      body,
      signal: AbortSignal.timeout(5000),
    });
    if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
    return true;
  }
}
