import { Injectable } from '@nestjs/common';
import { byId, counted, flagged, grouped } from '../../common/graphql/request-loaders';
import { ActivityPresenter } from './activity-presenter.service';
import { FeedQueryService } from './feed-query.service';
import { MentionsService } from './mentions.service';
import { PostService } from './post.service';
import { ReactionsService } from './reactions/reactions.service';
import { ThreadPreferencesService } from './thread-preferences.service';

/** This module's per-request loaders (common/graphql/request-loaders.ts): `ctx.loaders.of(X).name.load(key)`. */
@Injectable()
export class FeedLoaders {
  constructor(
    private readonly presenter: ActivityPresenter,
    private readonly posts: PostService,
    private readonly mentions: MentionsService,
    private readonly reactions: ReactionsService,
    private readonly preferences: ThreadPreferencesService,
    private readonly feeds: FeedQueryService,
  ) {}

  create(viewer: () => string) {
    return {
      commentCount: counted((ids) => this.presenter.commentCounts(ids)),
      commentsOfActivity: grouped((ids) => this.posts.commentsOf(ids)),
      mentionsOfActivity: grouped((ids) => this.mentions.ofActivities(ids)),
      /** Activities the viewer can open, by id. */
      activity: byId((ids) => this.feeds.visibleByIds(viewer(), ids)),
      /** Keyed by `activityId/` for an activity, `activityId/commentId` for a comment. */
      reactions: grouped((keys) =>
        this.reactions.summaries(
          viewer(),
          keys.map((key) => {
            const [activityId, commentId] = key.split('/');
            return { activityId, commentId: commentId || null };
          }),
        ),
      ),
      bookmarkedByMe: flagged((ids) => this.preferences.bookmarkedBy(viewer(), ids)),
      mutedByMe: flagged((ids) => this.preferences.mutedBy(viewer(), ids)),
    };
  }
}
