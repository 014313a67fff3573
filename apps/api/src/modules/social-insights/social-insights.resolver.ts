import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentEmployee } from '../../common/request-identity';
import { Employee } from '../people/entities/employee.entity';
import { SocialInsightsService } from './social-insights.service';
import { Insights } from './social-insights.types';

@Resolver(() => Insights)
export class SocialInsightsResolver {
  constructor(private readonly insights: SocialInsightsService) {}

  @Query(() => Insights, {
    name: 'insights',
    description:
      'Social listening figures over the last `days` calendar days (1 to 365, today included, UTC), overall or for one account (NOT_FOUND when hidden), counting only mentions and cases I can open.',
  })
  socialInsights(
    @CurrentEmployee() me: Employee,
    @Args('accountId', { type: () => ID, nullable: true }) accountId: string | null,
    @Args('days', { type: () => Int, nullable: true, defaultValue: 30 }) days: number | null,
  ): Promise<Insights> {
    return this.insights.insights(me.id, accountId ?? null, days ?? 30);
  }
}
