import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { EntityManager } from 'typeorm';
import { LOGGER } from '../../common/logger';
import { AppConfig } from '../../config/app-config';
import { ActivityWriter } from '../feed/activity-writer.service';
import { pushTo } from '../../common/group.util';

export interface InboxRow {
  id: string;
  connector: string;
  source: string;
  event_key: string;
  /** Present on every row the processor claims: retention clears it only on processed rows. */
  payload: unknown;
  attempts: number;
}

/** Applies one inbox event inside the processor's transaction; answers the outcome to record. */
export type InboxHandler = (tx: EntityManager, row: InboxRow) => Promise<string>;

/**
 * Applies the events of a batch it can do set-based (a few statements for a hundred events);
 * answers the outcome of each one it applied. The others go through the one-by-one handler.
 */
export type InboxBatchHandler = (tx: EntityManager, rows: InboxRow[]) => Promise<Map<string, string>>;

const BATCH = 1000;
const MAX_ATTEMPTS = 5;

/**
 * The processing half: claims committed inbox events (FOR UPDATE SKIP LOCKED, so any number of API
 * processes can run it) and applies each in the same transaction that marks it processed, so a
 * crash anywhere means "not yet", never "twice". Woken after each ingest commit; swept periodically
 * for whatever a crashed process left behind.
 */
@Injectable()
export class InboxProcessor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly handlers = new Map<string, InboxHandler>();
  private readonly batchHandlers = new Map<string, InboxBatchHandler>();
  private draining = false;
  private pending = false;
  private stopped = false;
  private sweep?: NodeJS.Timeout;
  private idleWaiters: Array<() => void> = [];
  private readonly processedListeners: Array<() => void> = [];

  constructor(
    private readonly writer: ActivityWriter,
    private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  register(connector: string, handler: InboxHandler, batch?: InboxBatchHandler): void {
    this.handlers.set(connector, handler);
    if (batch) this.batchHandlers.set(connector, batch);
  }

  /**
   * The stages after ingest (routing) wake on this when a drain that applied events ends, so they
   * do not compete with a burst batch by batch (their own sweep bounds the wait in a long one).
   */
  onProcessed(listener: () => void): void {
    this.processedListeners.push(listener);
  }

  onApplicationBootstrap(): void {
    if (!this.config.integrations.processor) {
      this.logger.warn('integration processor is off (INTEGRATIONS_PROCESSOR=off): inbound events are stored but not processed by this process');
      return;
    }
    this.sweep = setInterval(() => this.wake(), this.config.integrations.sweepMs);
    this.sweep.unref();
    this.wake();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    clearInterval(this.sweep);
  }

  wake(): void {
    if (!this.config.integrations.processor || this.stopped) return;
    if (this.draining) {
      this.pending = true;
      return;
    }
    void this.drain();
  }

  /** Resolves once this process has nothing left to process (bench and tests). */
  idle(): Promise<void> {
    if (!this.draining) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private async drain(): Promise<void> {
    this.draining = true;
    let applied = 0;
    try {
      do {
        this.pending = false;
        let count: number;
        do {
          count = await this.processBatch();
          applied += count;
        } while (!this.stopped && count === BATCH);
      } while (this.pending && !this.stopped);
    } catch (error) {
      this.logger.error({ err: error }, 'integration processor failed; the sweep retries');
    } finally {
      this.draining = false;
      if (applied > 0) this.processedListeners.forEach((listen) => listen());
      this.idleWaiters.splice(0).forEach((w) => w());
    }
  }

  private async processBatch(): Promise<number> {
    return this.writer.transaction(async (tx) => {
      const rows: InboxRow[] = await tx.query(
        `SELECT id, connector, source, event_key, payload, attempts FROM integration_inbox
         WHERE processed_at IS NULL ORDER BY received_at, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH],
      );
      const done = await this.applyInBatches(tx, rows);
      for (const row of rows) {
        if (done.has(row.id)) continue;
        const handler = this.handlers.get(row.connector);
        await tx.query('SAVEPOINT inbox_item');
        try {
          if (!handler) throw new Error(`no handler for connector "${row.connector}"`);
          const outcome = await handler(tx, row);
          await tx.query(`UPDATE integration_inbox SET processed_at = clock_timestamp(), outcome = $2, attempts = attempts + 1, error = NULL WHERE id = $1`, [row.id, outcome]);
          await tx.query('RELEASE SAVEPOINT inbox_item');
        } catch (error) {
          // This event's writes are undone; the others in the batch still commit.
          await tx.query('ROLLBACK TO SAVEPOINT inbox_item');
          const message = error instanceof Error ? error.message : String(error);
          const giveUp = row.attempts + 1 >= MAX_ATTEMPTS;
          this.logger.warn({ inboxId: row.id, source: row.source, eventKey: row.event_key, err: error, giveUp }, 'integration event failed');
          await tx.query(
            `UPDATE integration_inbox SET attempts = attempts + 1, error = $2,
               processed_at = CASE WHEN $3 THEN clock_timestamp() END, outcome = CASE WHEN $3 THEN 'failed' END
             WHERE id = $1`,
            [row.id, message.slice(0, 1000), giveUp],
          );
        }
      }
      return rows.length;
    });
  }

  /** Set-based handlers first; if one fails, its rows fall back to one by one. */
  private async applyInBatches(tx: EntityManager, rows: InboxRow[]): Promise<Set<string>> {
    const done = new Set<string>();
    const byHandler = new Map<InboxBatchHandler, InboxRow[]>();
    for (const row of rows) {
      const batch = this.batchHandlers.get(row.connector);
      if (batch) pushTo(byHandler, batch, row);
    }
    for (const [handler, group] of byHandler) {
      await tx.query('SAVEPOINT inbox_batch');
      try {
        const outcomes = await handler(tx, group);
        if (outcomes.size > 0) {
          await tx.query(
            `UPDATE integration_inbox i SET processed_at = clock_timestamp(), outcome = o.outcome, attempts = i.attempts + 1, error = NULL
             FROM unnest($1::uuid[], $2::text[]) AS o(id, outcome) WHERE i.id = o.id`,
            [[...outcomes.keys()], [...outcomes.values()]],
          );
        }
        await tx.query('RELEASE SAVEPOINT inbox_batch');
        outcomes.forEach((_, id) => done.add(id));
      } catch (error) {
        await tx.query('ROLLBACK TO SAVEPOINT inbox_batch');
        this.logger.warn({ err: error, events: group.length }, 'set-based integration processing failed; applying one by one');
      }
    }
    return done;
  }
}
