import { useId } from 'react';
import { useTextSubmit } from 'src/modules/api/hooks/useTextSubmit';
import { useAddComment } from 'src/modules/feed/hooks/useAddComment';

interface CommentComposerProps {
  activityId: string;
}

export function CommentComposer({ activityId }: CommentComposerProps) {
  const inputId = useId();
  const [addComment, { loading }] = useAddComment(activityId);
  const { body, setBody, error, onSubmit } = useTextSubmit(async (text) => {
    await addComment({ variables: { activityId, body: text } });
  });

  return (
    <form className="comment-composer" onSubmit={onSubmit}>
      <label htmlFor={inputId} className="visually-hidden">
        Write a comment
      </label>
      <input
        id={inputId}
        data-testid="comment-body"
        placeholder="Write a comment…"
        value={body}
        onChange={(event) => setBody(event.target.value)}
        maxLength={10000}
      />
      <button
        type="submit"
        className="button button--small"
        data-testid="comment-submit"
        disabled={loading || body.trim() === ''}
      >
        {loading ? 'Sending…' : 'Comment'}
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
