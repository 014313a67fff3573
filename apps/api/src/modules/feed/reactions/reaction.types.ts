import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Reaction } from '../feed.enums';

@ObjectType({ description: 'How many people reacted one way, and whether I am one of them.' })
export class ReactionSummary {
  @Field(() => Reaction)
  reaction: Reaction;

  @Field({ description: 'The emoji clients show for it.' })
  emoji: string;

  @Field(() => Int)
  count: number;

  @Field()
  reactedByMe: boolean;
}
