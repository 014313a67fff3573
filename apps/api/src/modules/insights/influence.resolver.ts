import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../app/graphql-context';
import { Employee } from '../people/entities/employee.entity';
import { Influence } from './influence.types';
import { InsightsLoaders } from './insights.loaders';

@Resolver(() => Employee)
export class InfluenceResolver {
  @ResolveField(() => Influence, { description: 'Influence over the last 90 days, as the viewer can see it.' })
  influence(@Parent() employee: Employee, @Context() ctx: GqlContext): Promise<Influence> {
    return ctx.loaders.of(InsightsLoaders).influence.load(employee.id);
  }
}
