import { useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { ErrorNotice } from 'src/modules/api/components/ErrorNotice';
import { useNow } from 'src/modules/feed/hooks/useNow';
import { CASE_PRIORITIES, humanizeEnum, type CasePriority } from 'src/modules/records/utils/labels';
import { MentionCard } from 'src/modules/social/components/MentionCard';
import { SOCIAL_INBOX_QUERY } from 'src/modules/social/graphql/social.documents';
import { SOCIAL_QUEUES, type SocialInboxOrder, type SocialQueue } from 'src/modules/social/graphql/social.types';
import { useSocialLiveRefresh } from 'src/modules/social/hooks/useSocialLiveRefresh';

const PAGE = 25;
const QUEUE_HINT: Record<SocialQueue, string> = {
  NEW: 'Matched mentions nobody has taken yet.',
  ASSIGNED: 'Mentions claimed by someone or routed to a case.',
  UNMATCHED: 'Mentions no account was found for: correct the account to route them.',
  DONE: 'Dismissed mentions and those whose case is closed.',
};

/** `/social?queue=…`: the service team's queue of social mentions, live as they arrive. */
export function SocialInboxPage() {
  const [params] = useSearchParams();
  const raw = params.get('queue');
  const queue: SocialQueue = SOCIAL_QUEUES.includes(raw as SocialQueue) ? (raw as SocialQueue) : 'NEW';
  const [first, setFirst] = useState(PAGE);
  const [priority, setPriority] = useState<CasePriority | ''>('');
  const [orderBy, setOrderBy] = useState<SocialInboxOrder>('NEWEST');
  const { data, error, loading, refetch } = useQuery(SOCIAL_INBOX_QUERY, {
    variables: { queue, first, priority: priority || null, orderBy },
    notifyOnNetworkStatusChange: true,
  });
  useSocialLiveRefresh(refetch);
  const now = useNow();
  const priorityId = useId();
  const sortId = useId();

  const page = data?.socialInbox;
  const mentions = (page?.edges ?? []).map((e) => e.node);

  return (
    <div className="page" data-testid="social-inbox">
      <header className="page__header">
        <h1>Social inbox</h1>
        <p className="muted">{QUEUE_HINT[queue]}</p>
      </header>
      <nav className="tabs" aria-label="Queues">
        {SOCIAL_QUEUES.map((q) => (
          <Link key={q} to={`/social?queue=${q}`} className={q === queue ? 'tabs__tab tabs__tab--active' : 'tabs__tab'} aria-current={q === queue ? 'page' : undefined} data-testid={`queue-${q}`}>
            {humanizeEnum(q)}
          </Link>
        ))}
      </nav>
      <div className="inbox-controls">
        <label htmlFor={priorityId}>Priority</label>
        <select id={priorityId} value={priority} onChange={(e) => setPriority(e.target.value as CasePriority | '')} data-testid="inbox-priority">
          <option value="">Any</option>
          {CASE_PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {humanizeEnum(p)}
            </option>
          ))}
        </select>
        <label htmlFor={sortId}>Sort by</label>
        <select id={sortId} value={orderBy} onChange={(e) => setOrderBy(e.target.value as SocialInboxOrder)} data-testid="inbox-sort">
          <option value="NEWEST">Newest first</option>
          <option value="PRIORITY">Priority, highest first</option>
          <option value="DUE">Due time, soonest first</option>
        </select>
      </div>
      {error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {!page ? (
        !error && <p className="muted" aria-busy="true">Loading…</p>
      ) : mentions.length === 0 ? (
        <p className="muted" data-testid="inbox-empty">
          {priority ? `No ${humanizeEnum(priority).toLowerCase()} priority mentions here.` : 'Nothing in this queue.'}
        </p>
      ) : (
        <ul className="mention-list" aria-label={`${humanizeEnum(queue)} mentions`}>
          {mentions.map((m) => (
            <li key={m.id}>
              <MentionCard mention={m} now={now} onChanged={() => void refetch()} />
            </li>
          ))}
        </ul>
      )}
      {page?.pageInfo.hasNextPage && (
        <button type="button" className="button" disabled={loading} onClick={() => setFirst((n) => Math.min(n + PAGE, 100))}>
          Show more
        </button>
      )}
    </div>
  );
}
