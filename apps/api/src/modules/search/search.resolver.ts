import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../app/graphql-context';
import { CurrentEmployee } from '../../common/request-identity';
import { SubjectRef } from '../follows/subject-ref.type';
import { Employee } from '../people/entities/employee.entity';
import { SearchService } from './search.service';
import { SearchConnection, SearchHit } from './search.types';
import { AccessLoaders } from '../access/access.loaders';
import { PeopleLoaders } from '../people/people.loaders';

@Resolver(() => SearchHit)
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Query(() => SearchConnection, {
    description:
      'Full-text search over posts, comments, record names and social mentions you can open. Web-search syntax: ' +
      '"quoted phrase", OR, -word; the last plain word also matches as a prefix. Ranked by relevance, then newest. ' +
      'Pass pageInfo.endCursor as `after` for the next page.',
  })
  search(
    @CurrentEmployee() me: Employee,
    @Args('query') query: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<SearchConnection> {
    // As with feed, an explicit null means the default.
    return this.service.search(me.id, query, first ?? 20, after);
  }

  @ResolveField(() => SubjectRef, { nullable: true })
  subject(@Parent() hit: SearchHit, @Context() ctx: GqlContext) {
    return ctx.loaders.of(AccessLoaders).subject.load(hit.subjectId);
  }

  @ResolveField(() => Employee, { nullable: true })
  actor(@Parent() hit: SearchHit, @Context() ctx: GqlContext) {
    return hit.actorId ? ctx.loaders.of(PeopleLoaders).employee.load(hit.actorId) : null;
  }
}
