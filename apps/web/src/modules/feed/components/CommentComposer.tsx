import { useId, useState, type FormEvent } from 'react';
import { errorMessage } from 'src/modules/api/utils/graphql-error';
import { useAddComment } from 'src/modules/feed/hooks/useAddComment';

interface CommentComposerProps {
  activityId: string;
}

export function CommentComposer({ activityId }: CommentComposerProps) {
  const inputId = useId();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [addComment, { loading }] = useAddComment(activityId);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = body.trim();
    if (!text) return;
    setError(null);
    try {
      await addComment({ variables: { activityId, body: text } });
      setBody('');
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

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
        maxLength={5000}
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
