import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentEmployee } from '../../common/request-identity';
import { Employee } from '../people/entities/employee.entity';
import { FollowsService } from './follows.service';
import { SubjectRef } from './subject-ref.type';
import { FollowFilterInput, FollowSettings } from './follow-filter.types';

@Resolver()
export class FollowsResolver {
  constructor(private readonly follows: FollowsService) {}

  @Mutation(() => Boolean, { description: 'Follow a record, employee, team or topic. NOT_FOUND if you cannot open it.' })
  follow(@CurrentEmployee() me: Employee, @Args('subjectId', { type: () => ID }) subjectId: string): Promise<boolean> {
    return this.follows.follow(me.id, subjectId);
  }

  @Mutation(() => Boolean)
  unfollow(@CurrentEmployee() me: Employee, @Args('subjectId', { type: () => ID }) subjectId: string): Promise<boolean> {
    return this.follows.unfollow(me.id, subjectId);
  }

  @Query(() => [SubjectRef], { description: 'What I follow and can open.' })
  following(@CurrentEmployee() me: Employee): Promise<SubjectRef[]> {
    return this.follows.following(me.id) as Promise<SubjectRef[]>;
  }

  @Mutation(() => FollowSettings, {
    description: 'Narrow what a follow delivers (only stage changes, only posts…), following the subject if need be.',
  })
  updateFollow(
    @CurrentEmployee() me: Employee,
    @Args('subjectId', { type: () => ID }) subjectId: string,
    @Args('filter') filter: FollowFilterInput,
  ): Promise<FollowSettings> {
    return this.follows.updateFollow(me.id, subjectId, filter);
  }

  @Query(() => FollowSettings, { nullable: true, description: 'My follow of a subject and what it delivers; null when I do not follow it.' })
  followSettings(@CurrentEmployee() me: Employee, @Args('subjectId', { type: () => ID }) subjectId: string): Promise<FollowSettings | null> {
    return this.follows.settings(me.id, subjectId);
  }
}
