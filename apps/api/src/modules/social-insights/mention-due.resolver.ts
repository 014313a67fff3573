import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { SocialMention } from '../integrations/social/social-mention.types';
import { SlaClocksService } from '../sla/sla-clocks.service';

const loaders = new WeakMap<object, DataLoader<string, Date | null>>();

/** `SocialMention.responseDueAt`: when its case's running response clock is due, for the inbox. One statement per page. */
@Resolver(() => SocialMention)
export class MentionDueResolver {
  constructor(private readonly clocks: SlaClocksService) {}

  @ResolveField(() => Date, { nullable: true, description: "Its case's running response clock's due time; null without a case, or when no clock runs (or it is paused)." })
  async responseDueAt(@Parent() mention: SocialMention, @Context() ctx: object): Promise<Date | null> {
    if (!mention.caseId) return null;
    let loader = loaders.get(ctx);
    if (!loader) {
      loader = new DataLoader(async (caseIds: readonly string[]) => {
        const states = await this.clocks.statesOf(caseIds);
        return caseIds.map((id) => states.get(id)?.responseDueAt ?? null);
      });
      loaders.set(ctx, loader);
    }
    return loader.load(mention.caseId);
  }
}
