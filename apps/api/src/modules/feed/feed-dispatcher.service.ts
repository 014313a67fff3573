import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions';
import { LOGGER } from '../../common/logger';
import { AppConfig } from '../../config/app-config';
import { NOTIFICATION_BATCH, NotificationsService } from '../notifications/notifications.service';
import { ActivityPayload } from './activity.types';
import { BatchSizer } from './dispatch/batch-sizer';
import { FeedFanout } from './dispatch/feed-fanout.service';
import { FeedEntryRef, FeedPush } from './dispatch/feed-push.service';
import { FeedUpdates } from './dispatch/feed-updates.service';

/** Claimed rows are held for about this long at most: batches adapt to the audience sizes. */
const HOLD_TARGET_MS = 100;
// Many activities with few followers each (a burst of social mentions) fan out fastest in large
// batches; the hold target still shrinks a batch whose activities have many followers.
const MAX_BATCH = 2000;
/** Batches up to this size are presented while their fan-out runs. */
const PRESENT_WHILE_FANNING_OUT = 20;

/**
 * The dispatch loop: woken after a commit (in-process, or by Postgres NOTIFY from any process) and
 * by a periodic sweep, it runs the steps until nothing is left: first deliveries (FeedFanout),
 * changes to delivered items (FeedUpdates), then notifications. Each step commits before it
 * pushes (FeedPush), so a crash between the two redelivers, and ON CONFLICT keeps that to once.
 */
@Injectable()
export class FeedDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  static readonly CHANNEL = 'tidings_activity';

  private draining = false;
  private pending = false;
  private idleWaiters: Array<() => void> = [];
  private sweep?: NodeJS.Timeout;
  private listener?: Client;
  private stopped = false;
  private readonly newSizer = new BatchSizer(HOLD_TARGET_MS, MAX_BATCH);
  private readonly updateSizer = new BatchSizer(HOLD_TARGET_MS, MAX_BATCH);
  /** Pushes of committed batches, in commit order; the next batch fans out meanwhile. */
  private pushes: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly fanout: FeedFanout,
    private readonly updates: FeedUpdates,
    private readonly pusher: FeedPush,
    private readonly notifications: NotificationsService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.dispatcher) {
      this.logger.warn('dispatcher is off (DISPATCHER=off): activities are stored but not fanned out by this process');
      return;
    }
    await this.listen();
    this.sweep = setInterval(() => this.wake(), this.config.dispatchSweepMs);
    this.sweep.unref();
    this.wake(); // whatever a previous run left undelivered
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.sweep);
    await this.listener?.end().catch(() => undefined);
  }

  wake(): void {
    if (!this.config.dispatcher || this.stopped) return;
    if (this.draining) {
      this.pending = true;
      return;
    }
    void this.drain();
  }

  /** Resolves when this process's loop has nothing in hand: later stages (social routing) yield to the live feed. */
  idle(): Promise<void> {
    if (!this.draining) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Resolves once nothing is left to deliver and everything is pushed (for the seed, the CLI and tests). */
  async drainNow(): Promise<void> {
    await this.runSteps(() => false);
    await this.pushes;
  }

  /**
   * Queues a push behind the earlier ones, so items reach sockets in the order they were
   * committed while the database writes the next batch (PostgreSQL and Node work side by side).
   * The rows are committed already: a failed push is logged, a crash loses no delivery record.
   */
  private queuePush(delivered: FeedEntryRef[], updated: FeedEntryRef[], prepared?: Promise<ActivityPayload[]>): void {
    if (delivered.length === 0 && updated.length === 0) return;
    this.pushes = this.pushes
      .then(() => this.pusher.push(delivered, updated, prepared))
      .catch((error: unknown) => this.logger.error({ err: error }, 'feed push failed'));
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      do {
        this.pending = false;
        await this.runSteps(() => this.stopped);
      } while (this.pending && !this.stopped);
    } catch (error) {
      // The next wake or sweep retries; nothing was marked delivered.
      this.logger.error({ err: error }, 'feed dispatch failed');
    } finally {
      this.draining = false;
      this.idleWaiters.splice(0).forEach((resolve) => resolve());
    }
  }

  /** One pass of the loop: each step until its queue is empty. */
  private async runSteps(stop: () => boolean): Promise<void> {
    while (!stop() && (await this.deliverNew()));
    while (!stop() && (await this.deliverUpdates()));
    await this.pushes; // a post's feed:item before the notification about it
    while (!stop() && (await this.notifications.deliverPending()) === NOTIFICATION_BATCH);
  }

  /** Returns whether there may be more to do. */
  private async deliverNew(): Promise<boolean> {
    const limit = this.newSizer.current;
    const started = Date.now();
    // A small batch (a change as it happens) is presented while its entries are written, so its
    // push leaves right after the commit; a burst is presented after, for those online only.
    let prepared: Promise<ActivityPayload[]> | undefined;
    const { claimed, delivered } = await this.fanout.run(limit, (ids) => {
      if (ids.length <= PRESENT_WHILE_FANNING_OUT) prepared = this.pusher.prepare(ids);
    });
    const committed = Date.now();
    this.newSizer.observe(claimed.length, committed - started);
    if (claimed.length === 0) return false;
    this.queuePush(delivered, [], prepared);
    this.logger.debug({ activities: claimed.length, entries: delivered.length, fanOutMs: committed - started, nextBatch: this.newSizer.current }, 'feed dispatched');
    return claimed.length === limit;
  }

  private async deliverUpdates(): Promise<boolean> {
    const limit = this.updateSizer.current;
    const started = Date.now();
    const { claimed, added, current } = await this.updates.run(limit);
    this.updateSizer.observe(claimed.length, Date.now() - started);
    if (claimed.length === 0) return false;
    this.queuePush(added, current);
    return claimed.length === limit;
  }

  private async listen(): Promise<void> {
    const url = (this.db.options as PostgresDataSourceOptions).url;
    const client = new Client({ connectionString: url, application_name: 'tidings-dispatcher' });
    client.on('notification', () => this.wake());
    client.on('error', (error) => this.logger.warn({ err: error }, 'dispatcher listener lost; the periodic sweep keeps delivering'));
    await client.connect();
    await client.query(`LISTEN ${FeedDispatcher.CHANNEL}`);
    this.listener = client;
  }
}
