import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentEmployee } from '../../common/request-identity';
import { Employee } from '../people/entities/employee.entity';
import { Topic, TrendingTopic } from './topic.types';
import { TopicsService } from './topics.service';

@Resolver(() => Topic)
export class TopicsResolver {
  constructor(private readonly topics: TopicsService) {}

  @Query(() => Topic, {
    description: 'A topic by id or by name ("renewal" or "#renewal"), if I can open something said under it or said it myself; as first written there. Its feed: feed(filter: SUBJECT, subjectId).',
  })
  topic(
    @CurrentEmployee() me: Employee,
    @Args('id', { type: () => ID, nullable: true }) id: string | null,
    @Args('name', { type: () => String, nullable: true }) name: string | null,
  ): Promise<Topic> {
    return this.topics.find(me.id, { id, name });
  }

  @Query(() => [Topic], {
    description: 'Autocomplete for #topics: topics I know (through something I can open, or said myself) whose name starts with prefix (a leading "#" is ignored), most used first. first: 1 to 20.',
  })
  topicCandidates(
    @CurrentEmployee() me: Employee,
    @Args('prefix', { type: () => String }) prefix: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 8 }) first: number | null,
  ): Promise<Topic[]> {
    return this.topics.candidates(me.id, prefix, first ?? 8);
  }

  @Query(() => [TrendingTopic], { description: 'The most-used topics of the last 7 days, counted within what I can open.' })
  trendingTopics(
    @CurrentEmployee() me: Employee,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 10 }) first: number | null,
  ): Promise<TrendingTopic[]> {
    return this.topics.trending(me.id, first ?? 10);
  }
}
