import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger as PinoLogger } from 'pino';
import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * Counts the SQL statements one request runs, so "a feed page costs a fixed number of statements"
 * can be checked from outside. Outside production, a request with `x-tidings-diagnostics: 1` gets
 * the count back in `extensions.diagnostics.sqlStatements`.
 */
const requests = new AsyncLocalStorage<{ statements: number }>();

export const sqlStatementCounter = {
  run<T>(work: () => T): T {
    return requests.run({ statements: 0 }, work);
  },
  current(): number | undefined {
    return requests.getStore()?.statements;
  },
};

/** TypeORM logger: counts statements for the request in progress; logs failed ones through pino. */
export class CountingTypeOrmLogger implements TypeOrmLogger {
  constructor(private readonly logger: PinoLogger) {}

  logQuery(): void {
    const store = requests.getStore();
    if (store) store.statements += 1;
  }

  logQueryError(error: string | Error, query: string): void {
    this.logger.debug({ err: error, query: query.slice(0, 500) }, 'SQL statement failed');
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ ms: time, query: query.slice(0, 500) }, 'slow SQL statement');
  }

  logSchemaBuild(): void {}
  logMigration(message: string): void {
    this.logger.info(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
  }
}

/** Apollo plugin: adds the statement count to responses that ask for it (never in production). */
export function sqlDiagnosticsPlugin(enabled: boolean) {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse(ctx: {
          request: { http?: { headers: { get(name: string): string | undefined | null } } };
          response: { body: { kind: string; singleResult?: { extensions?: Record<string, unknown> } } };
        }): Promise<void> {
          const statements = sqlStatementCounter.current();
          if (!enabled || statements === undefined || ctx.request.http?.headers.get('x-tidings-diagnostics') !== '1') return Promise.resolve();
          const single = ctx.response.body.kind === 'single' ? ctx.response.body.singleResult : undefined;
          if (single) single.extensions = { ...single.extensions, diagnostics: { sqlStatements: statements } };
          return Promise.resolve();
        },
      });
    },
  };
}
