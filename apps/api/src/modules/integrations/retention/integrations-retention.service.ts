import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { LOGGER } from '../../../common/logger';
import { AppConfig } from '../../../config/app-config';
import { Clock } from '../../clock/clock.service';
import { JobsService } from '../../jobs/jobs.service';

export const RETENTION_QUEUE = 'integrations-retention';
/** Rows per statement: each batch is its own short transaction, so no lock is held for long. */
const BATCH = 5000;
const EVERY_MS = 3600_000;
const DAY_MS = 86_400_000;

export interface RetentionResult {
  /** Processed inbox events whose raw payload was cleared. */
  payloadsCleared: number;
  /** Finished outbound deliveries deleted from the log. */
  deliveriesDeleted: number;
}

/**
 * Processed inbox events older than INTEGRATIONS_INBOX_RETENTION_DAYS lose their raw payload; the
 * row, its (source, event_key) and its outcome stay, so a redelivery of an old event is still a
 * duplicate. Events not processed yet are never touched: the processor still needs them.
 */
const CLEAR_PAYLOADS = `
  WITH batch AS (
    SELECT id FROM integration_inbox
    WHERE processed_at IS NOT NULL AND payload IS NOT NULL AND processed_at < $1
    ORDER BY processed_at LIMIT $2 FOR UPDATE SKIP LOCKED
  ), cleared AS (
    UPDATE integration_inbox i SET payload = NULL FROM batch WHERE i.id = batch.id RETURNING 1
  )
  SELECT count(*)::int AS n FROM cleared`;

/**
 * Deliveries that finished (delivered, failed for good, or skipped) before WEBHOOK_DELIVERY_RETENTION_DAYS
 * leave the log; the last attempt is when they finished (a skipped one never attempted: created).
 * Pending and retrying ones stay, since their jobs still read them. A finished delivery's job has
 * nothing left to do, and one that finds no row returns, so a late job never fails on a gap.
 */
const DELETE_DELIVERIES = `
  WITH batch AS (
    SELECT id FROM webhook_deliveries
    WHERE status IN ('DELIVERED', 'FAILED', 'SKIPPED') AND coalesce(last_attempt_at, created_at) < $1
    ORDER BY coalesce(last_attempt_at, created_at) LIMIT $2 FOR UPDATE SKIP LOCKED
  ), deleted AS (
    DELETE FROM webhook_deliveries d USING batch WHERE d.id = batch.id RETURNING 1
  )
  SELECT count(*)::int AS n FROM deleted`;

/**
 * Keeps the integrations' logs from growing forever. Runs hourly as a self-renewing job of the job
 * queue (one pending at a time, any process runs it), measuring age against the Clock.
 */
@Injectable()
export class IntegrationsRetention implements OnApplicationBootstrap {
  constructor(
    private readonly db: DataSource,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.repeat(
      RETENTION_QUEUE,
      EVERY_MS,
      async () => {
        const result = await this.run();
        if (result.payloadsCleared > 0 || result.deliveriesDeleted > 0) this.logger.info(result, 'integration logs trimmed');
      },
      { failure: 'integration log retention failed; the next run retries', retryDelaySeconds: 60, expireInSeconds: 900, pollingIntervalSeconds: 30 },
    );
  }

  /** Trims both logs as of the Clock's now; answers what it did. */
  async run(): Promise<RetentionResult> {
    const now = this.clock.now().getTime();
    const { inboxRetentionDays, webhookDeliveryRetentionDays } = this.config.integrations;
    return {
      payloadsCleared: await this.inBatches(CLEAR_PAYLOADS, new Date(now - inboxRetentionDays * DAY_MS)),
      deliveriesDeleted: await this.inBatches(DELETE_DELIVERIES, new Date(now - webhookDeliveryRetentionDays * DAY_MS)),
    };
  }

  /** One statement per batch until a batch comes back short. */
  private async inBatches(sql: string, before: Date): Promise<number> {
    let total = 0;
    for (;;) {
      const [{ n }]: Array<{ n: number }> = await this.db.query(sql, [before, BATCH]);
      total += n;
      if (n < BATCH) return total;
    }
  }
}
