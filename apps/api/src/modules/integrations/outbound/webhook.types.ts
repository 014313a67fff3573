import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, Length } from 'class-validator';
import { ActivityKind } from '../../../common/graphql/enums';
import { WebhookDeliveryStatus } from '../integrations.enums';

@InputType()
export class CreateWebhookSubscriptionInput {
  @Field({ description: 'http(s) URL that receives a signed POST per matching activity on a public subject.' })
  @Length(1, 2000, { message: 'must be 1 to 2,000 characters' })
  url: string;

  @Field(() => [ActivityKind])
  @ArrayMinSize(1, { message: 'name at least one activity kind' })
  @ArrayMaxSize(20, { message: 'at most 20 kinds' })
  kinds: ActivityKind[];
}

@ObjectType({ description: 'An outbound webhook: activities of these kinds on public subjects are POSTed to url.' })
export class WebhookSubscription {
  @Field(() => ID)
  id: string;
  @Field()
  url: string;
  @Field(() => [ActivityKind])
  kinds: ActivityKind[];
  @Field()
  active: boolean;
  @Field()
  createdAt: Date;
  @Field(() => String, {
    nullable: true,
    description: 'The signing secret: returned once, by createWebhookSubscription. Verify X-Tidings-Signature with it.',
  })
  secret: string | null;
}

@ObjectType({ description: 'One activity sent (or being sent) to one subscription.' })
export class WebhookDelivery {
  @Field(() => ID, { description: 'Also sent as X-Tidings-Delivery, for receivers to deduplicate.' })
  id: string;
  @Field(() => ID)
  subscriptionId: string;
  @Field(() => ID)
  activityId: string;
  @Field(() => WebhookDeliveryStatus)
  status: WebhookDeliveryStatus;
  @Field(() => Int)
  attempts: number;
  @Field(() => Int, { nullable: true })
  lastStatusCode: number | null;
  @Field(() => String, { nullable: true })
  lastError: string | null;
  @Field()
  createdAt: Date;
  @Field(() => Date, { nullable: true })
  lastAttemptAt: Date | null;
  @Field(() => Date, { nullable: true })
  deliveredAt: Date | null;
}
