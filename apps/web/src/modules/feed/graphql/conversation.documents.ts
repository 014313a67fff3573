import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import { COMMENT_FIELDS, REACTION_FIELDS } from 'src/modules/feed/graphql/feed.documents';
import type { Activity, FeedComment, Reaction, ReactionSummary } from 'src/modules/feed/graphql/feed.types';

export type ActivityVars = { activityId: string };
export type CommentVars = { commentId: string };
export type ReactVars = { activityId: string; commentId?: string | null; reaction: Reaction };

export const REACT: TypedDocumentNode<{ react: ReactionSummary[] }, ReactVars> = gql`
  mutation React($activityId: ID!, $commentId: ID, $reaction: Reaction!) {
    react(activityId: $activityId, commentId: $commentId, reaction: $reaction) {
      ...ReactionFields
    }
  }
  ${REACTION_FIELDS}
`;

export const UNREACT: TypedDocumentNode<{ unreact: ReactionSummary[] }, ReactVars> = gql`
  mutation Unreact($activityId: ID!, $commentId: ID, $reaction: Reaction!) {
    unreact(activityId: $activityId, commentId: $commentId, reaction: $reaction) {
      ...ReactionFields
    }
  }
  ${REACTION_FIELDS}
`;

// Mutations ask back for what they change, so the normalized cache updates every card showing it.
export const EDIT_POST: TypedDocumentNode<
  { editPost: Pick<Activity, 'id' | 'body' | 'editedAt' | 'updatedAt'> },
  ActivityVars & { body: string }
> = gql`
  mutation EditPost($activityId: ID!, $body: String!) {
    editPost(activityId: $activityId, body: $body) {
      id
      body
      editedAt
      updatedAt
    }
  }
`;

export const EDIT_COMMENT: TypedDocumentNode<
  { editComment: Pick<FeedComment, 'id' | 'body' | 'editedAt'> },
  CommentVars & { body: string }
> = gql`
  mutation EditComment($commentId: ID!, $body: String!) {
    editComment(commentId: $commentId, body: $body) {
      id
      body
      editedAt
    }
  }
`;

export const REMOVE_ACTIVITY: TypedDocumentNode<
  { removeActivity: Pick<Activity, 'id' | 'body' | 'changes' | 'deletedAt' | 'updatedAt'> },
  ActivityVars
> = gql`
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
`;

export const REMOVE_COMMENT: TypedDocumentNode<
  { removeComment: Pick<FeedComment, 'id' | 'activityId' | 'body' | 'deletedAt'> },
  CommentVars
> = gql`
  mutation RemoveComment($commentId: ID!) {
    removeComment(commentId: $commentId) {
      id
      activityId
      body
      deletedAt
    }
  }
`;

export const BOOKMARK: TypedDocumentNode<{ bookmark: boolean }, ActivityVars> = gql`
  mutation Bookmark($activityId: ID!) {
    bookmark(activityId: $activityId)
  }
`;

export const UNBOOKMARK: TypedDocumentNode<{ unbookmark: boolean }, ActivityVars> = gql`
  mutation Unbookmark($activityId: ID!) {
    unbookmark(activityId: $activityId)
  }
`;

export const MUTE_THREAD: TypedDocumentNode<{ muteThread: boolean }, ActivityVars> = gql`
  mutation MuteThread($activityId: ID!) {
    muteThread(activityId: $activityId)
  }
`;

export const UNMUTE_THREAD: TypedDocumentNode<{ unmuteThread: boolean }, ActivityVars> = gql`
  mutation UnmuteThread($activityId: ID!) {
    unmuteThread(activityId: $activityId)
  }
`;

/** A thread's comments (with tombstones) and count, for when the cached ones fall behind. */
export const ACTIVITY_COMMENTS: TypedDocumentNode<
  { activity: Pick<Activity, 'id' | 'commentCount' | 'comments'> },
  { id: string }
> = gql`
  query ActivityComments($id: ID!) {
    activity(id: $id) {
      id
      commentCount
      comments {
        ...CommentFields
      }
    }
  }
  ${COMMENT_FIELDS}
`;
