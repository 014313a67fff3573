import { Link } from 'react-router-dom';

export function NotFoundPage() {
  return (
    <div className="page page--feed">
      <div className="notice">
        <strong>Page not found</strong>
        <p>
          There is nothing at this address. Go back to <Link to="/">your feed</Link>.
        </p>
      </div>
    </div>
  );
}
