import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { CountingTypeOrmLogger } from '../common/sql-statement-counter';
import { InitialSchema1764000000000 } from './migrations/1764000000000-initial-schema';
import { VisibilityPlpgsql1764100000000 } from './migrations/1764100000000-visibility-plpgsql';
import { MentionsNotifications1764200000000 } from './migrations/1764200000000-mentions-notifications';
import { Conversations1764300000000 } from './migrations/1764300000000-conversations';
import { Search1764400000000 } from './migrations/1764400000000-search';
import { NormalizedEmails1765000000000 } from './migrations/1765000000000-normalized-emails';
import { TopicsSeenThroughUses1765000000001 } from './migrations/1765000000001-topics-seen-through-uses';
import { NoSelfFollows1765000000002 } from './migrations/1765000000002-no-self-follows';
import { Documents1765400000000 } from './migrations/1765400000000-documents';
import { NullsNotDistinct1765500000000 } from './migrations/1765500000000-nulls-not-distinct';
import { TopicsThroughUsesOnLevels1765600000000 } from './migrations/1765600000000-topics-through-uses-on-levels';
import { LeanFeedEntries1765700000400 } from './migrations/1765700000400-lean-feed-entries';
import { IntegrationLogRetention1765700000500 } from './migrations/1765700000500-integration-log-retention';
import { Integrations1765300000000 } from './migrations/1765300000000-integrations';
import { SetBasedVisibility1765200000000 } from './migrations/1765200000000-set-based-visibility';
import { ActivityIndexes1765200000001 } from './migrations/1765200000001-activity-indexes';
import { SocialListening1765700000000 } from './migrations/1765700000000-social-listening';
import { ResponseSla1765700000100 } from './migrations/1765700000100-response-sla';
import { ENTITIES } from './entities';

export function createDataSource(url: string, logger?: Logger): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: [
      InitialSchema1764000000000,
      VisibilityPlpgsql1764100000000,
      MentionsNotifications1764200000000,
      Conversations1764300000000,
      Search1764400000000,
      NormalizedEmails1765000000000,
      TopicsSeenThroughUses1765000000001,
      NoSelfFollows1765000000002,
      SetBasedVisibility1765200000000,
      ActivityIndexes1765200000001,
      Integrations1765300000000,
      Documents1765400000000,
      NullsNotDistinct1765500000000,
      TopicsThroughUsesOnLevels1765600000000,
      SocialListening1765700000000,
      ResponseSla1765700000100,
      LeanFeedEntries1765700000400,
      IntegrationLogRetention1765700000500,
    ],
    migrationsTableName: 'migrations',
    synchronize: false,
    ...(logger ? { logger: new CountingTypeOrmLogger(logger), maxQueryExecutionTime: 1000 } : {}),
    // No JIT: the fan-out's statement is planned above jit_above_cost, and compiling it took
    // ~100 ms of every batch that runs in 70 ms without (short OLTP statements never win it back).
    extra: { max: 10, application_name: 'tidings-api', options: '-c jit=off' },
  });
}

/** For the TypeORM CLI: `npx typeorm -d apps/api/dist/database/data-source.js migration:show`. */
export default createDataSource(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5433/tidings');
