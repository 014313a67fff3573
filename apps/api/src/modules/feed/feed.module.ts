import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { ActivityPresenter } from './activity-presenter.service';
import { ActivityWriter } from './activity-writer.service';
import { FeedDispatcher } from './feed-dispatcher.service';
import { FeedQueryService } from './feed-query.service';
import { CommentResolver, FeedResolver } from './feed.resolver';
import { PostService } from './post.service';
import { MentionsService } from './mentions.service';
import { NotificationsModule } from '../notifications/notifications.module';

@Module({
  imports: [PeopleModule, RealtimeModule, NotificationsModule],
  providers: [ActivityWriter, ActivityPresenter, FeedDispatcher, FeedQueryService, PostService, MentionsService, FeedResolver, CommentResolver],
  exports: [ActivityWriter, ActivityPresenter, FeedDispatcher, FeedQueryService, PostService, MentionsService],
})
export class FeedModule {}
