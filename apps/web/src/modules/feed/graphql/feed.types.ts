// Names for the generated GraphQL types (src/gql, `npm run codegen`) that this module's code uses.
// Nothing here is written by hand: each name points at a generated operation or fragment type.
import type {
  ActivityFieldsFragment,
  CommentFieldsFragment,
  FeedQuery,
  ReactionFieldsFragment,
  FollowingQuery,
} from 'src/gql/graphql';

export type { ActivityKind, FeedFilter, Reaction, SubjectKind } from 'src/gql/graphql';
export type Activity = ActivityFieldsFragment;
export type FeedComment = CommentFieldsFragment;
export type ReactionSummary = ReactionFieldsFragment;
/** A reaction's count as pushes carry it: the same for every reader, so without "reacted by me". */
export type ReactionCount = Pick<ReactionSummary, 'reaction' | 'emoji' | 'count'>;
export type FeedEdge = FeedQuery['feed']['edges'][number];
export type FieldChange = NonNullable<Activity['changes']>[number];
export type PersonRef = NonNullable<Activity['actor']>;
/** A subject as the feed shows it; the account's name where the document asks for it. */
export type SubjectRef = NonNullable<Activity['subject']> & Partial<Pick<FollowingQuery['following'][number], 'accountName'>>;
