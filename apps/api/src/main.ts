import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { EmbeddedPostgresError, EmbeddedPostgresHandle, startEmbeddedPostgres } from '@tidings/shared';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { AppModule } from './app/app.module';
import { applyHttpSecurity } from './app/http-security';
import { createLogger, PinoNestLogger } from './common/logger';
import { AppConfig, ConfigError, loadConfig, requireAdminPassword } from './config/app-config';
import { openDatabase } from './database/open-database';
import { sqlStatementCounter } from './common/sql-statement-counter';
import { DemoSeeder } from './modules/demo/demo-seeder.service';
import { DemoSimulator } from './modules/demo/demo-simulator.service';
import { PeopleService } from './modules/people/people.service';
import { RedisIoAdapter } from './modules/realtime/redis-io.adapter';
import { serveWebClient } from './web-client';
import { webhookRawBody } from './modules/integrations/raw-body.middleware';

/** Boots Tidings: config, database (embedded when DATABASE_URL is unset), migrations, seed, HTTP. */
async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const logger = createLogger(config.logLevel);

  let embedded: EmbeddedPostgresHandle | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    logger.info({ dataDir: join(config.dataDir, 'pg'), port: config.embeddedPgPort }, 'starting embedded PostgreSQL (DATABASE_URL is unset)');
    embedded = await startEmbeddedPostgres({ dataDir: join(config.dataDir, 'pg'), port: config.embeddedPgPort, persistent: true });
    databaseUrl = embedded.url;
  }

  const dataSource = await openDatabase(databaseUrl, logger);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register({ config, dataSource, logger }), {
    logger: new PinoNestLogger(logger),
    bodyParser: true,
  });
  let redis: RedisIoAdapter | undefined;
  if (config.redisUrl) {
    redis = new RedisIoAdapter(app, config.redisUrl);
    await redis.connect();
    app.useWebSocketAdapter(redis);
  }
  // Each GraphQL request counts its own SQL statements (see sql-statement-counter.ts).
  app.use('/graphql', (_req: unknown, _res: unknown, next: () => void) => sqlStatementCounter.run(next));
  // Webhooks are verified over their exact bytes: read raw (1 MB at most) before any JSON parser.
  app.use('/api/integrations', webhookRawBody());
  applyHttpSecurity(app, config.production);
  serveWebClient(app, config, logger);
  await app.init();

  let admin;
  try {
    admin = await app.get(PeopleService).bootstrapAdmin(config.adminEmail, () => requireAdminPassword(config));
  } catch (error) {
    // Refused before listening: release the database (and an embedded server) before exiting.
    await app.close().catch(() => undefined);
    await dataSource.destroy().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    throw error;
  }
  if (admin) logger.info({ email: admin.email }, 'created the first admin from ADMIN_EMAIL');
  if (config.demo) await app.get(DemoSeeder).seedIfEmpty();

  await listen(app, config, logger);
  if (config.simulator) app.get(DemoSimulator).start();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  logger.info({ port: config.port, seconds, demo: config.demo }, 'Tidings is ready');
  if (config.demo) {
    process.stdout.write(`\nTidings is ready in ${seconds}s: http://localhost:${config.port}  (demo login: ana@demo.tidings.dev / tidings-demo)\n\n`);
  }

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    await app.close().catch((error) => logger.error({ err: error }, 'error while closing the app'));
    await redis?.close();
    await dataSource.destroy().catch(() => undefined);
    await embedded?.stop().catch((error) => logger.error({ err: error }, 'error while stopping embedded PostgreSQL'));
    process.exit(0);
  };
  // Our own handlers, not Nest's shutdown hooks: Nest re-raises the signal after closing, which
  // would end the process before the embedded PostgreSQL has stopped. app.close() runs the hooks.
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

async function listen(app: NestExpressApplication, config: AppConfig, logger: Logger): Promise<void> {
  try {
    await app.listen(config.port, config.host);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      logger.fatal(`Port ${config.port} is already in use. Stop whatever uses it, or start Tidings on another port: PORT=3001 npm start`);
      process.exit(1);
    }
    throw error;
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof EmbeddedPostgresError) {
    process.stderr.write(`\n${error.message}\n\n`);
  } else {
    process.stderr.write(`\nTidings could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n\n`);
  }
  process.exit(1);
});
