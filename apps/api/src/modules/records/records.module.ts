import { Module } from '@nestjs/common';
import { FeedModule } from '../feed/feed.module';
import { FollowsModule } from '../follows/follows.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PeopleModule } from '../people/people.module';
import { ExternalRecordWriter } from './external-record-writer.service';
import { RecordWriter } from './record-writer.service';
import { AccountResolver, CaseResolver, DealResolver, DocumentResolver } from './records.resolver';
import { RecordsService } from './records.service';

@Module({
  imports: [FeedModule, FollowsModule, PeopleModule, NotificationsModule],
  providers: [RecordsService, RecordWriter, ExternalRecordWriter, AccountResolver, DealResolver, CaseResolver, DocumentResolver],
  exports: [RecordsService, RecordWriter, ExternalRecordWriter],
})
export class RecordsModule {}
