import { Module } from '@nestjs/common';
import { FeedModule } from '../modules/feed/feed.module';
import { FollowsModule } from '../modules/follows/follows.module';
import { InsightsModule } from '../modules/insights/insights.module';
import { TopicsModule } from '../modules/topics/topics.module';
import { PeopleModule } from '../modules/people/people.module';
import { RecordsModule } from '../modules/records/records.module';
import { LoadersFactory } from './graphql-context';

@Module({
  imports: [PeopleModule, FollowsModule, FeedModule, RecordsModule, TopicsModule, InsightsModule],
  providers: [LoadersFactory],
  exports: [LoadersFactory],
})
export class GraphqlSupportModule {}
