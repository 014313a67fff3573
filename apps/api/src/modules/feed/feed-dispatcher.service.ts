import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions';
import { LOGGER } from '../../common/logger';
import { AppConfig } from '../../config/app-config';
import { NOTIFICATION_BATCH, NotificationsService } from '../notifications/notifications.service';
import { RealtimePublisher } from '../realtime/realtime.publisher';
import { ActivityPresenter } from './activity-presenter.service';
import { encodeCursor } from './cursor.util';
import { AUDIENCE_INSERT, CURRENT_AUDIENCE } from './feed.sql';
import { ActivityRow } from './entities/activity.entity';

const BATCH = 200;

interface Entry {
  employee_id: string;
  activity_id: string;
}

function groupByActivity(entries: readonly Entry[]): Map<string, string[]> {
  const grouped = new Map<string, string[]>();
  for (const e of entries) grouped.set(e.activity_id, [...(grouped.get(e.activity_id) ?? []), e.employee_id]);
  return grouped;
}

/**
 * Fans out committed activities: claims undelivered ones (FOR UPDATE SKIP LOCKED, so any number
 * of API processes can run it), writes feed entries for the audience in one INSERT, marks them
 * delivered in the same transaction, then pushes `feed:item` to each new entry's employee.
 * ON CONFLICT makes redelivery after a crash harmless: an activity reaches an employee once.
 * Notifications, written by the same transactions, are pushed by the same loop.
 */
@Injectable()
export class FeedDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  static readonly CHANNEL = 'tidings_activity';

  private draining = false;
  private pending = false;
  private sweep?: NodeJS.Timeout;
  private listener?: Client;
  private stopped = false;

  constructor(
    private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly presenter: ActivityPresenter,
    private readonly realtime: RealtimePublisher,
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

  /** Resolves once nothing is left to deliver (for the seed, the CLI and tests). */
  async drainNow(): Promise<void> {
    while ((await this.dispatchBatch()) === BATCH);
    while ((await this.dispatchUpdates()) === BATCH);
    while ((await this.notifications.deliverPending()) === NOTIFICATION_BATCH);
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      do {
        this.pending = false;
        while (!this.stopped && (await this.dispatchBatch()) === BATCH);
        while (!this.stopped && (await this.dispatchUpdates()) === BATCH);
        while (!this.stopped && (await this.notifications.deliverPending()) === NOTIFICATION_BATCH);
      } while (this.pending && !this.stopped);
    } catch (error) {
      // The next wake or sweep retries; nothing was marked delivered.
      this.logger.error({ err: error }, 'feed dispatch failed');
    } finally {
      this.draining = false;
    }
  }

  private async dispatchBatch(): Promise<number> {
    const started = Date.now();
    const { claimed, delivered } = await this.db.transaction(async (tx) => {
      const rows: Array<{ id: string }> = await tx.query(
        `SELECT id FROM activities WHERE delivered_at IS NULL ORDER BY created_at, id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
      );
      if (rows.length === 0) return { claimed: [] as string[], delivered: [] as Entry[] };
      const ids = rows.map((r) => r.id);
      const inserted: Entry[] = await tx.query(AUDIENCE_INSERT, [ids]);
      // The first delivery carries whatever folded in before it: nothing is left to update.
      await tx.query('UPDATE activities SET delivered_at = now(), update_pending = false WHERE id = ANY($1::uuid[])', [ids]);
      return { claimed: ids, delivered: inserted };
    });
    if (claimed.length > 0) {
      const committed = Date.now();
      await this.push(claimed, delivered, []);
      this.logger.debug(
        { activities: claimed.length, entries: delivered.length, fanOutMs: committed - started, pushMs: Date.now() - committed },
        'feed dispatched',
      );
    }
    return claimed.length;
  }

  /**
   * Activities that changed after delivery (folded changes, edits, removals, comments): claimed like
   * new ones. A change can widen the audience (a folded stage change now passes a stage-only
   * follow), so the audience insert runs again and its new entries get `feed:item`; everyone who
   * already had the item gets `feed:item:updated` with its new state.
   */
  private async dispatchUpdates(): Promise<number> {
    const { claimed, added, current } = await this.db.transaction(async (tx) => {
      const rows: Array<{ id: string }> = await tx.query(
        `SELECT id FROM activities WHERE update_pending AND delivered_at IS NOT NULL
         ORDER BY updated_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
      );
      if (rows.length === 0) return { claimed: [] as string[], added: [] as Entry[], current: [] as Entry[] };
      const ids = rows.map((r) => r.id);
      const added: Entry[] = await tx.query(AUDIENCE_INSERT, [ids]);
      const everyone: Entry[] = await tx.query(CURRENT_AUDIENCE, [ids]);
      await tx.query('UPDATE activities SET update_pending = false WHERE id = ANY($1::uuid[])', [ids]);
      const isNew = new Set(added.map((e) => `${e.employee_id}/${e.activity_id}`));
      return { claimed: ids, added, current: everyone.filter((e) => !isNew.has(`${e.employee_id}/${e.activity_id}`)) };
    });
    if (claimed.length > 0) await this.push(claimed, added, current);
    return claimed.length;
  }

  private async push(activityIds: string[], delivered: Entry[], updated: Entry[]): Promise<void> {
    if (delivered.length === 0 && updated.length === 0) return;
    const rows = await this.db.getRepository(ActivityRow).createQueryBuilder('a').where('a.id IN (:...ids)', { ids: activityIds }).getMany();
    const items = await this.presenter.present(rows);
    const newFor = groupByActivity(delivered);
    const updatedFor = groupByActivity(updated);
    for (const item of items) {
      const cursor = encodeCursor({ createdAt: new Date(item.createdAt), id: item.id });
      const fresh = newFor.get(item.id);
      if (fresh) this.realtime.emitToEmployees(fresh, 'feed:item', { cursor, item });
      const stale = updatedFor.get(item.id);
      if (stale) this.realtime.emitToEmployees(stale, 'feed:item:updated', { cursor, item });
    }
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
