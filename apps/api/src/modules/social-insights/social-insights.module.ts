import { Module } from '@nestjs/common';
import { RecordsModule } from '../records/records.module';
import { SlaModule } from '../sla/sla.module';
import { SocialListeningModule } from '../social-listening/social-listening.module';
import { MentionDueResolver } from './mention-due.resolver';
import { SocialInsightsResolver } from './social-insights.resolver';
import { SocialInsightsService } from './social-insights.service';

/**
 * `insights(accountId, days)`, and each mention's response due time for the inbox: reads what social
 * listening and the SLA store, through the access rule.
 */
@Module({
  imports: [RecordsModule, SlaModule, SocialListeningModule],
  providers: [SocialInsightsService, SocialInsightsResolver, MentionDueResolver],
})
export class SocialInsightsModule {}
