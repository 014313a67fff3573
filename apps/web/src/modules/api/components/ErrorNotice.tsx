import { errorCode, errorMessage } from 'src/modules/api/utils/graphql-error';

const TITLES: Record<string, string> = {
  NOT_FOUND: 'Not found',
  FORBIDDEN: 'Not allowed',
  BAD_USER_INPUT: 'That did not work',
  RATE_LIMITED: 'Slow down a little',
};

interface ErrorNoticeProps {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}

/** The server's own message in the page, so a failed request never leaves a blank screen. */
export function ErrorNotice({ error, title, onRetry }: ErrorNoticeProps) {
  const code = errorCode(error);
  return (
    <div className="notice notice--error" role="alert" data-testid="error-notice" data-code={code}>
      <strong>{title ?? (code && TITLES[code]) ?? 'Something went wrong'}</strong>
      <p>{errorMessage(error)}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
