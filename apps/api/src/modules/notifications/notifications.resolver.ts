import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../app/graphql-context';
import { CurrentEmployee } from '../../common/request-identity';
import { SubjectRef } from '../follows/subject-ref.type';
import { Employee } from '../people/entities/employee.entity';
import { Notification, NotificationKindEnum } from './notification.types';
import { NotificationsService } from './notifications.service';
import { AccessLoaders } from '../access/access.loaders';
import { PeopleLoaders } from '../people/people.loaders';

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => [Notification], { description: 'Newest first; only what you can still open.' })
  async notifications(
    @CurrentEmployee() me: Employee,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 30 }) first: number | null,
    @Args('unreadOnly', { type: () => Boolean, nullable: true, defaultValue: false }) unreadOnly: boolean | null,
  ): Promise<Notification[]> {
    const rows = await this.service.list(me.id, first ?? 30, unreadOnly ?? false);
    return rows.map((n) => ({
      id: n.id,
      kind: n.kind as NotificationKindEnum,
      actorId: n.actor_id,
      activityId: n.activity_id,
      commentId: n.comment_id,
      subjectId: n.subject_id,
      createdAt: n.created_at,
      read: n.read_at !== null,
    }));
  }

  @Query(() => Int, { description: 'Exact: a fresh count of your unread notifications on things you can open.' })
  unreadNotificationCount(@CurrentEmployee() me: Employee): Promise<number> {
    return this.service.unreadCount(me.id);
  }

  @Mutation(() => Int, { description: 'Marks the given notifications (or all) read; returns the new unread count.' })
  markNotificationsRead(
    @CurrentEmployee() me: Employee,
    @Args('ids', { type: () => [ID], nullable: true }) ids: string[] | null,
    @Args('all', { type: () => Boolean, nullable: true, defaultValue: false }) all: boolean | null,
  ): Promise<number> {
    return this.service.markRead(me.id, ids, all ?? false);
  }

  @ResolveField(() => Employee, { nullable: true })
  actor(@Parent() n: Notification, @Context() ctx: GqlContext) {
    return n.actorId ? ctx.loaders.of(PeopleLoaders).employee.load(n.actorId) : null;
  }

  @ResolveField(() => SubjectRef, { nullable: true })
  subject(@Parent() n: Notification, @Context() ctx: GqlContext) {
    return ctx.loaders.of(AccessLoaders).subject.load(n.subjectId);
  }
}
