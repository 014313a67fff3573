import { Module } from '@nestjs/common';
import { FeedModule } from '../feed/feed.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PeopleModule } from '../people/people.module';
import { RecordsModule } from '../records/records.module';
import { CaseSlaResolver } from './case-sla.resolver';
import { SlaBreachReassigner } from './sla-breach-reassigner.service';
import { SlaClocksService } from './sla-clocks.service';
import { SlaFeedObserver } from './sla-feed.observer';
import { SlaSettingsService } from './sla-settings.service';
import { SlaSweepService } from './sla-sweep.service';
import { SlaSettingsResolver } from './sla.resolver';
import { SlaService } from './sla.service';
import { SocialReplyService } from './social-reply.service';

/**
 * The response SLA: policies per priority, business-hours calendars, the clocks of cases and the
 * sweep that fires their at-risk and breach moments. Other modules call SlaService (and may read
 * clock states through SlaClocksService). A static module, so every importer shares one set of
 * providers (one sweep, one feed observer); its test endpoints live in SlaTestModule.
 */
@Module({
  imports: [FeedModule, PeopleModule, NotificationsModule, RecordsModule],
  providers: [
    SlaService,
    SlaClocksService,
    SlaSettingsService,
    SlaFeedObserver,
    SlaSweepService,
    SlaBreachReassigner,
    SocialReplyService,
    CaseSlaResolver,
    SlaSettingsResolver,
  ],
  exports: [SlaService, SlaClocksService, SlaSweepService],
})
export class SlaModule {}
