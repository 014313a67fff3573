import { Module } from '@nestjs/common';
import { RecordsLoaders } from './records.loaders';
import { FeedModule } from '../feed/feed.module';
import { subjectFieldsResolver } from '../follows';
import { FollowsModule } from '../follows/follows.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PeopleModule } from '../people/people.module';
import { Account } from './entities/account.entity';
import { Case } from './entities/case.entity';
import { Deal } from './entities/deal.entity';
import { Document } from './entities/document.entity';
import { ExternalRecordWriter } from './external-record-writer.service';
import { RecordWriter } from './record-writer.service';
import { AccountResolver, CaseResolver, DealResolver, DocumentResolver } from './records.resolver';
import { RecordsService } from './records.service';

@Module({
  imports: [FeedModule, FollowsModule, PeopleModule, NotificationsModule],
  providers: [
    RecordsLoaders,
    RecordsService,
    RecordWriter,
    ExternalRecordWriter,
    AccountResolver,
    DealResolver,
    CaseResolver,
    DocumentResolver,
    subjectFieldsResolver(Account),
    subjectFieldsResolver(Deal),
    subjectFieldsResolver(Case),
    subjectFieldsResolver(Document),
  ],
  exports: [RecordsService, RecordWriter, ExternalRecordWriter],
})
export class RecordsModule {}
