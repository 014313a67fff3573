import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { ErrorNotice } from 'src/modules/api/components/ErrorNotice';
import { EnumChip } from 'src/modules/records/components/RecordHeader';
import { ACCOUNTS_QUERY } from 'src/modules/records/graphql/records.documents';
import { useDebouncedValue } from 'src/modules/records/hooks/useDebouncedValue';
import { subjectPath } from 'src/modules/records/utils/subject-path';

export function AccountsPage() {
  const [search, setSearch] = useState('');
  const term = useDebouncedValue(search.trim(), 250);
  const { data, previousData, loading, error } = useQuery(ACCOUNTS_QUERY, {
    variables: { search: term || null, first: 50 },
  });
  // Keep the last list on screen while the next search runs, instead of flashing empty.
  const accounts = (data ?? previousData)?.accounts ?? [];

  return (
    <div className="page page--feed">
      <header className="page__header">
        <h1>Accounts</h1>
        <p className="muted">Customers you can see. Open one to follow it.</p>
      </header>
      <div className="search card">
        <label htmlFor="accounts-search">Search accounts</label>
        <input
          id="accounts-search"
          data-testid="accounts-search"
          type="search"
          placeholder="Name or industry"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      {error && <ErrorNotice error={error} />}
      {!error && loading && accounts.length === 0 && <p className="muted">Loading accounts…</p>}
      {!error && !loading && accounts.length === 0 && (
        <p className="muted">{term ? `No accounts match “${term}”.` : 'No accounts yet.'}</p>
      )}
      {accounts.length > 0 && (
        <ul className="account-list card" aria-busy={loading}>
          {accounts.map((account) => (
            <li key={account.id} className="account-list__item" data-testid="account-row">
              <div>
                <Link to={subjectPath(account.id) ?? '#'} className="account-list__name">
                  {account.name}
                </Link>
                <p className="muted account-list__meta">
                  {[account.industry, `Owner: ${account.owner.name}`].filter(Boolean).join(' · ')}
                </p>
              </div>
              <EnumChip value={account.tier} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
