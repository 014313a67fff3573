import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { ActivityKind } from '../../common/graphql/enums';
import { SubjectRef } from './subject-ref.type';

/** Record fields whose changes are tracked, by any kind of record: what a follow can narrow to. */
export const FOLLOWABLE_FIELDS = ['stage', 'amount', 'closeDate', 'status', 'priority', 'tier', 'owner'] as const;

@InputType({ description: 'What a follow delivers. Leave a field out (or null) to keep everything on that axis.' })
export class FollowFilterInput {
  @Field(() => [ActivityKind], { nullable: true, description: 'Only these kinds of activity, e.g. [POST]. Null: every kind.' })
  kinds?: ActivityKind[] | null;

  @Field(() => [String], {
    nullable: true,
    description: `Record changes only when one of these fields moved: ${FOLLOWABLE_FIELDS.join(', ')}. Null: any field.`,
  })
  fields?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: "Also deliver what happens on the subject's deals, cases and documents (default true)." })
  includeRelated?: boolean | null;
}

@ObjectType({ description: 'One of my follows and what it delivers.' })
export class FollowSettings {
  @Field(() => SubjectRef)
  subject: SubjectRef;

  @Field(() => [ActivityKind], { nullable: true })
  kinds: ActivityKind[] | null;

  @Field(() => [String], { nullable: true })
  fields: string[] | null;

  @Field()
  includeRelated: boolean;

  @Field({ description: 'Delivery starts from this moment.' })
  since: Date;
}
