import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppError } from '../../../common/errors/app-error';
import { ActivityKind } from '../../../common/graphql/enums';
import { WebhookDeliveryStatus } from '../integrations.enums';
import { isUuid, newId } from '../../../common/ids';
import { CreateWebhookSubscriptionInput, WebhookDelivery, WebhookSubscription } from './webhook.types';

interface SubscriptionRow {
  id: string;
  url: string;
  kinds: ActivityKind[];
  active: boolean;
  created_at: Date;
}

/** Outbound webhook subscriptions and their delivery log (admins only, see access-policies). */
@Injectable()
export class WebhooksService {
  constructor(private readonly db: DataSource) {}

  async create(adminId: string, input: CreateWebhookSubscriptionInput): Promise<WebhookSubscription> {
    let url: URL;
    try {
      url = new URL(input.url.trim());
    } catch {
      throw AppError.badInput('url', 'is not a URL; use https://…');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw AppError.badInput('url', 'must be an http or https URL');
    if (url.username || url.password) throw AppError.badInput('url', 'must not carry credentials; verify X-Tidings-Signature instead');
    const kinds = [...new Set(input.kinds)];
    const secret = `whsec_${randomBytes(24).toString('base64url')}`;
    const rows: SubscriptionRow[] = await this.db.query(
      `INSERT INTO webhook_subscriptions (id, url, kinds, secret, created_by) VALUES ($1, $2, $3, $4, $5)
       RETURNING id, url, kinds, active, created_at`,
      [newId(), url.toString(), kinds, secret, adminId],
    );
    return { ...toSubscription(rows[0]), secret };
  }

  async list(): Promise<WebhookSubscription[]> {
    const rows: SubscriptionRow[] = await this.db.query('SELECT id, url, kinds, active, created_at FROM webhook_subscriptions ORDER BY created_at DESC, id DESC');
    return rows.map(toSubscription);
  }

  async deliveries(subscriptionId: string, first: number): Promise<WebhookDelivery[]> {
    if (!isUuid(subscriptionId)) throw AppError.notFound('webhook subscription');
    if (!Number.isInteger(first) || first < 1 || first > 100) throw AppError.badInput('first', 'must be 1 to 100');
    const exists: unknown[] = await this.db.query('SELECT 1 FROM webhook_subscriptions WHERE id = $1', [subscriptionId]);
    if (exists.length === 0) throw AppError.notFound('webhook subscription');
    const rows: Array<{
      id: string;
      subscription_id: string;
      activity_id: string;
      status: WebhookDeliveryStatus;
      attempts: number;
      last_status_code: number | null;
      last_error: string | null;
      created_at: Date;
      last_attempt_at: Date | null;
      delivered_at: Date | null;
    }> = await this.db.query('SELECT * FROM webhook_deliveries WHERE subscription_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2', [subscriptionId, first]);
    return rows.map((r) => ({
      id: r.id,
      subscriptionId: r.subscription_id,
      activityId: r.activity_id,
      status: r.status,
      attempts: r.attempts,
      lastStatusCode: r.last_status_code,
      lastError: r.last_error,
      createdAt: r.created_at,
      lastAttemptAt: r.last_attempt_at,
      deliveredAt: r.delivered_at,
    }));
  }
}

function toSubscription(r: SubscriptionRow): WebhookSubscription {
  return { id: r.id, url: r.url, kinds: r.kinds, active: r.active, createdAt: r.created_at, secret: null };
}
