import { Module } from '@nestjs/common';
import { RecordsModule } from '../records/records.module';
import { ClassifierService } from '../social-listening/scoring/classifier.service';
import { SocialInsightsResolver } from './social-insights.resolver';
import { SocialInsightsService } from './social-insights.service';

/** `insights(accountId, days)`: reads what social listening and the SLA store, through the access rule. */
@Module({
  imports: [RecordsModule],
  providers: [SocialInsightsService, SocialInsightsResolver, ClassifierService],
})
export class SocialInsightsModule {}
