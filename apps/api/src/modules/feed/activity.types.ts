import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Length } from 'class-validator';
import { ActivityKind } from '../../common/graphql/enums';
import { SubjectRef } from '../follows/subject-ref.type';
import type { CommentReactionCounts, ReactionCount } from './reactions/reaction-counts';
import type { PushedSocialMention } from '@tidings/contracts';

@ObjectType({ description: 'One tracked field that moved.' })
export class FieldChange {
  @Field()
  field: string;
  @Field(() => String, { nullable: true })
  from: string | null;
  @Field(() => String, { nullable: true })
  to: string | null;
}

@ObjectType({ description: 'One thing that happened: a post, a record change, a social mention, a system notice.' })
export class Activity {
  @Field(() => ID)
  id: string;

  @Field(() => ActivityKind)
  kind: ActivityKind;

  @Field()
  createdAt: Date;

  @Field(() => ID)
  subjectId: string;

  @Field(() => ID, { nullable: true })
  actorId: string | null;

  @Field(() => String, { nullable: true, description: 'Post text, or a readable sentence for a change.' })
  body: string | null;

  @Field(() => [FieldChange], { nullable: true, description: 'Every step, in order, when a burst of changes folded into one activity.' })
  changes: FieldChange[] | null;

  @Field(() => Date, { nullable: true, description: 'When its author last edited the post: clients show "edited".' })
  editedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was removed. The activity stays as a tombstone: body, changes and mentions are gone.' })
  deletedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it last changed after it was written: folded changes, an edit, a removal, a comment, a reaction.' })
  updatedAt: Date | null;
}

@ObjectType({ description: 'Relay page info. A forward page (first/after) says whether older items follow; a backward page (last/before) whether newer ones do.' })
export class PageInfo {
  @Field({ description: 'More items after endCursor (older, in a feed). Always false on a backward page.' })
  hasNextPage: boolean;
  @Field(() => String, { nullable: true })
  endCursor: string | null;
  @Field({ description: 'More items before startCursor (newer, in a feed): keep paging with last/before. Always false on a forward page.' })
  hasPreviousPage: boolean;
  @Field(() => String, { nullable: true, description: 'The first edge\'s cursor: pass it as `before` for the items just newer.' })
  startCursor: string | null;
}

@ObjectType()
export class FeedEdge {
  @Field()
  cursor: string;
  @Field(() => Activity)
  node: Activity;
}

@ObjectType()
export class FeedConnection {
  @Field(() => [FeedEdge])
  edges: FeedEdge[];
  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@InputType()
export class PostInput {
  @Field(() => ID)
  subjectId: string;

  @Field({ description: 'Plain text, 1 to 10,000 characters.' })
  @Length(1, 10_000, { message: 'must be 1 to 10,000 characters' })
  body: string;
}

/** What a socket receives for one activity: the Activity shape with its actor and subject inlined. */
export interface ActivityPayload {
  id: string;
  kind: ActivityKind;
  createdAt: string;
  subjectId: string;
  subject: SubjectRef | null;
  actor: { id: string; name: string; handle: string } | null;
  body: string | null;
  changes: FieldChange[] | null;
  commentCount: number;
  /** Counts only, the same for every receiver: each keeps whether they are among them. */
  reactions: ReactionCount[];
  /** The same for each of its comments that has reactions. */
  commentReactions: CommentReactionCounts[];
  editedAt: string | null;
  deletedAt: string | null;
  updatedAt: string | null;
  /** SOCIAL_MENTION only: the mention, from the module that owns it (ActivityPresenter.attachSocialMentions). */
  socialMention?: PushedSocialMention | null;
}

