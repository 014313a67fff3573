import { useId } from 'react';
import { useTextSubmit } from 'src/modules/api/hooks/useTextSubmit';
import { useAddComment } from 'src/modules/feed/hooks/useAddComment';
import { MentionSuggestions } from 'src/modules/mentions/components/MentionSuggestions';
import { useMentionAutocomplete } from 'src/modules/mentions/hooks/useMentionAutocomplete';

interface CommentComposerProps {
  activityId: string;
  /** The activity's subject: whom a mention in the comment can reach depends on it. */
  subjectId: string;
}

export function CommentComposer({ activityId, subjectId }: CommentComposerProps) {
  const inputId = useId();
  const [addComment, { loading }] = useAddComment(activityId);
  const { body, setBody, error, onSubmit } = useTextSubmit(async (text) => {
    await addComment({ variables: { activityId, body: text } });
  });
  const mentions = useMentionAutocomplete<HTMLInputElement>(body, setBody, subjectId);

  return (
    <form className="comment-composer" onSubmit={onSubmit}>
      <label htmlFor={inputId} className="visually-hidden">
        Write a comment
      </label>
      <div className="mention-field">
        <input
          id={inputId}
          data-testid="comment-body"
          placeholder="Write a comment…"
          maxLength={10000}
          {...mentions.inputProps}
        />
        {mentions.listProps && <MentionSuggestions {...mentions.listProps} />}
      </div>
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
