import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { errorMessage } from 'src/modules/api/utils/graphql-error';

interface InlineEditorProps {
  label: string;
  initial: string;
  onSave: (text: string) => Promise<void>;
  onCancel: () => void;
  multiline?: boolean;
}

/** Edits a post or comment in place: Save, Cancel or Escape; Ctrl/Cmd+Enter saves. */
export function InlineEditor({ label, initial, onSave, onCancel, multiline = true }: InlineEditorProps) {
  const id = useId();
  const [text, setText] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const trimmed = text.trim();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!trimmed || trimmed === initial.trim()) return onCancel();
    setSaving(true);
    setError(null);
    try {
      await onSave(trimmed);
    } catch (caught) {
      setError(errorMessage(caught));
      setSaving(false);
    }
  };

  const field = {
    id,
    value: text,
    maxLength: 10000,
    autoFocus: true,
    className: 'inline-editor__field',
    onChange: (event: { target: { value: string } }) => setText(event.target.value),
    onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement | HTMLInputElement>) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        onCancel();
      } else if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
        event.currentTarget.form?.requestSubmit();
      }
    },
  };

  return (
    <form className="inline-editor" onSubmit={(event) => void submit(event)}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      {multiline ? <textarea rows={3} {...field} /> : <input {...field} />}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="inline-editor__actions">
        <button type="submit" className="button button--primary button--small" disabled={saving || !trimmed}>
          {saving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="button button--quiet button--small" onClick={onCancel} disabled={saving}>
          Cancel
        </button>
      </div>
    </form>
  );
}
