import { useEffect, useId, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useViewer } from 'src/modules/auth/hooks/useViewer';
import { ACTIVITY_COMMENTS } from 'src/modules/feed/graphql/conversation.documents';
import type { Activity } from 'src/modules/feed/graphql/feed.types';
import { CommentComposer } from 'src/modules/feed/components/CommentComposer';
import { CommentItem } from 'src/modules/feed/components/CommentItem';

interface CommentThreadProps {
  activity: Activity;
  now: number;
}

export function CommentThread({ activity, now }: CommentThreadProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const client = useApolloClient();
  const viewer = useViewer();
  const count = activity.commentCount;
  const comments = activity.comments;
  const removed = activity.deletedAt !== null;
  const label = count === 0 ? 'Comment' : count === 1 ? '1 comment' : `${count} comments`;
  // Live pushes carry only the count (which leaves removed comments out): when the cached
  // comments disagree with it, an open thread reads them again.
  const shownCount = comments.filter((comment) => comment.deletedAt === null).length;
  const behind = shownCount !== count;
  const [loadFailed, setLoadFailed] = useState(false);

  useEffect(() => {
    if (!open || !behind) return;
    setLoadFailed(false);
    client
      .query({ query: ACTIVITY_COMMENTS, variables: { id: activity.id }, fetchPolicy: 'network-only' })
      .catch(() => setLoadFailed(true));
  }, [open, behind, count, client, activity.id]);

  // A removed post keeps the replies it had, read-only.
  if (removed && count === 0 && comments.length === 0) return null;

  return (
    <div className="comments">
      <button
        type="button"
        className="link-button comments__toggle"
        data-testid="comment-toggle"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((value) => !value)}
      >
        {label}
      </button>
      {open && (
        <div id={panelId} className="comments__panel">
          {behind && (
            <p className="muted comments__more" role="status">
              {loadFailed ? 'Could not load the latest comments.' : 'Loading comments…'}
            </p>
          )}
          {comments.length > 0 && (
            <ul className="comments__list">
              {comments.map((comment) => (
                <CommentItem key={comment.id} comment={comment} viewer={viewer} now={now} />
              ))}
            </ul>
          )}
          {!removed && <CommentComposer activityId={activity.id} subjectId={activity.subjectId} />}
        </div>
      )}
    </div>
  );
}
