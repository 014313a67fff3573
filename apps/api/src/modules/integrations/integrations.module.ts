import { Module } from '@nestjs/common';
import { FeedModule } from '../feed/feed.module';
import { PeopleModule } from '../people/people.module';
import { RecordsModule } from '../records/records.module';
import { ConnectorLog } from './connector-log.service';
import { CrmEventProcessor } from './crm/crm-event.processor';
import { CrmController } from './crm/crm.controller';
import { ExternalRecordsService } from './crm/external-records.service';
import { InboxProcessor } from './inbox-processor.service';
import { InboxService } from './inbox.service';
import { IntegrationsResolver } from './integrations.resolver';
import { IntegrationsRetention } from './retention/integrations-retention.service';
import { WebhookDeliveryService } from './outbound/webhook-delivery.service';
import { WebhooksService } from './outbound/webhooks.service';
import { SocialMentionProcessor } from './social/social-mention.processor';
import { ActivitySocialMentionResolver } from './social/social-mentions.resolver';
import { SocialController } from './social/social.controller';

/** CRM webhooks, social connectors and outbound webhooks. */
@Module({
  imports: [FeedModule, RecordsModule, PeopleModule],
  controllers: [CrmController, SocialController],
  providers: [
    InboxService,
    InboxProcessor,
    ConnectorLog,
    ExternalRecordsService,
    CrmEventProcessor,
    SocialMentionProcessor,
    ActivitySocialMentionResolver,
    WebhooksService,
    WebhookDeliveryService,
    IntegrationsResolver,
    IntegrationsRetention,
  ],
  exports: [InboxProcessor, ExternalRecordsService, IntegrationsRetention],
})
export class IntegrationsModule {}
