import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorNotice } from 'src/modules/api/components/ErrorNotice';
import { CREATE_WEBHOOK_SUBSCRIPTION, INTEGRATIONS_ADMIN_QUERY, WEBHOOK_DELIVERIES_QUERY } from 'src/modules/integrations/graphql/integrations.documents';
import type { ActivityKind } from 'src/modules/feed/graphql/feed.types';
import type { ConnectorStatus } from 'src/modules/integrations/graphql/integrations.types';

const KINDS: ActivityKind[] = ['POST', 'RECORD_CHANGE', 'SOCIAL_MENTION', 'BUSINESS_EVENT', 'SYSTEM'];
const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : 'never');

/** `/admin/integrations` (admins): inbound connectors, outbound subscriptions and their delivery log. */
export function IntegrationsPage() {
  const { data, error, refetch } = useQuery(INTEGRATIONS_ADMIN_QUERY, { pollInterval: 10_000 });
  const [selected, setSelected] = useState<string | null>(null);

  if (!data) {
    if (error) return <div className="page"><ErrorNotice error={error} onRetry={() => void refetch()} /></div>;
    return <p className="page muted" aria-busy="true">Loading…</p>;
  }
  const { integrationStatus: status, webhookSubscriptions: subscriptions } = data;
  return (
    <div className="page" data-testid="integrations-page">
      <header className="page__header">
        <h1>Integrations</h1>
        <p className="muted">
          {status.pendingEvents} inbound events waiting, {status.failedEvents} failed. Formats and signing: docs/integrations.md.
        </p>
      </header>
      <section className="card">
        <h2>Inbound connectors</h2>
        <table className="admin-table">
          <thead>
            <tr><th>Connector</th><th>Endpoint</th><th>Secret</th><th>Last event</th><th>Last errors</th></tr>
          </thead>
          <tbody>
            {status.connectors.map((c) => <ConnectorRow key={c.name} connector={c} />)}
          </tbody>
        </table>
      </section>
      <section className="card">
        <h2>Outbound webhooks</h2>
        <NewSubscription onCreated={() => void refetch()} />
        {subscriptions.length === 0 ? (
          <p className="muted">No subscriptions yet.</p>
        ) : (
          <ul className="admin-list">
            {subscriptions.map((s) => (
              <li key={s.id}>
                <button type="button" className="link-button" onClick={() => setSelected(s.id)} aria-pressed={selected === s.id}>
                  {s.url}
                </button>{' '}
                <span className="muted">{s.kinds.join(', ')} · since {when(s.createdAt)}</span>
              </li>
            ))}
          </ul>
        )}
        {selected && <DeliveryLog subscriptionId={selected} />}
      </section>
    </div>
  );
}

function ConnectorRow({ connector: c }: { connector: ConnectorStatus }) {
  return (
    <tr data-testid={`connector-${c.name}`}>
      <td>{c.name}</td>
      <td><code>{c.endpoint}</code></td>
      <td>{c.configured ? `configured (${c.secretSource})` : `off: set ${c.secretVariable}`}</td>
      <td>{when(c.lastEventAt)}</td>
      <td>
        {c.lastErrors.length === 0 ? (
          <span className="muted">none</span>
        ) : (
          <ul className="admin-list">
            {c.lastErrors.slice(0, 3).map((e) => (
              <li key={`${e.at}-${e.message}`}>{e.status} · {when(e.at)} · {e.message}</li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

function NewSubscription({ onCreated }: { onCreated: () => void }) {
  const [url, setUrl] = useState('');
  const [kinds, setKinds] = useState<ActivityKind[]>(['POST', 'RECORD_CHANGE']);
  const [secret, setSecret] = useState<string | null>(null);
  const [create, { loading, error }] = useMutation(CREATE_WEBHOOK_SUBSCRIPTION);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = await create({ variables: { input: { url, kinds } } }).catch(() => null);
    if (result?.data) {
      setSecret(result.data.createWebhookSubscription.secret);
      setUrl('');
      onCreated();
    }
  };
  return (
    <form className="admin-form" onSubmit={(e) => void submit(e)}>
      <label>
        URL <input type="url" required value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://analytics.example.com/tidings" />
      </label>
      <fieldset>
        <legend>Activity kinds</legend>
        {KINDS.map((k) => (
          <label key={k}>
            <input type="checkbox" checked={kinds.includes(k)} onChange={(e) => setKinds(e.target.checked ? [...kinds, k] : kinds.filter((x) => x !== k))} /> {k}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button" disabled={loading || kinds.length === 0}>Subscribe</button>
      {error && <ErrorNotice error={error} />}
      {secret && (
        <p className="notice" role="status">
          Signing secret (shown once): <code data-testid="webhook-secret">{secret}</code>
        </p>
      )}
    </form>
  );
}

function DeliveryLog({ subscriptionId }: { subscriptionId: string }) {
  const { data, error } = useQuery(WEBHOOK_DELIVERIES_QUERY, { variables: { subscriptionId, first: 50 }, pollInterval: 5000 });
  if (error) return <ErrorNotice error={error} />;
  if (!data) return <p className="muted">Loading deliveries…</p>;
  if (data.webhookDeliveries.length === 0) return <p className="muted">Nothing sent yet.</p>;
  return (
    <table className="admin-table" data-testid="delivery-log">
      <thead>
        <tr><th>Delivery</th><th>Status</th><th>Attempts</th><th>Last answer</th><th>Created</th></tr>
      </thead>
      <tbody>
        {data.webhookDeliveries.map((d) => (
          <tr key={d.id}>
            <td><code>{d.id.slice(0, 8)}</code></td>
            <td>{d.status}</td>
            <td>{d.attempts}</td>
            <td>{d.lastStatusCode ?? d.lastError ?? '–'}</td>
            <td>{when(d.createdAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
