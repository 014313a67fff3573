import { graphql } from 'src/gql';

/** How many recent notifications the panel lists. */
export const NOTIFICATIONS_SHOWN = 20;

export const NOTIFICATIONS_QUERY = graphql(`
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
`);

export const UNREAD_COUNT_QUERY = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const MARK_NOTIFICATIONS_READ = graphql(`
  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {
    markNotificationsRead(ids: $ids, all: $all)
  }
`);
