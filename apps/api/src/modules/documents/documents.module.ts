import { Module } from '@nestjs/common';
import { FeedModule } from '../feed/feed.module';
import { FollowsModule } from '../follows/follows.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PeopleModule } from '../people/people.module';
import { RecordsModule } from '../records/records.module';
import { DocumentApprovalResolver, DocumentVersionResolver, DocumentVersionsResolver } from './documents.resolver';
import { DocumentReviewService } from './review/document-review.service';
import { documentStorageProvider } from './storage/storage.provider';
import { TextExtractionService } from './text/text-extraction.service';
import { VersionDiffService } from './text/version-diff.service';
import { UploadReceiver } from './upload/upload-receiver.service';
import { DocumentVersionsService } from './versions/document-versions.service';
import { VersionsController } from './versions/versions.controller';

/** Files and versions of documents, their diffs and the review workflow; owns document_versions and document_reviews. */
@Module({
  imports: [RecordsModule, FeedModule, FollowsModule, NotificationsModule, PeopleModule],
  controllers: [VersionsController],
  providers: [
    documentStorageProvider,
    UploadReceiver,
    TextExtractionService,
    DocumentVersionsService,
    DocumentReviewService,
    VersionDiffService,
    DocumentVersionsResolver,
    DocumentVersionResolver,
    DocumentApprovalResolver,
  ],
})
export class DocumentsModule {}
