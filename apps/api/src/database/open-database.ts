import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { createDataSource } from './data-source';

const MIGRATION_LOCK = 7_135_720_001;

/** Connects and applies pending migrations; a database that does not answer gets a clear message. */
export async function openDatabase(url: string, logger: Logger): Promise<DataSource> {
  const dataSource = createDataSource(url, logger);
  try {
    await dataSource.initialize();
  } catch (error) {
    const where = new URL(url);
    throw new Error(
      `Cannot connect to PostgreSQL at ${where.hostname}:${where.port || 5432}${where.pathname} (${(error as Error).message}). ` +
        'Check DATABASE_URL, or unset it to use the embedded PostgreSQL.',
      { cause: error },
    );
  }
  // Replicas booting together take turns: one migrates, the others then find nothing to do.
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length > 0) logger.info({ migrations: applied.map((m) => m.name) }, 'database migrated');
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
  }
  return dataSource;
}
