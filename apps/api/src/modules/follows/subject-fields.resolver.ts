import { Type } from '@nestjs/common';
import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../app/graphql-context';
import { Employee } from '../people/entities/employee.entity';
import { Team } from '../people/entities/team.entity';
import { Topic } from '../topics/topic.types';
import { FollowsLoaders } from './follows.loaders';

/**
 * followersCount and isFollowedByMe, on every type that is a subject. A module whose types are
 * subjects registers one per type (records does, for its kinds); people's and topics' are here.
 */
export function subjectFieldsResolver<T extends { id: string }>(classRef: Type<T>) {
  @Resolver(() => classRef)
  class SubjectFieldsResolver {
    @ResolveField(() => Int, { description: 'Followers who can open this subject.' })
    followersCount(@Parent() subject: T, @Context() ctx: GqlContext): Promise<number> {
      return ctx.loaders.of(FollowsLoaders).followersCount.load(subject.id);
    }

    @ResolveField(() => Boolean)
    isFollowedByMe(@Parent() subject: T, @Context() ctx: GqlContext): Promise<boolean> {
      return ctx.loaders.of(FollowsLoaders).followedByMe.load(subject.id);
    }
  }
  Object.defineProperty(SubjectFieldsResolver, 'name', { value: `${classRef.name}SubjectFieldsResolver` });
  return SubjectFieldsResolver;
}

export const SUBJECT_FIELD_RESOLVERS: Type<unknown>[] = [
  subjectFieldsResolver(Employee),
  subjectFieldsResolver(Team),
  subjectFieldsResolver(Topic),
];
