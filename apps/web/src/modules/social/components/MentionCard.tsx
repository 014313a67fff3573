import { Link } from 'react-router-dom';
import { RelativeTime } from 'src/modules/feed/components/RelativeTime';
import { humanizeEnum, toneClass } from 'src/modules/records/utils/labels';
import { subjectPath } from 'src/modules/records/utils/subject-path';
import { MentionActions } from 'src/modules/social/components/MentionActions';
import type { SocialMention } from 'src/modules/social/graphql/social.types';
import { dueLabel, formatFollowers, influenceLabel, sentimentLabel, sentimentTone } from 'src/modules/social/utils/social-format';

interface MentionCardProps {
  mention: SocialMention;
  now: number;
  /** Without actions (a case's or an account's list). */
  readOnly?: boolean;
  onChanged?: () => void;
}

/** One mention as an agent triages it: who said what, how it was scored and why, and what to do. */
export function MentionCard({ mention: m, now, readOnly, onChanged }: MentionCardProps) {
  return (
    <article className="card mention-card" data-testid="mention-card" data-mention-id={m.id} aria-labelledby={`mention-${m.id}-author`}>
      <header className="mention-card__header">
        <span className="mention-card__author" id={`mention-${m.id}-author`}>
          <strong>{m.author.name ?? m.author.handle}</strong> <span className="muted">@{m.author.handle}</span>
          {m.author.verified && <span className="badge">verified</span>}
        </span>
        <span className="muted mention-card__meta">
          {m.network.toLowerCase()} · {formatFollowers(m.author.followers)} · {influenceLabel(m.author.influenceBand, m.author.verified)} ·{' '}
          <RelativeTime iso={m.postedAt} now={now} />
        </span>
      </header>
      <p className="mention-card__text">{m.text}</p>
      <div className="mention-card__scores">
        <span className={`chip ${toneClass(m.intent)}`} data-testid="mention-intent">
          {humanizeEnum(m.intent)}
        </span>
        <span className={`chip ${toneClass(m.priority)}`} data-testid="mention-priority">
          {humanizeEnum(m.priority)} priority
        </span>
        <span className={`chip sentiment-chip sentiment-chip--${sentimentTone(m.sentiment)}`}>{sentimentLabel(m.sentiment)}</span>
        {m.responseDueAt && (
          <time className="chip" dateTime={m.responseDueAt} data-testid="mention-due">
            {dueLabel(m.responseDueAt, now)}
          </time>
        )}
        {m.caseId && (
          <Link to={subjectPath(m.caseId) ?? `/cases/${m.caseId}`} data-testid="mention-case-link">
            Open case
          </Link>
        )}
        {m.url && (
          <a href={m.url} target="_blank" rel="noreferrer noopener">
            View post
          </a>
        )}
      </div>
      {m.why.length > 0 && (
        <details className="mention-card__why">
          <summary>Why this score</summary>
          <ul>
            {m.why.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </details>
      )}
      {!readOnly && <MentionActions mention={m} onChanged={onChanged} />}
    </article>
  );
}
