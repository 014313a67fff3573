import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { InfluenceBand } from './insights.enums';

@ObjectType({
  description:
    'How much a person moves the conversation over the last 90 days: posts written, comments and reactions received ' +
    '(from others), counted within what the viewer can open, and ranked against every active colleague.',
})
export class Influence {
  @Field(() => InfluenceBand, { description: 'OBSERVER: nothing yet; then CONTRIBUTOR, ACTIVE_INFLUENCER (top half), TOP_INFLUENCER (top fifth).' })
  band: InfluenceBand;

  @Field(() => Int)
  posts: number;

  @Field(() => Int)
  commentsReceived: number;

  @Field(() => Int)
  reactionsReceived: number;

  @Field(() => Float, { description: 'Share of active colleagues with a lower score, 0 to 1.' })
  percentile: number;
}
