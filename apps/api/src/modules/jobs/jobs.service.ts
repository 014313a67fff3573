import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { DataSource, EntityManager } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions';
import { LOGGER } from '../../common/logger';

export interface JobOptions {
  retryLimit?: number;
  /** Seconds before the first retry; doubled (with jitter) for each next one. */
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
  expireInSeconds?: number;
  startAfter?: Date;
}

export interface JobHandle<T> {
  id: string;
  data: T;
  /** Retries so far (0 on the first attempt). */
  retryCount: number;
}

/**
 * The job queue: pg-boss on the application's own PostgreSQL (embedded or DATABASE_URL), in its
 * own schema. Due times live in the database, any API process runs the jobs, and a restart loses
 * nothing. Jobs can be sent inside a caller's transaction, so they exist exactly when the change
 * that asked for them commits.
 */
@Injectable()
export class JobsService implements OnApplicationShutdown {
  private boss?: PgBoss;
  private starting?: Promise<PgBoss>;
  private readonly queues = new Set<string>();

  constructor(
    private readonly db: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Starts pg-boss on first use (it creates or migrates its schema once). */
  private start(): Promise<PgBoss> {
    this.starting ??= (async () => {
      const url = (this.db.options as PostgresDataSourceOptions).url;
      const boss = new PgBoss({ connectionString: url, schema: 'pgboss', max: 4, application_name: 'tidings-jobs' });
      boss.on('error', (error: Error) => this.logger.warn({ err: error }, 'job queue error'));
      await boss.start();
      this.boss = boss;
      return boss;
    })();
    return this.starting;
  }

  /**
   * Creates the queue on first use. `policy` (pg-boss's) limits how many jobs it holds at once:
   * 'stately' allows one queued and one running, for a self-renewing sweep.
   */
  async ensureQueue(name: string, options: { policy?: PgBoss.QueuePolicy } = {}): Promise<PgBoss> {
    const boss = await this.start();
    if (!this.queues.has(name)) {
      await boss.createQueue(name, { name, ...(options.policy ? { policy: options.policy } : {}) });
      this.queues.add(name);
    }
    return boss;
  }

  /** Sends a job; with `tx` the job is written in that transaction and exists only if it commits. */
  async send<T extends object>(name: string, data: T, options: JobOptions = {}, tx?: EntityManager): Promise<string | null> {
    const boss = await this.ensureQueue(name);
    // pg-boss refuses a present-but-undefined option, so only the given ones are passed.
    const given = Object.fromEntries(
      Object.entries({
        retryLimit: options.retryLimit,
        retryDelay: options.retryDelaySeconds,
        retryBackoff: options.retryBackoff,
        expireInSeconds: options.expireInSeconds,
        startAfter: options.startAfter,
      }).filter(([, value]) => value !== undefined),
    );
    return boss.send(name, data, {
      ...given,
      ...(tx ? { db: { executeSql: async (text: string, values: unknown[]) => ({ rows: await tx.query(text, values) }) } } : {}),
    });
  }

  /** Sends many jobs of one queue in one statement, inside the caller's transaction. */
  async sendMany<T extends object>(name: string, jobs: ReadonlyArray<{ id: string; data: T }>, options: JobOptions, tx: EntityManager): Promise<void> {
    if (jobs.length === 0) return;
    const boss = await this.ensureQueue(name);
    await boss.insert(
      jobs.map((job) => ({
        id: job.id,
        name,
        data: job.data,
        retryLimit: options.retryLimit,
        retryDelay: options.retryDelaySeconds,
        retryBackoff: options.retryBackoff,
        expireInSeconds: options.expireInSeconds,
      })),
      { db: { executeSql: async (text: string, values: unknown[]) => ({ rows: await tx.query(text, values) }) } },
    );
  }

  /**
   * Runs jobs of one queue with `workers` of them at a time. A handler that throws fails the
   * attempt, and pg-boss retries it as the job's options say.
   */
  async work<T extends object>(name: string, workers: number, handler: (job: JobHandle<T>) => Promise<void>, pollingIntervalSeconds = 1): Promise<void> {
    const boss = await this.ensureQueue(name);
    for (let i = 0; i < workers; i++) {
      await boss.work<T>(name, { batchSize: 1, pollingIntervalSeconds, includeMetadata: true }, async (jobs) => {
        for (const job of jobs) await handler({ id: job.id, data: job.data, retryCount: job.retryCount });
      });
    }
  }

  /**
   * A task every `everyMs`, cluster-wide, as a self-renewing job: a 'stately' queue holds at most
   * one queued run and one running; each run queues the next when it ends, and each process start
   * seeds the chain again in case a crash broke it (a second seed is refused while one is queued).
   * A run that dies with its process expires and is retried elsewhere. A task that throws is logged
   * with `failure` and the chain goes on.
   */
  async repeat(
    name: string,
    everyMs: number,
    task: () => Promise<void>,
    options: { failure: string; retryDelaySeconds: number; expireInSeconds: number; pollingIntervalSeconds: number },
  ): Promise<void> {
    const job: JobOptions = { retryLimit: 1000, retryDelaySeconds: options.retryDelaySeconds, expireInSeconds: options.expireInSeconds };
    await this.ensureQueue(name, { policy: 'stately' });
    await this.work(
      name,
      1,
      async () => {
        try {
          await task();
        } catch (err) {
          this.logger.warn({ err }, options.failure);
        }
        await this.send(name, {}, { ...job, startAfter: new Date(Date.now() + everyMs) });
      },
      options.pollingIntervalSeconds,
    );
    await this.send(name, {}, job);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.boss?.stop({ graceful: true, wait: true, timeout: 5000 }).catch(() => undefined);
  }
}
