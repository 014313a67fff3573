import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { CurrentEmployee } from '../../common/request-identity';
import { Employee } from '../people/entities/employee.entity';
import { Case } from '../records/entities/case.entity';
import { CaseSlaState, SlaClocksService } from './sla-clocks.service';
import { SlaStatus } from './sla.types';
import { SocialReplyService } from './social-reply.service';

/** The SLA's fields on Case, batched per request (one statement for a page of cases), and logSocialReply. */
@Resolver(() => Case)
export class CaseSlaResolver {
  private readonly loaders = new WeakMap<object, DataLoader<string, CaseSlaState | null>>();

  constructor(
    private readonly clocks: SlaClocksService,
    private readonly replies: SocialReplyService,
  ) {}

  @ResolveField(() => Date, { nullable: true, description: "The running response clock's due time; null when none runs or it is paused." })
  async responseDueAt(@Parent() record: Case, @Context() ctx: object): Promise<Date | null> {
    return (await this.stateLoader(ctx).load(record.id))?.responseDueAt ?? null;
  }

  @ResolveField(() => SlaStatus, { nullable: true, description: 'Against the latest response clock; null for a case that never had one.' })
  async slaStatus(@Parent() record: Case, @Context() ctx: object): Promise<SlaStatus | null> {
    return (await this.stateLoader(ctx).load(record.id))?.status ?? null;
  }

  @Mutation(() => Case, { description: 'Logs a public reply made elsewhere on the case and stops its running response clock.' })
  logSocialReply(
    @CurrentEmployee() me: Employee,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('body') body: string,
    @Args('url', { type: () => String, nullable: true }) url: string | null,
  ): Promise<Case> {
    return this.replies.log(me, caseId, body, url ?? null);
  }

  private stateLoader(ctx: object): DataLoader<string, CaseSlaState | null> {
    let loader = this.loaders.get(ctx);
    if (!loader) {
      loader = new DataLoader(async (ids: readonly string[]) => {
        const states = await this.clocks.statesOf(ids);
        return ids.map((id) => states.get(id) ?? null);
      });
      this.loaders.set(ctx, loader);
    }
    return loader;
  }
}
