import { graphql } from 'src/gql';

// Inlined (not spread) in the feed's fragments: the API's depth limit counts each fragment
// spread as a level, and the feed query is already deep.
export const REACTION_FIELDS = graphql(`
  fragment ReactionFields on ReactionSummary {
    reaction
    emoji
    count
    reactedByMe
  }
`);

export const COMMENT_FIELDS = graphql(`
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
`);

// The socket's feed:item carries these same fields minus comments and the per-viewer flags, and
// reactions as counts only; live items get defaults for the rest (see feed-item-event.ts).
export const ACTIVITY_FIELDS = graphql(`
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
`);

export const FEED_QUERY = graphql(`
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
`);

// The items just newer than `before`, newest first: what a reconnecting feed pages through.
export const FEED_CATCH_UP_QUERY = graphql(`
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
`);

export const ADD_COMMENT = graphql(`
  mutation AddComment($activityId: ID!, $body: String!) {
    comment(activityId: $activityId, body: $body) {
      ...CommentFields
    }
  }
`);
