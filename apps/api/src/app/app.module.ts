import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { formatGraphqlError } from '../common/errors/format-graphql-error';
import { LOGGER } from '../common/logger';
import { sqlDiagnosticsPlugin } from '../common/sql-statement-counter';
import { createValidationPipe } from '../common/validation.pipe';
import { AppConfig } from '../config/app-config';
import { AccessModule } from '../modules/access/access.module';
import { AuthModule } from '../modules/auth/auth.module';
import type { AuthedRequest } from '../modules/auth/auth.decorators';
import { DemoModule } from '../modules/demo/demo.module';
import { FeedModule } from '../modules/feed/feed.module';
import { FollowsModule } from '../modules/follows/follows.module';
import { HealthModule } from '../modules/health/health.module';
import { PeopleModule } from '../modules/people/people.module';
import { RealtimeModule } from '../modules/realtime/realtime.module';
import { RecordsModule } from '../modules/records/records.module';
import { CoreModule, Runtime } from './core.module';
import { GqlContext, LoadersFactory } from './graphql-context';
import { GraphqlSupportModule } from './graphql-support.module';

/** The committed schema; regenerated on every non-production boot so changes show in review. */
export const SCHEMA_FILE = join(__dirname, '..', '..', 'schema.graphql');

@Module({})
export class AppModule {
  static register(runtime: Runtime): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.register(runtime),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [GraphqlSupportModule],
          inject: [AppConfig, LoadersFactory, LOGGER],
          useFactory: (config: AppConfig, loaders: LoadersFactory, logger: Logger): ApolloDriverConfig => ({
            path: '/graphql',
            autoSchemaFile: config.production ? true : SCHEMA_FILE,
            sortSchema: true,
            // Auth is a bearer header, never a cookie, so cross-site requests carry no credentials.
            csrfPrevention: false,
            graphiql: !config.production,
            introspection: !config.production,
            includeStacktraceInErrorResponses: false,
            formatError: formatGraphqlError(logger),
            plugins: [sqlDiagnosticsPlugin(!config.production)],
            context: ({ req }: { req: AuthedRequest }): GqlContext => ({ req, loaders: loaders.create(req) }),
          }),
        }),
        AccessModule,
        AuthModule,
        PeopleModule,
        FollowsModule,
        FeedModule,
        RecordsModule,
        RealtimeModule,
        HealthModule,
        DemoModule,
      ],
      providers: [{ provide: APP_PIPE, useFactory: createValidationPipe }],
    };
  }
}
