import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '../../feed/activity.types';
import { SocialMention } from '../../integrations/social/social-mention.types';

export enum SocialInboxOrder {
  /** Newest first. */
  NEWEST = 'NEWEST',
  /** URGENT first, then newest. */
  PRIORITY = 'PRIORITY',
  /** The case's running response clock due soonest first; mentions without one last, oldest first. */
  DUE = 'DUE',
}
registerEnumType(SocialInboxOrder, { name: 'SocialInboxOrder' });

@ObjectType()
export class SocialMentionEdge {
  @Field()
  cursor: string;
  @Field(() => SocialMention)
  node: SocialMention;
}

@ObjectType()
export class SocialMentionConnection {
  @Field(() => [SocialMentionEdge])
  edges: SocialMentionEdge[];
  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ObjectType({ description: "How well the intent classifier reads the corrections kept out of its training." })
export class ClassifierAccuracy {
  @Field(() => Int, { description: 'Held-out corrections (a fifth of all, chosen by mention).' })
  heldOut: number;
  @Field(() => Int)
  correct: number;
  @Field(() => Float, { nullable: true, description: 'correct / heldOut; null before any held-out correction.' })
  accuracy: number | null;
  @Field(() => Int, { description: 'Examples it learned from: the shipped seed plus the other corrections.' })
  trainingExamples: number;
}
