import type { Role } from 'src/modules/auth/graphql/auth.types';
import type { Activity, FeedComment } from 'src/modules/feed/graphql/feed.types';

export interface Viewer {
  id: string;
  role: Role;
}

// The server decides; these only choose which menu entries to offer (schema: editPost,
// removeActivity, editComment, removeComment).
const REMOVABLE_KINDS = new Set(['POST', 'SOCIAL_MENTION']);

export function canEditPost(activity: Pick<Activity, 'kind' | 'actor' | 'deletedAt'>, viewer: Viewer | null): boolean {
  return !!viewer && activity.kind === 'POST' && !activity.deletedAt && activity.actor?.id === viewer.id;
}

export function canRemoveActivity(activity: Pick<Activity, 'kind' | 'actor' | 'deletedAt'>, viewer: Viewer | null): boolean {
  if (!viewer || activity.deletedAt || !REMOVABLE_KINDS.has(activity.kind)) return false;
  return viewer.role === 'ADMIN' || (activity.kind === 'POST' && activity.actor?.id === viewer.id);
}

export function canEditComment(comment: Pick<FeedComment, 'author' | 'deletedAt'>, viewer: Viewer | null): boolean {
  return !!viewer && !comment.deletedAt && comment.author.id === viewer.id;
}

export function canRemoveComment(comment: Pick<FeedComment, 'author' | 'deletedAt'>, viewer: Viewer | null): boolean {
  return !!viewer && !comment.deletedAt && (viewer.role === 'ADMIN' || comment.author.id === viewer.id);
}
