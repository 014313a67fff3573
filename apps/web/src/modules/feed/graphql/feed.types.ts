// Hand-written result types for the feed documents (codegen is not set up yet).
// They follow docs/schema-draft.graphql; the emitted apps/api/schema.graphql wins once it exists.

export type ActivityKind = 'POST' | 'RECORD_CHANGE' | 'SOCIAL_MENTION' | 'SYSTEM' | 'NEW_VERSION' | 'BUSINESS_EVENT';
export type FeedFilter = 'FOLLOWING' | 'TO_ME' | 'SUBJECT' | 'SOCIAL' | 'BOOKMARKED';
export type SubjectKind = 'ACCOUNT' | 'DEAL' | 'CASE' | 'DOCUMENT' | 'EMPLOYEE' | 'TEAM' | 'TOPIC';

export interface PersonRef {
  __typename?: 'Employee';
  id: string;
  name: string;
  handle: string;
}

export interface SubjectRef {
  __typename?: 'SubjectRef';
  id: string;
  kind: SubjectKind;
  name: string;
  /** A deal's, case's or document's account (asked for where two records could share a name). */
  accountName?: string | null;
}

export interface FieldChange {
  __typename?: 'FieldChange';
  field: string;
  from: string | null;
  to: string | null;
}

export type Reaction = 'LIKE' | 'LOVE' | 'CELEBRATE' | 'INSIGHTFUL' | 'LAUGH' | 'SURPRISED' | 'EYES';

/** How many people reacted one way, and whether I am one of them. */
export interface ReactionSummary {
  __typename?: 'ReactionSummary';
  reaction: Reaction;
  emoji: string;
  count: number;
  reactedByMe: boolean;
}

/** A reaction's count as pushes carry it: the same for every reader, so without "reacted by me". */
export interface ReactionCount {
  reaction: Reaction;
  emoji: string;
  count: number;
}

export interface FeedComment {
  __typename?: 'Comment';
  id: string;
  activityId: string;
  // Null once removed: the comment stays as a tombstone.
  body: string | null;
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
  author: PersonRef;
  reactions: ReactionSummary[];
}

export interface Activity {
  __typename?: 'Activity';
  id: string;
  // More kinds may be added by the server (e.g. NEW_VERSION); unknown ones render as plain cards.
  kind: ActivityKind | (string & {});
  createdAt: string;
  subjectId: string;
  // Null when the server cannot describe the subject (e.g. it was removed).
  subject: SubjectRef | null;
  actor: PersonRef | null;
  body: string | null;
  changes: FieldChange[] | null;
  commentCount: number;
  comments: FeedComment[];
  editedAt: string | null;
  // Set once removed: the activity stays as a tombstone with no body or changes.
  deletedAt: string | null;
  updatedAt: string | null;
  // Per viewer; socket pushes do not carry these, so live items start from the defaults.
  reactions: ReactionSummary[];
  isBookmarkedByMe: boolean;
  isMutedByMe: boolean;
}

export interface FeedEdge {
  __typename?: 'FeedEdge';
  cursor: string;
  node: Activity;
}

export interface PageInfo {
  __typename?: 'PageInfo';
  hasNextPage: boolean;
  endCursor: string | null;
}

/** What a backward page (last/before) says: whether items newer than its first edge remain. */
export interface BackwardPageInfo {
  __typename?: 'PageInfo';
  hasPreviousPage: boolean;
  startCursor: string | null;
}

export interface FeedConnection {
  __typename?: 'FeedConnection';
  edges: FeedEdge[];
  pageInfo: PageInfo;
}

export interface FeedQueryData {
  feed: FeedConnection;
}

export type FeedQueryVars = {
  filter: FeedFilter;
  subjectId?: string | null;
  first: number;
  after?: string | null;
};

export interface FeedCatchUpData {
  feed: { __typename?: 'FeedConnection'; edges: FeedEdge[]; pageInfo: BackwardPageInfo };
}

export type FeedCatchUpVars = {
  filter: FeedFilter;
  subjectId?: string | null;
  last: number;
  before: string;
};

export interface AddCommentData {
  comment: FeedComment;
}

export type AddCommentVars = {
  activityId: string;
  body: string;
};
