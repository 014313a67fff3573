// Hand-written result types for the notification documents (codegen is not set up yet); they
// follow apps/api/schema.graphql.
import type { PersonRef, SubjectRef } from 'src/modules/feed/graphql/feed.types';

export type NotificationKind = 'MENTION' | 'REPLY' | 'REACTION' | 'ASSIGNMENT' | 'SLA_AT_RISK' | 'SLA_BREACHED';

export interface AppNotification {
  __typename?: 'Notification';
  id: string;
  // The server may add kinds; unknown ones get a plain sentence.
  kind: NotificationKind | (string & {});
  read: boolean;
  createdAt: string;
  activityId: string;
  commentId: string | null;
  subjectId: string;
  actor: PersonRef | null;
  // Null when the server cannot describe the subject.
  subject: SubjectRef | null;
  // Who wrote what it is about: tells "your post" from "a thread you are in".
  // Its text, for the preview: the post's body, or the comment's when it is about a comment.
  activity?: {
    id: string;
    body?: string | null;
    actor: { id: string } | null;
    comments?: Array<{ id: string; body: string | null }>;
  } | null;
}

export interface NotificationsData {
  notifications: AppNotification[];
}

export type NotificationsVars = { first: number; unreadOnly?: boolean };

export interface UnreadCountData {
  unreadNotificationCount: number;
}

export interface MarkReadData {
  markNotificationsRead: number;
}

export type MarkReadVars = { ids?: string[] | null; all?: boolean | null };
