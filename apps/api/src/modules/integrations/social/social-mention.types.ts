import type { PushedSocialMention } from '@tidings/contracts';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { influenceBand, influenceScore } from './author-influence';
import { CasePriority, MentionIntent, SocialInfluenceBand, SocialNetwork } from '../../../common/graphql/enums';

@ObjectType({ description: 'Who posted a social mention.' })
export class SocialAuthor {
  @Field({ description: 'Without the leading @ (on Facebook, the author id).' })
  handle: string;
  @Field(() => String, { nullable: true })
  name: string | null;
  @Field(() => Int)
  followers: number;
  @Field()
  verified: boolean;
  @Field(() => Float, { description: 'Reach of the author, 0 to 1 (log of followers).' })
  influence: number;
  @Field(() => SocialInfluenceBand, { description: 'LOW under 1k followers, MEDIUM 1k+, HIGH 10k+, TOP 100k+; verified counts one band higher.' })
  influenceBand: SocialInfluenceBand;
}

@ObjectType({ description: 'A post on an external network, ingested through a connector and matched to an account.' })
export class SocialMention {
  @Field(() => ID)
  id: string;
  @Field(() => SocialNetwork)
  network: SocialNetwork;
  @Field()
  externalId: string;
  @Field(() => String, { nullable: true })
  url: string | null;
  @Field()
  text: string;
  @Field()
  postedAt: Date;
  @Field(() => String, { nullable: true })
  lang: string | null;
  @Field(() => SocialAuthor)
  author: SocialAuthor;
  @Field(() => Float, { description: '-1 (negative) to 1 (positive); 0 until scored.' })
  sentiment: number;
  @Field(() => MentionIntent)
  intent: MentionIntent;
  @Field(() => CasePriority)
  priority: CasePriority;
  @Field(() => [String])
  why: string[];
  @Field(() => ID, { nullable: true })
  accountId: string | null;
  @Field(() => Float, { nullable: true, description: 'How sure the match to accountId is, 0 to 1.' })
  matchConfidence: number | null;
  @Field(() => ID, { nullable: true })
  caseId: string | null;
  @Field(() => String, { nullable: true, description: 'The network id of the post this one answers.' })
  replyToId: string | null;
  @Field(() => Date, { nullable: true })
  editedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'Removed on the network: text stays for the record, the feed item is a tombstone.' })
  removedAt: Date | null;
  @Field(() => ID, { nullable: true, description: 'The persona (network + handle) who posted it; set once routed.' })
  personaId: string | null;
  @Field(() => Date, { nullable: true, description: 'When scoring and routing ran; until then sentiment, intent and priority are defaults.' })
  routedAt: Date | null;
  @Field(() => ID, { nullable: true, description: 'The routing rule that matched (first match wins).' })
  routingRuleId: string | null;
  @Field(() => ID, { nullable: true, description: 'Who claimed it in the social inbox.' })
  claimedById: string | null;
  @Field(() => Date, { nullable: true })
  claimedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'Dismissed from the inbox: nothing to do.' })
  dismissedAt: Date | null;
}

export interface SocialMentionRow {
  id: string;
  network: string;
  external_id: string;
  url: string | null;
  text: string;
  posted_at: Date;
  lang: string | null;
  author_handle: string;
  author_name: string | null;
  author_followers: number;
  author_verified: boolean;
  sentiment: number;
  intent: string;
  priority: string;
  why: string[];
  account_id: string | null;
  match_confidence: number | null;
  case_id: string | null;
  reply_to_external_id: string | null;
  edited_at: Date | null;
  removed_at: Date | null;
  activity_id: string | null;
  persona_id?: string | null;
  routed_at?: Date | null;
  routing_rule_id?: string | null;
  claimed_by?: string | null;
  claimed_at?: Date | null;
  dismissed_at?: Date | null;
}

export function toSocialMention(r: SocialMentionRow): SocialMention {
  return {
    id: r.id,
    network: r.network.toUpperCase() as SocialNetwork,
    externalId: r.external_id,
    url: r.url,
    text: r.text,
    postedAt: r.posted_at,
    lang: r.lang,
    author: {
      handle: r.author_handle,
      name: r.author_name,
      followers: r.author_followers,
      verified: r.author_verified,
      influence: influenceScore(r.author_followers),
      influenceBand: influenceBand(r.author_followers, r.author_verified),
    },
    sentiment: r.sentiment,
    intent: r.intent as MentionIntent,
    priority: r.priority as CasePriority,
    why: r.why,
    accountId: r.account_id,
    matchConfidence: r.match_confidence,
    caseId: r.case_id,
    replyToId: r.reply_to_external_id,
    editedAt: r.edited_at,
    removedAt: r.removed_at,
    personaId: r.persona_id ?? null,
    routedAt: r.routed_at ?? null,
    routingRuleId: r.routing_rule_id ?? null,
    claimedById: r.claimed_by ?? null,
    claimedAt: r.claimed_at ?? null,
    dismissedAt: r.dismissed_at ?? null,
  };
}

/** The socket form of a mention (libs/contracts PushedSocialMention). */
export function toPushedSocialMention(m: SocialMention): PushedSocialMention {
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  return {
    id: m.id,
    network: m.network,
    externalId: m.externalId,
    url: m.url,
    text: m.text,
    postedAt: new Date(m.postedAt).toISOString(),
    author: { ...m.author },
    sentiment: m.sentiment,
    intent: m.intent,
    priority: m.priority,
    why: m.why,
    accountId: m.accountId,
    matchConfidence: m.matchConfidence,
    caseId: m.caseId,
    personaId: m.personaId,
    routedAt: iso(m.routedAt),
    claimedById: m.claimedById,
    dismissedAt: iso(m.dismissedAt),
    removedAt: iso(m.removedAt),
  };
}
