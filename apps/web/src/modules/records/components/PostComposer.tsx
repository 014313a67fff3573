import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { errorMessage } from 'src/modules/api/utils/graphql-error';
import type { Activity } from 'src/modules/feed/graphql/feed.types';
import { POST } from 'src/modules/records/graphql/follow.documents';

interface PostComposerProps {
  subjectId: string;
  subjectName: string;
  onPosted: (activity: Activity) => void;
}

export function PostComposer({ subjectId, subjectName, onPosted }: PostComposerProps) {
  const id = useId();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [post, { loading }] = useMutation(POST);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = body.trim();
    if (!text) return;
    setError(null);
    try {
      const { data } = await post({ variables: { input: { subjectId, body: text } } });
      setBody('');
      if (data) onPosted(data.post);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  return (
    <form className="composer card" onSubmit={onSubmit}>
      <label htmlFor={id} className="composer__label">
        Post to {subjectName}
      </label>
      <textarea
        id={id}
        data-testid="post-body"
        rows={3}
        placeholder="Share an update. Use @handle to mention someone, #topic to tag."
        value={body}
        maxLength={10000}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={(event) => {
          // Ctrl/Cmd+Enter posts, as in most chat tools.
          if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
            event.currentTarget.form?.requestSubmit();
          }
        }}
      />
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
