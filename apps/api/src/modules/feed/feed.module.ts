import { Module } from '@nestjs/common';
import { FeedLoaders } from './feed.loaders';
import { NotificationsModule } from '../notifications/notifications.module';
import { PeopleModule } from '../people/people.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { TopicsModule } from '../topics/topics.module';
import { ActivityPresenter } from './activity-presenter.service';
import { ActivityWriter } from './activity-writer.service';
import { ConversationResolver } from './conversation.resolver';
import { EditsService } from './edits.service';
import { FeedFanout } from './dispatch/feed-fanout.service';
import { FeedPush } from './dispatch/feed-push.service';
import { FeedUpdates } from './dispatch/feed-updates.service';
import { FeedDispatcher } from './feed-dispatcher.service';
import { FeedQueryService } from './feed-query.service';
import { CommentResolver, FeedResolver, NotificationActivityResolver } from './feed.resolver';
import { MentionsService } from './mentions.service';
import { PostService } from './post.service';
import { ReactionsService } from './reactions/reactions.service';
import { ThreadPreferencesService } from './thread-preferences.service';
import { FeedWriteObservers } from './write-observers';

@Module({
  imports: [PeopleModule, RealtimeModule, NotificationsModule, TopicsModule],
  providers: [
    FeedLoaders,
    ActivityWriter,
    FeedWriteObservers,
    ActivityPresenter,
    FeedFanout,
    FeedUpdates,
    FeedPush,
    FeedDispatcher,
    FeedQueryService,
    PostService,
    MentionsService,
    EditsService,
    ReactionsService,
    ThreadPreferencesService,
    FeedResolver,
    CommentResolver,
    NotificationActivityResolver,
    ConversationResolver,
  ],
  exports: [ActivityWriter, FeedWriteObservers, ActivityPresenter, FeedDispatcher, FeedQueryService, PostService, MentionsService, ReactionsService, ThreadPreferencesService],
})
export class FeedModule {}
