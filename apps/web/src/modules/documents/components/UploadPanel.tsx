import { useRef, useState } from 'react';
import { uploadVersion, type UploadedVersion } from 'src/modules/documents/utils/upload-version';

interface UploadPanelProps {
  documentId: string;
  nextVersion: number;
  onUploaded: (version: UploadedVersion) => void;
}

/** Choose a file, add a note, upload with a progress bar; the server's refusal is shown as it says it. */
export function UploadPanel({ documentId, nextVersion, onUploaded }: UploadPanelProps) {
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const start = () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setProgress(0);
    uploadVersion(documentId, file, note, setProgress)
      .then((uploaded) => {
        setFile(null);
        setNote('');
        if (input.current) input.current.value = '';
        onUploaded(uploaded);
      })
      .catch((e: unknown) => {
        setProgress(null);
        setError(e instanceof Error ? e.message : 'The upload failed.');
      })
      .finally(() => setBusy(false));
  };

  const percent = progress === null ? null : Math.round(progress * 100);
  return (
    <div className="doc-upload" data-testid="version-upload">
      <label className="doc-upload__field">
        <span>New version (v{nextVersion})</span>
        <input
          ref={input}
          type="file"
          data-testid="version-file"
          accept=".pdf,.docx,.xlsx,.pptx,.txt,.md,.png,.jpg,.jpeg"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          disabled={busy}
        />
      </label>
      <input
        className="doc-upload__note"
        type="text"
        placeholder="What changed? (optional)"
        aria-label="Note for this version"
        value={note}
        onChange={(e) => setNote(e.target.value)}
        maxLength={2000}
        disabled={busy}
      />
      <button type="button" className="button button--primary" data-testid="version-upload-submit" onClick={start} disabled={!file || busy}>
        {busy ? 'Uploading…' : 'Upload'}
      </button>
      {percent !== null && (
        <div className="progress" role="progressbar" aria-label="Upload progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} data-testid="upload-progress">
          <div className="progress__bar" style={{ width: `${percent}%` }} />
          <span className="progress__label">{percent === 100 && !busy ? 'Uploaded' : `${percent}%`}</span>
        </div>
      )}
      {error && (
        <p className="form-error" role="alert" data-testid="upload-error">
          {error}
        </p>
      )}
    </div>
  );
}
