import { Module } from '@nestjs/common';
import { FeedModule } from '../feed/feed.module';
import { FollowsModule } from '../follows/follows.module';
import { IntegrationsModule } from '../integrations/integrations.module';
import { PeopleModule } from '../people/people.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { RecordsModule } from '../records/records.module';
import { DemoActions } from './demo-actions.service';
import { DemoIntegrations } from './demo-integrations.service';
import { DemoLoginsResolver } from './demo-logins.resolver';
import { DemoSeeder } from './demo-seeder.service';
import { DemoSimulator } from './demo-simulator.service';
import { DemoSocial } from './demo-social.service';
import { DemoWebhooks } from './demo-webhooks.service';

@Module({
  imports: [PeopleModule, RecordsModule, FollowsModule, FeedModule, RealtimeModule, IntegrationsModule],
  providers: [DemoActions, DemoIntegrations, DemoLoginsResolver, DemoSeeder, DemoSimulator, DemoSocial, DemoWebhooks],
  exports: [DemoSeeder, DemoSimulator],
})
export class DemoModule {}
