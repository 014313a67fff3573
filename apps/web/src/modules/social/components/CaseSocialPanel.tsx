import { useId, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorNotice } from 'src/modules/api/components/ErrorNotice';
import { useNow } from 'src/modules/feed/hooks/useNow';
import { useSocialLiveRefresh } from 'src/modules/social/hooks/useSocialLiveRefresh';
import { MentionCard } from 'src/modules/social/components/MentionCard';
import { SlaBadge } from 'src/modules/social/components/SlaBadge';
import { CASE_SOCIAL_QUERY, LOG_SOCIAL_REPLY } from 'src/modules/social/graphql/social.documents';

/** A case's social side: its response SLA, the mentions it came from, and logging a public reply. */
export function CaseSocialPanel({ caseId }: { caseId: string }) {
  const { data, refetch } = useQuery(CASE_SOCIAL_QUERY, { variables: { id: caseId } });
  useSocialLiveRefresh(refetch, [caseId]);
  const now = useNow();
  const record = data?.case;
  // Cases that never came from social media and have no clock show nothing extra.
  if (!record || (record.mentions.length === 0 && !record.slaStatus)) return null;
  return (
    <section className="card case-social" aria-labelledby="case-social-title" data-testid="case-social">
      <header className="case-social__header">
        <h2 className="section-title" id="case-social-title">
          Social
        </h2>
        <SlaBadge status={record.slaStatus} dueAt={record.responseDueAt} />
      </header>
      {record.mentions.length > 0 && (
        <ul className="mention-list" aria-label="Mentions on this case">
          {record.mentions.map((m) => (
            <li key={m.id}>
              <MentionCard mention={m} now={now} readOnly />
            </li>
          ))}
        </ul>
      )}
      <LogReplyForm caseId={caseId} onLogged={() => void refetch()} />
    </section>
  );
}

function LogReplyForm({ caseId, onLogged }: { caseId: string; onLogged: () => void }) {
  const bodyId = useId();
  const urlId = useId();
  const [body, setBody] = useState('');
  const [url, setUrl] = useState('');
  const [logged, setLogged] = useState(false);
  const [log, { loading, error }] = useMutation(LOG_SOCIAL_REPLY, {
    onCompleted: () => {
      setBody('');
      setUrl('');
      setLogged(true);
      onLogged();
    },
  });
  return (
    <form
      className="log-reply"
      onSubmit={(e) => {
        e.preventDefault();
        setLogged(false);
        void log({ variables: { caseId, body: body.trim(), url: url.trim() || null } }).catch(() => undefined);
      }}
    >
      <label htmlFor={bodyId}>Log a public reply</label>
      <textarea id={bodyId} required value={body} onChange={(e) => setBody(e.target.value)} placeholder="What we answered on the network" data-testid="log-reply-body" />
      <label htmlFor={urlId}>Link to the reply (optional)</label>
      <input id={urlId} type="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://…" data-testid="log-reply-url" />
      <button type="submit" className="button button--small" disabled={loading || !body.trim()} data-testid="log-reply-submit">
        Log reply
      </button>
      {logged && (
        <p role="status" className="muted">
          Reply logged.
        </p>
      )}
      {error && <ErrorNotice error={error} />}
    </form>
  );
}
