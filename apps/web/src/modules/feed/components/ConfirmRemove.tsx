import { useEffect, useId, useRef, useState } from 'react';
import { errorMessage } from 'src/modules/api/utils/graphql-error';

interface ConfirmRemoveProps {
  what: 'post' | 'comment';
  onConfirm: () => Promise<void>;
  onCancel: () => void;
}

/** Asks before removing, in place; the safe choice has the focus. */
export function ConfirmRemove({ what, onConfirm, onCancel }: ConfirmRemoveProps) {
  const titleId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => cancelRef.current?.focus(), []);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (caught) {
      setError(errorMessage(caught));
      setBusy(false);
    }
  };

  return (
    <div
      className="confirm"
      role="alertdialog"
      aria-labelledby={titleId}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
    >
      <p id={titleId} className="confirm__text">
        Remove this {what}? Everyone will see that a {what} was removed.
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="confirm__actions">
        <button type="button" className="button button--danger button--small" onClick={() => void confirm()} disabled={busy}>
          {busy ? 'Removing…' : `Remove ${what}`}
        </button>
        <button ref={cancelRef} type="button" className="button button--quiet button--small" onClick={onCancel} disabled={busy}>
          Keep it
        </button>
      </div>
    </div>
  );
}
