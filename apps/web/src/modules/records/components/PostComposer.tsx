import { useId } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTextSubmit } from 'src/modules/api/hooks/useTextSubmit';
import type { Activity } from 'src/modules/feed/graphql/feed.types';
import { MentionSuggestions } from 'src/modules/mentions/components/MentionSuggestions';
import { useMentionAutocomplete } from 'src/modules/mentions/hooks/useMentionAutocomplete';
import { POST } from 'src/modules/records/graphql/follow.documents';

interface PostComposerProps {
  subjectId: string;
  subjectName: string;
  onPosted: (activity: Activity) => void;
}

export function PostComposer({ subjectId, subjectName, onPosted }: PostComposerProps) {
  const id = useId();
  const [post, { loading }] = useMutation(POST);
  const { body, setBody, error, onSubmit } = useTextSubmit(async (text) => {
    const { data } = await post({ variables: { input: { subjectId, body: text } } });
    if (data) onPosted(data.post);
  });
  const mentions = useMentionAutocomplete<HTMLTextAreaElement>(body, setBody, subjectId, (event) => {
    // Ctrl/Cmd+Enter posts, as in most chat tools.
    if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
      event.currentTarget.form?.requestSubmit();
    }
  });

  return (
    <form className="composer card" onSubmit={onSubmit}>
      <label htmlFor={id} className="composer__label">
        Post to {subjectName}
      </label>
      <div className="mention-field">
        <textarea
          id={id}
          data-testid="post-body"
          rows={3}
          placeholder="Share an update. Use @handle to mention someone, #topic to tag."
          maxLength={10000}
          {...mentions.inputProps}
        />
        {mentions.listProps && <MentionSuggestions {...mentions.listProps} />}
      </div>
      {error && (
        <p className="form-error" role="alert" data-testid="post-error">
          {error}
        </p>
      )}
      <div className="composer__actions">
        <button
          type="submit"
          className="button button--primary"
          data-testid="post-submit"
          disabled={loading || body.trim() === ''}
        >
          {loading ? 'Posting…' : 'Post'}
        </button>
      </div>
    </form>
  );
}
