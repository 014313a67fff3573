import { DynamicModule, Module } from '@nestjs/common';
import { FeedModule } from '../feed/feed.module';
import { PeopleModule } from '../people/people.module';
import { SlaClocksService } from './sla-clocks.service';
import { SlaFeedObserver } from './sla-feed.observer';
import { SlaSettingsService } from './sla-settings.service';
import { SlaService } from './sla.service';

/**
 * The response SLA: policies per priority, business-hours calendars, the clocks of cases and the
 * sweep that fires their at-risk and breach moments. Other modules call SlaService.
 */
@Module({})
export class SlaModule {
  static register(testClock: boolean): DynamicModule {
    return {
      module: SlaModule,
      imports: [FeedModule, PeopleModule],
      providers: [SlaService, SlaClocksService, SlaSettingsService, SlaFeedObserver],
      exports: [SlaService],
      controllers: testClock ? [] : [],
    };
  }
}
