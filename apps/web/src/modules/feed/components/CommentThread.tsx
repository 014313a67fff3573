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
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        {label}
      </button>
      {open && (
        <div id={panelId} className="comments__panel">
          {comments.length < count && (
            <p className="muted comments__more">
              {count - comments.length} more {count - comments.length === 1 ? 'comment is' : 'comments are'} not
              loaded yet.
            </p>
          )}
          {comments.length > 0 && (
            <ul className="comments__list">
              {comments.map((comment) => (
                <li key={comment.id} className="comment" data-testid="comment">
                  <span className="comment__author">{comment.author.name}</span>{' '}
                  <RelativeTime iso={comment.createdAt} now={now} />
                  <RichText className="comment__body" text={comment.body} />
                </li>
              ))}
            </ul>
          )}
          <CommentComposer activityId={activity.id} />
        </div>
      )}
    </div>
  );
}
