import { graphql } from 'src/gql';

export const REACT = graphql(`
  mutation React($activityId: ID!, $commentId: ID, $reaction: Reaction!) {
    react(activityId: $activityId, commentId: $commentId, reaction: $reaction) {
      ...ReactionFields
    }
  }
`);

export const UNREACT = graphql(`
  mutation Unreact($activityId: ID!, $commentId: ID, $reaction: Reaction!) {
    unreact(activityId: $activityId, commentId: $commentId, reaction: $reaction) {
      ...ReactionFields
    }
  }
`);

// Mutations ask back for what they change, so the normalized cache updates every card showing it.
export const EDIT_POST = graphql(`
  mutation EditPost($activityId: ID!, $body: String!) {
    editPost(activityId: $activityId, body: $body) {
      id
      body
      editedAt
      updatedAt
    }
  }
`);

export const EDIT_COMMENT = graphql(`
  mutation EditComment($commentId: ID!, $body: String!) {
    editComment(commentId: $commentId, body: $body) {
      id
      body
      editedAt
    }
  }
`);

export const REMOVE_ACTIVITY = graphql(`
  mutation RemoveActivity($activityId: ID!) {
    removeActivity(activityId: $activityId) {
      id
      body
      changes {
        field
        from
        to
      }
      deletedAt
      updatedAt
    }
  }
`);

export const REMOVE_COMMENT = graphql(`
  mutation RemoveComment($commentId: ID!) {
    removeComment(commentId: $commentId) {
      id
      activityId
      body
      deletedAt
    }
  }
`);

export const BOOKMARK = graphql(`
  mutation Bookmark($activityId: ID!) {
    bookmark(activityId: $activityId)
  }
`);

export const UNBOOKMARK = graphql(`
  mutation Unbookmark($activityId: ID!) {
    unbookmark(activityId: $activityId)
  }
`);

export const MUTE_THREAD = graphql(`
  mutation MuteThread($activityId: ID!) {
    muteThread(activityId: $activityId)
  }
`);

export const UNMUTE_THREAD = graphql(`
  mutation UnmuteThread($activityId: ID!) {
    unmuteThread(activityId: $activityId)
  }
`);

/** A thread's comments (with tombstones) and count, for when the cached ones fall behind. */
export const ACTIVITY_COMMENTS = graphql(`
  query ActivityComments($id: ID!) {
    activity(id: $id) {
      id
      commentCount
      comments {
        ...CommentFields
      }
    }
  }
`);
