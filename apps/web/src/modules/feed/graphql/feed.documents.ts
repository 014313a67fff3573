import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import type {
  Activity,
  AddCommentData,
  AddCommentVars,
  FeedCatchUpData,
  FeedCatchUpVars,
  FeedComment,
  FeedQueryData,
  FeedQueryVars,
  ReactionSummary,
} from 'src/modules/feed/graphql/feed.types';

// Inlined (not spread) in the feed's fragments: the API's depth limit counts each fragment
// spread as a level, and the feed query is already deep.
export const REACTION_FIELDS: TypedDocumentNode<ReactionSummary> = gql`
  fragment ReactionFields on ReactionSummary {
    reaction
    emoji
    count
    reactedByMe
  }
`;

export const COMMENT_FIELDS: TypedDocumentNode<FeedComment> = gql`
  fragment CommentFields on Comment {
    id
    activityId
    body
    createdAt
    editedAt
    deletedAt
    author {
      id
      name
      handle
    }
    reactions {
      reaction
      emoji
      count
      reactedByMe
    }
  }
`;

// The socket's feed:item carries these same fields minus comments and the per-viewer flags, and
// reactions as counts only; live items get defaults for the rest (see feed-item-event.ts).
export const ACTIVITY_FIELDS: TypedDocumentNode<Activity> = gql`
  fragment ActivityFields on Activity {
    id
    kind
    createdAt
    subjectId
    body
    commentCount
    actor {
      id
      name
      handle
    }
    subject {
      id
      kind
      name
    }
    changes {
      field
      from
      to
    }
    comments {
      ...CommentFields
    }
    editedAt
    deletedAt
    updatedAt
    reactions {
      reaction
      emoji
      count
      reactedByMe
    }
    isBookmarkedByMe
    isMutedByMe
  }
  ${COMMENT_FIELDS}
`;

export const FEED_QUERY: TypedDocumentNode<FeedQueryData, FeedQueryVars> = gql`
  query Feed($filter: FeedFilter!, $subjectId: ID, $first: Int!, $after: String) {
    feed(filter: $filter, subjectId: $subjectId, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...ActivityFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${ACTIVITY_FIELDS}
`;

// The items just newer than `before`, newest first: what a reconnecting feed pages through.
export const FEED_CATCH_UP_QUERY: TypedDocumentNode<FeedCatchUpData, FeedCatchUpVars> = gql`
  query FeedCatchUp($filter: FeedFilter!, $subjectId: ID, $last: Int!, $before: String!) {
    feed(filter: $filter, subjectId: $subjectId, last: $last, before: $before) {
      edges {
        cursor
        node {
          ...ActivityFields
        }
      }
      pageInfo {
        hasPreviousPage
        startCursor
      }
    }
  }
  ${ACTIVITY_FIELDS}
`;

export const ADD_COMMENT: TypedDocumentNode<AddCommentData, AddCommentVars> = gql`
  mutation AddComment($activityId: ID!, $body: String!) {
    comment(activityId: $activityId, body: $body) {
      ...CommentFields
    }
  }
  ${COMMENT_FIELDS}
`;
