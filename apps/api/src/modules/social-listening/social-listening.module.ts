import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { FeedModule } from '../feed/feed.module';
import { IntegrationsModule } from '../integrations/integrations.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { RecordsModule } from '../records/records.module';
import { SlaModule } from '../sla/sla.module';
import { TopicsModule } from '../topics/topics.module';
import { MentionCasesService } from './cases/mention-cases.service';
import { CaseMentionsResolver, MentionPersonaResolver, SocialInboxResolver } from './inbox/inbox.resolver';
import { SocialInboxService } from './inbox/inbox.service';
import { MentionEvents } from './inbox/mention-events.service';
import { PushedMentionsLoader } from './inbox/pushed-mentions.loader';
import { PersonasService } from './personas/personas.service';
import { RoutingRulesResolver } from './routing/routing-rules.resolver';
import { RoutingRulesService } from './routing/routing-rules.service';
import { RoutingStage } from './routing/routing-stage.service';
import { RuleActions } from './routing/rule-actions.service';
import { ClassifierService } from './scoring/classifier.service';

/**
 * Social listening: scoring, personas, routing rules, cases from mentions and the social inbox.
 * Runs after ingest (integrations) and calls the response SLA (sla); nothing depends back on it.
 */
@Module({
  imports: [FeedModule, IntegrationsModule, RecordsModule, NotificationsModule, TopicsModule, AccessModule, RealtimeModule, SlaModule],
  providers: [
    ClassifierService,
    PersonasService,
    RoutingRulesService,
    MentionCasesService,
    MentionEvents,
    PushedMentionsLoader,
    RuleActions,
    RoutingStage,
    SocialInboxService,
    SocialInboxResolver,
    CaseMentionsResolver,
    MentionPersonaResolver,
    RoutingRulesResolver,
  ],
  exports: [ClassifierService, PersonasService],
})
export class SocialListeningModule {}
