import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { CasePriority, MentionIntent, SocialQueue } from '../../../common/graphql/enums';
import { CurrentEmployee } from '../../../common/request-identity';
import { SocialMention } from '../../integrations/social/social-mention.types';
import { Employee } from '../../people/entities/employee.entity';
import { Case } from '../../records/entities/case.entity';
import { CASE_SPEC } from '../../records';
import { RecordsService } from '../../records/records.service';
import { SocialPersona } from '../personas/persona.types';
import { PersonasService } from '../personas/personas.service';
import { ClassifierService } from '../scoring/classifier.service';
import { SocialInboxService } from './inbox.service';
import { ClassifierAccuracy, SocialInboxOrder, SocialMentionConnection } from './inbox.types';

const idArg = { type: () => ID };

@Resolver(() => SocialMention)
export class SocialInboxResolver {
  constructor(
    private readonly inbox: SocialInboxService,
    private readonly records: RecordsService,
    private readonly classifier: ClassifierService,
  ) {}

  @Query(() => SocialMentionConnection, {
    description:
      'The social inbox. NEW: matched, untouched; ASSIGNED: claimed or on an open case; UNMATCHED: no account yet (admins and the default social team); ' +
      'DONE: dismissed or its case resolved/closed. Only mentions of accounts you can open.',
  })
  socialInbox(
    @CurrentEmployee() me: Employee,
    @Args('queue', { type: () => SocialQueue, defaultValue: SocialQueue.NEW }) queue: SocialQueue,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('priority', { type: () => CasePriority, nullable: true, description: 'Only this priority.' }) priority: CasePriority | null,
    @Args('orderBy', { type: () => SocialInboxOrder, defaultValue: SocialInboxOrder.NEWEST }) orderBy: SocialInboxOrder,
  ): Promise<SocialMentionConnection> {
    return this.inbox.inbox(me, { queue, first: first ?? 20, after, priority, orderBy });
  }

  @Query(() => ClassifierAccuracy, { description: "The intent classifier's accuracy on held-out corrections." })
  socialClassifierAccuracy(): Promise<ClassifierAccuracy> {
    return this.classifier.classifierAccuracy();
  }

  @Mutation(() => SocialMention, { description: 'Take it: it moves to ASSIGNED with you as the one on it.' })
  claimMention(@CurrentEmployee() me: Employee, @Args('mentionId', idArg) mentionId: string): Promise<SocialMention> {
    return this.inbox.claim(me, mentionId);
  }

  @Mutation(() => SocialMention, { description: 'Nothing to do: it moves to DONE.' })
  dismissMention(@CurrentEmployee() me: Employee, @Args('mentionId', idArg) mentionId: string): Promise<SocialMention> {
    return this.inbox.dismiss(me, mentionId);
  }

  @Mutation(() => SocialMention, { description: 'Correct the intent (the classifier learns it) and/or the account (the persona is linked to it).' })
  correctMention(
    @CurrentEmployee() me: Employee,
    @Args('mentionId', idArg) mentionId: string,
    @Args('intent', { type: () => MentionIntent, nullable: true }) intent: MentionIntent | null,
    @Args('accountId', { type: () => ID, nullable: true }) accountId: string | null,
  ): Promise<SocialMention> {
    return this.inbox.correct(me, mentionId, intent, accountId);
  }

  @Mutation(() => Case, { description: "Open a case from the mention (or join its author's recent case), for the account's support team." })
  async convertMentionToCase(@CurrentEmployee() me: Employee, @Args('mentionId', idArg) mentionId: string): Promise<Case> {
    const caseId = await this.inbox.convert(me, mentionId);
    return this.records.findVisible(me.id, CASE_SPEC, caseId);
  }

  @Mutation(() => Case, { description: "Put the mention on an existing case of its account." })
  async linkMentionToCase(@CurrentEmployee() me: Employee, @Args('mentionId', idArg) mentionId: string, @Args('caseId', idArg) caseId: string): Promise<Case> {
    await this.inbox.link(me, mentionId, caseId);
    return this.records.findVisible(me.id, CASE_SPEC, caseId);
  }
}

const caseLoaders = new WeakMap<object, DataLoader<string, SocialMention[]>>();
const personaLoaders = new WeakMap<object, DataLoader<string, SocialPersona | null>>();

/** `SocialMention.persona`: one statement per page. Visible with the mention it is read from. */
@Resolver(() => SocialMention)
export class MentionPersonaResolver {
  constructor(private readonly personas: PersonasService) {}

  @ResolveField(() => SocialPersona, { nullable: true, description: 'Who posted it (network + handle), once routed.' })
  persona(@Parent() m: SocialMention, @Context() ctx: object): Promise<SocialPersona | null> | null {
    if (!m.personaId) return null;
    let loader = personaLoaders.get(ctx);
    if (!loader) {
      loader = new DataLoader(async (ids: readonly string[]) => {
        const byId = new Map((await this.personas.findByIds(ids)).map((p) => [p.id, p]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      personaLoaders.set(ctx, loader);
    }
    return loader.load(m.personaId);
  }
}

/** `Case.mentions`: one statement per page of cases. */
@Resolver(() => Case)
export class CaseMentionsResolver {
  constructor(private readonly inbox: SocialInboxService) {}

  @ResolveField(() => [SocialMention], { description: 'The social mentions on this case, oldest first.' })
  mentions(@Parent() c: Case, @Context() ctx: object): Promise<SocialMention[]> {
    let loader = caseLoaders.get(ctx);
    if (!loader) {
      loader = new DataLoader(async (ids: readonly string[]) => {
        const byCase = await this.inbox.mentionsOfCases(ids);
        return ids.map((id) => byCase.get(id) ?? []);
      });
      caseLoaders.set(ctx, loader);
    }
    return loader.load(c.id);
  }
}
