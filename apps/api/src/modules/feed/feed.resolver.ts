import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../app/graphql-context';
import { FeedFilter } from './feed.enums';
import { CurrentEmployee } from '../../common/request-identity';
import { SubjectRef } from '../follows/subject-ref.type';
import { Employee } from '../people/entities/employee.entity';
import { Activity, FeedConnection, PostInput } from './activity.types';
import { Comment } from './entities/comment.entity';
import { FeedQueryService } from './feed-query.service';
import { Mention } from './mention.types';
import { PostService } from './post.service';
import { ReactionSummary } from './reactions/reaction.types';
import { keyOf } from './reactions/reactions.service';
import { Topic } from '../topics/topic.types';
import { Notification } from '../notifications/notification.types';
import { AccessLoaders } from '../access/access.loaders';
import { FeedLoaders } from './feed.loaders';
import { PeopleLoaders } from '../people/people.loaders';
import { TopicsLoaders } from '../topics/topics.loaders';

@Resolver(() => Activity)
export class FeedResolver {
  constructor(
    private readonly feeds: FeedQueryService,
    private readonly posts: PostService,
  ) {}

  @Query(() => FeedConnection, {
    description:
      'A page of a feed, newest first. Forward: first/after (pass pageInfo.endCursor as `after` for older items). ' +
      'Backward: last/before returns the items just newer than `before` (pass pageInfo.startCursor while hasPreviousPage). ' +
      'Neither: the newest 20.',
  })
  feed(
    @CurrentEmployee() me: Employee,
    @Args('filter', { type: () => FeedFilter, nullable: true, defaultValue: FeedFilter.FOLLOWING }) filter: FeedFilter | null,
    @Args('subjectId', { type: () => ID, nullable: true }) subjectId: string | null,
    // No schema defaults on the page sizes: a default `first` would clash with `last`.
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('last', { type: () => Int, nullable: true }) last: number | null,
    @Args('before', { type: () => String, nullable: true }) before: string | null,
  ): Promise<FeedConnection> {
    // As in the contract, the arguments are nullable; an explicit null means the default.
    return this.feeds.feed(me.id, { filter: filter ?? FeedFilter.FOLLOWING, subjectId, first, after, last, before });
  }

  @Query(() => Activity, { description: 'One activity; NOT_FOUND when missing or on a subject I cannot open.' })
  activity(@CurrentEmployee() me: Employee, @Args('id', { type: () => ID }) id: string): Promise<Activity> {
    return this.feeds.findVisible(me.id, id);
  }

  @Mutation(() => Activity, { description: 'Post on a subject (record, employee, team, topic). @handles notify; #topics tag.' })
  post(@CurrentEmployee() me: Employee, @Args('input') input: PostInput): Promise<Activity> {
    return this.posts.post(me.id, input);
  }

  @Mutation(() => Comment)
  comment(
    @CurrentEmployee() me: Employee,
    @Args('activityId', { type: () => ID }) activityId: string,
    @Args('body') body: string,
  ): Promise<Comment> {
    return this.posts.comment(me.id, activityId, body);
  }

  @ResolveField(() => SubjectRef, { nullable: true })
  subject(@Parent() activity: Activity, @Context() ctx: GqlContext) {
    return ctx.loaders.of(AccessLoaders).subject.load(activity.subjectId);
  }

  @ResolveField(() => Employee, { nullable: true })
  actor(@Parent() activity: Activity, @Context() ctx: GqlContext) {
    return activity.actorId ? ctx.loaders.of(PeopleLoaders).employee.load(activity.actorId) : null;
  }

  @ResolveField(() => [Comment])
  comments(@Parent() activity: Activity, @Context() ctx: GqlContext) {
    return ctx.loaders.of(FeedLoaders).commentsOfActivity.load(activity.id);
  }

  @ResolveField(() => [Mention], { description: 'Who the post names; inaccessible ones were not notified.' })
  mentions(@Parent() activity: Activity, @Context() ctx: GqlContext) {
    return ctx.loaders.of(FeedLoaders).mentionsOfActivity.load(activity.id);
  }

  @ResolveField(() => [Topic], { description: 'The #topics its text names.' })
  topics(@Parent() activity: Activity, @Context() ctx: GqlContext) {
    return ctx.loaders.of(TopicsLoaders).topicsOfActivity.load(activity.id);
  }

  @ResolveField(() => [ReactionSummary], { description: 'Reactions, in the order they first appeared.' })
  reactions(@Parent() activity: Activity, @Context() ctx: GqlContext) {
    return ctx.loaders.of(FeedLoaders).reactions.load(keyOf({ activityId: activity.id }));
  }

  @ResolveField(() => Boolean)
  isBookmarkedByMe(@Parent() activity: Activity, @Context() ctx: GqlContext) {
    return ctx.loaders.of(FeedLoaders).bookmarkedByMe.load(activity.id);
  }

  @ResolveField(() => Boolean, { description: 'Muted: out of my Following feed, and replies and reactions in it do not notify me.' })
  isMutedByMe(@Parent() activity: Activity, @Context() ctx: GqlContext) {
    return ctx.loaders.of(FeedLoaders).mutedByMe.load(activity.id);
  }

  @ResolveField(() => Int)
  commentCount(@Parent() activity: Activity, @Context() ctx: GqlContext) {
    return ctx.loaders.of(FeedLoaders).commentCount.load(activity.id);
  }
}

@Resolver(() => Comment)
export class CommentResolver {
  @ResolveField(() => Employee)
  author(@Parent() comment: Comment, @Context() ctx: GqlContext) {
    return ctx.loaders.of(PeopleLoaders).employee.load(comment.authorId);
  }

  @ResolveField(() => [ReactionSummary])
  reactions(@Parent() comment: Comment, @Context() ctx: GqlContext) {
    return ctx.loaders.of(FeedLoaders).reactions.load(keyOf({ activityId: comment.activityId, commentId: comment.id }));
  }
}

@Resolver(() => Notification)
export class NotificationActivityResolver {
  @ResolveField(() => Activity, { nullable: true, description: 'What the notification is about (its author tells "your post" from "a thread you are in").' })
  activity(@Parent() n: Notification, @Context() ctx: GqlContext) {
    return ctx.loaders.of(FeedLoaders).activity.load(n.activityId);
  }
}
