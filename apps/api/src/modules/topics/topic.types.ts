import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A #topic: a subject anyone can follow; posts that name it reach its followers.' })
export class Topic {
  @Field(() => ID)
  id: string;

  @Field({ description: 'As first written, without the #.' })
  name: string;

  @Field()
  createdAt: Date;
}

@ObjectType()
export class TrendingTopic {
  @Field(() => Topic)
  topic: Topic;

  @Field(() => Int, { description: 'Posts and comments that named it in the last 7 days, among those I can open.' })
  uses: number;
}
