import { DynamicModule, Module } from '@nestjs/common';
import { RecordsModule } from '../records/records.module';
import { SocialListeningModule } from '../social-listening/social-listening.module';
import { SocialInsightsResolver } from './social-insights.resolver';
import { SocialInsightsService } from './social-insights.service';

/** `insights(accountId, days)`: reads what social listening and the SLA store, through the access rule. */
@Module({})
export class SocialInsightsModule {
  static register(testClock: boolean): DynamicModule {
    return {
      module: SocialInsightsModule,
      imports: [RecordsModule, SocialListeningModule.register(testClock)],
      providers: [SocialInsightsService, SocialInsightsResolver],
    };
  }
}
