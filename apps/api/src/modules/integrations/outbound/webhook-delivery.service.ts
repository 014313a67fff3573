import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { LOGGER } from '../../../common/logger';
import { AppConfig } from '../../../config/app-config';
import { AccessService } from '../../access/access.service';
import { ActivityPresenter } from '../../feed/activity-presenter.service';
import { ActivityRow } from '../../feed/entities/activity.entity';
import { JobHandle, JobsService } from '../../jobs/jobs.service';
import { outboundSignature } from '../signatures.util';

export const DELIVERY_QUEUE = 'webhook-delivery';
const SCAN_BATCH = 200;
const WORKERS = 4;

/** Someone with no role, team or share: what they may open is public. */
const PUBLIC_VIEWER = `''`;

interface DeliveryJob {
  deliveryId: string;
}

/**
 * Outbound webhooks. New activities reach `webhook_outbox` in their own transaction (a trigger,
 * while any subscription exists); a scan turns them into one delivery per matching subscription,
 * public subjects only, and a job per delivery in the same transaction. Jobs run on the job queue,
 * apart from the feed's dispatcher, so a slow or dead receiver costs the feed nothing; failures
 * retry with exponential backoff until WEBHOOK_RETRY_HOURS have passed.
 */
@Injectable()
export class WebhookDeliveryService implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private scanning = false;
  private stopped = false;

  constructor(
    private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly jobs: JobsService,
    private readonly presenter: ActivityPresenter,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<DeliveryJob>(DELIVERY_QUEUE, WORKERS, (job) => this.deliver(job), 1);
    this.timer = setInterval(() => void this.scan(), this.config.integrations.webhookScanMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    clearInterval(this.timer);
  }

  /** Retries needed so that the waits (base, 2×base, 4×base, …) span the retry window. */
  private retryLimit(): number {
    const { webhookRetryBaseSeconds: base, webhookRetryHours: hours } = this.config.integrations;
    return Math.max(1, Math.ceil(Math.log2((hours * 3600) / base + 2)) - 1);
  }

  async scan(): Promise<number> {
    if (this.scanning || this.stopped) return 0;
    this.scanning = true;
    try {
      return await this.db.transaction(async (tx) => {
        const created: Array<{ id: string }> = await tx.query(
          `WITH claimed AS (
             DELETE FROM webhook_outbox WHERE activity_id IN (
               SELECT activity_id FROM webhook_outbox ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED)
             RETURNING activity_id)
           INSERT INTO webhook_deliveries (id, subscription_id, activity_id, status)
           SELECT gen_random_uuid(), s.id, a.id, 'PENDING'
           FROM claimed c JOIN activities a ON a.id = c.activity_id
             JOIN webhook_subscriptions s ON s.active AND a.kind = ANY(s.kinds)
           WHERE a.deleted_at IS NULL AND ${AccessService.canSeeSql(PUBLIC_VIEWER, 'a.subject_id')}
           ON CONFLICT DO NOTHING
           RETURNING id`,
          [SCAN_BATCH],
        );
        await this.jobs.sendMany(
          DELIVERY_QUEUE,
          created.map((d) => ({ id: d.id, data: { deliveryId: d.id } })),
          { retryLimit: this.retryLimit(), retryDelaySeconds: this.config.integrations.webhookRetryBaseSeconds, retryBackoff: true, expireInSeconds: 120 },
          tx,
        );
        return created.length;
      });
    } catch (error) {
      this.logger.warn({ err: error }, 'webhook scan failed; the next scan retries');
      return 0;
    } finally {
      this.scanning = false;
    }
  }

  /** One attempt; throwing asks the job queue for a retry. */
  private async deliver(job: JobHandle<DeliveryJob>): Promise<void> {
    const rows: Array<{ id: string; status: string; activity_id: string; created_at: Date; url: string; secret: string; active: boolean; public: boolean | null }> =
      await this.db.query(
        `SELECT d.id, d.status, d.activity_id, d.created_at, s.url, s.secret, s.active,
                (SELECT a.deleted_at IS NULL AND ${AccessService.canSeeSql(PUBLIC_VIEWER, 'a.subject_id')} FROM activities a WHERE a.id = d.activity_id) AS public
         FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id WHERE d.id = $1`,
        [job.data.deliveryId],
      );
    const d = rows[0];
    if (!d || ['DELIVERED', 'FAILED', 'SKIPPED'].includes(d.status)) return;
    // Checked again at send time: a subject made private meanwhile is not sent.
    if (!d.active || !d.public) {
      await this.db.query(`UPDATE webhook_deliveries SET status = 'SKIPPED' WHERE id = $1`, [d.id]);
      return;
    }
    const row = await this.db.getRepository(ActivityRow).findOneByOrFail({ id: d.activity_id });
    const [activity] = await this.presenter.present([row]);
    const body = JSON.stringify({ id: d.id, type: 'activity.created', activity });
    const t = Math.floor(Date.now() / 1000);
    let status: number | null = null;
    let error: string | null = null;
    try {
      const res = await fetch(d.url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(this.config.integrations.webhookTimeoutMs),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Tidings-Webhooks/1',
          'x-tidings-signature': outboundSignature(d.secret, t, body),
          'x-tidings-delivery': d.id,
        },
        body,
      });
      status = res.status;
      await res.body?.cancel().catch(() => undefined);
      if (status < 200 || status >= 300) error = `answered ${status}`;
    } catch (e) {
      error = e instanceof Error ? (e.name === 'TimeoutError' ? `no answer within ${this.config.integrations.webhookTimeoutMs} ms` : e.message) : String(e);
    }
    const expired = Date.now() - d.created_at.getTime() > this.config.integrations.webhookRetryHours * 3600_000;
    const next = error === null ? 'DELIVERED' : expired || job.retryCount >= this.retryLimit() ? 'FAILED' : 'RETRYING';
    await this.db.query(
      `UPDATE webhook_deliveries SET status = $2, attempts = attempts + 1, last_status_code = $3, last_error = $4,
         last_attempt_at = clock_timestamp(), delivered_at = CASE WHEN $2 = 'DELIVERED' THEN clock_timestamp() END
       WHERE id = $1`,
      [d.id, next, status, error],
    );
    if (next === 'RETRYING') throw new Error(`webhook delivery ${d.id}: ${error}`);
  }
}
