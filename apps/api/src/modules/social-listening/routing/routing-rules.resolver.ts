import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CreateRoutingRuleInput, RoutingRule, UpdateRoutingRuleInput } from './routing-rule.types';
import { RoutingRulesService } from './routing-rules.service';

const idArg = { type: () => ID };

/** Admin only (access-policies.ts). */
@Resolver(() => RoutingRule)
export class RoutingRulesResolver {
  constructor(private readonly rules: RoutingRulesService) {}

  @Query(() => [RoutingRule], { description: 'In order: the first enabled rule that matches a mention decides (first match wins).' })
  routingRules(): Promise<RoutingRule[]> {
    return this.rules.list();
  }

  @Mutation(() => RoutingRule)
  createRoutingRule(@Args('input') input: CreateRoutingRuleInput): Promise<RoutingRule> {
    return this.rules.create(input);
  }

  @Mutation(() => RoutingRule, { description: 'position moves the rule.' })
  updateRoutingRule(@Args('id', idArg) id: string, @Args('input') input: UpdateRoutingRuleInput): Promise<RoutingRule> {
    return this.rules.update(id, input);
  }

  @Mutation(() => Boolean)
  deleteRoutingRule(@Args('id', idArg) id: string): Promise<boolean> {
    return this.rules.remove(id);
  }

  @Mutation(() => [RoutingRule], { description: "Every rule's id, in the new order." })
  reorderRoutingRules(@Args('ids', { type: () => [ID] }) ids: string[]): Promise<RoutingRule[]> {
    return this.rules.reorder(ids);
  }
}
