import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum NotificationKindEnum {
  MENTION = 'MENTION',
  REPLY = 'REPLY',
  REACTION = 'REACTION',
  ASSIGNMENT = 'ASSIGNMENT',
  /** A case's response clock reached 75% of its time. */
  SLA_AT_RISK = 'SLA_AT_RISK',
  /** A case's response clock ran out. */
  SLA_BREACHED = 'SLA_BREACHED',
}
registerEnumType(NotificationKindEnum, { name: 'NotificationKind' });

@ObjectType({ description: 'Something addressed to you: a mention, a reply, a reaction, an assignment, an SLA warning.' })
export class Notification {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKindEnum)
  kind: NotificationKindEnum;

  @Field(() => ID, { nullable: true })
  actorId: string | null;

  @Field(() => ID)
  activityId: string;

  @Field(() => ID, { nullable: true })
  commentId: string | null;

  @Field(() => ID)
  subjectId: string;

  @Field()
  createdAt: Date;

  @Field()
  read: boolean;
}
