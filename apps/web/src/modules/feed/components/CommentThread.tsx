import { useId, useState } from 'react';
import type { Activity } from 'src/modules/feed/graphql/feed.types';
import { CommentComposer } from 'src/modules/feed/components/CommentComposer';
import { RelativeTime } from 'src/modules/feed/components/RelativeTime';
import { RichText } from 'src/modules/feed/components/RichText';

interface CommentThreadProps {
  activity: Activity;
  now: number;
}

export function CommentThread({ activity, now }: CommentThreadProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const count = activity.commentCount;
  const comments = activity.comments;
  const label = count === 0 ? 'Comment' : count === 1 ? '1 comment' : `${count} comments`;

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
          {comments.length < count && (
            // Live pushes carry only the count; the comments come with the next page load.
            <p className="muted comments__more">Reload to see the earlier comments.</p>
          )}
          {comments.length > 0 && (
            <ul className="comments__list">
              {comments.map((comment) => (
                <li key={comment.id} className="comment" data-testid="comment">
                  <span className="comment__author">{comment.author.name}</span>{' '}
                  <RelativeTime iso={comment.createdAt} now={now} />
                  {comment.body === null ? (
                    <p className="comment__body muted">This comment was removed.</p>
                  ) : (
                    <RichText className="comment__body" text={comment.body} />
                  )}
                </li>
              ))}
            </ul>
          )}
          <CommentComposer activityId={activity.id} subjectId={activity.subjectId} />
        </div>
      )}
    </div>
  );
}
