import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AppErrorFilter } from '../common/errors/app-error.filter';
import { LOGGER } from '../common/logger';
import { createValidationPipe } from '../common/validation.pipe';
import { AppConfig } from '../config/app-config';
import { AccessModule } from '../modules/access/access.module';
import { AuthModule } from '../modules/auth/auth.module';
import { ClockModule } from '../modules/clock/clock.module';
import { DemoModule } from '../modules/demo/demo.module';
import { DocumentsModule } from '../modules/documents/documents.module';
import { FeedModule } from '../modules/feed/feed.module';
import { FollowsModule } from '../modules/follows/follows.module';
import { HealthModule } from '../modules/health/health.module';
import { PeopleModule } from '../modules/people/people.module';
import { RealtimeModule } from '../modules/realtime/realtime.module';
import { RateLimitsModule } from '../modules/rate-limits/rate-limits.module';
import { RecordsModule } from '../modules/records/records.module';
import { SearchModule } from '../modules/search/search.module';
import { NotificationsModule } from '../modules/notifications/notifications.module';
import { InsightsModule } from '../modules/insights/insights.module';
import { IntegrationsModule } from '../modules/integrations/integrations.module';
import { IntegrationsTestModule } from '../modules/integrations/integrations-test.module';
import { JobsModule } from '../modules/jobs/jobs.module';
import { SlaModule } from '../modules/sla/sla.module';
import { SlaTestModule } from '../modules/sla/sla-test.module';
import { SocialListeningModule } from '../modules/social-listening/social-listening.module';
import { SocialInsightsModule } from '../modules/social-insights/social-insights.module';
import { TopicsModule } from '../modules/topics/topics.module';
import { CoreModule, Runtime } from './core.module';
import { LoadersFactory } from './graphql-context';
import { graphqlOptions } from './graphql-options';
import { GraphqlSupportModule } from './graphql-support.module';

@Module({})
export class AppModule {
  static register(runtime: Runtime): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.register(runtime),
        ClockModule.register(runtime.config.testClock),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [GraphqlSupportModule],
          inject: [AppConfig, LoadersFactory, LOGGER],
          useFactory: graphqlOptions,
        }),
        AccessModule,
        RateLimitsModule,
        AuthModule,
        PeopleModule,
        FollowsModule,
        FeedModule,
        RecordsModule,
        DocumentsModule,
        NotificationsModule,
        TopicsModule,
        InsightsModule,
        SearchModule,
        JobsModule,
        IntegrationsModule,
        ...(runtime.config.testClock ? [IntegrationsTestModule] : []),
        SlaModule,
        ...(runtime.config.testClock ? [SlaTestModule] : []),
        SocialListeningModule,
        SocialInsightsModule,
        RealtimeModule,
        HealthModule,
        DemoModule,
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: AppErrorFilter },
      ],
    };
  }
}
