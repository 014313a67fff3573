import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import type {
  MarkReadData,
  MarkReadVars,
  NotificationsData,
  NotificationsVars,
  UnreadCountData,
} from 'src/modules/notifications/graphql/notifications.types';

/** How many recent notifications the panel lists. */
export const NOTIFICATIONS_SHOWN = 20;

export const NOTIFICATIONS_QUERY: TypedDocumentNode<NotificationsData, NotificationsVars> = gql`
  query Notifications($first: Int!, $unreadOnly: Boolean) {
    notifications(first: $first, unreadOnly: $unreadOnly) {
      id
      kind
      read
      createdAt
      activityId
      commentId
      subjectId
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
      activity {
        id
        body
        actor {
          id
        }
        comments {
          id
          body
        }
      }
    }
  }
`;

export const UNREAD_COUNT_QUERY: TypedDocumentNode<UnreadCountData, Record<string, never>> = gql`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`;

export const MARK_NOTIFICATIONS_READ: TypedDocumentNode<MarkReadData, MarkReadVars> = gql`
  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {
    markNotificationsRead(ids: $ids, all: $all)
  }
`;
