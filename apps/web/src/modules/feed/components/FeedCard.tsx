import { memo } from 'react';
import type { Activity } from 'src/modules/feed/graphql/feed.types';
import type { NameLookup } from 'src/modules/feed/utils/format-change';
import { Avatar } from 'src/modules/feed/components/Avatar';
import { ChangeList } from 'src/modules/feed/components/ChangeList';
import { CommentThread } from 'src/modules/feed/components/CommentThread';
import { RelativeTime } from 'src/modules/feed/components/RelativeTime';
import { RichText } from 'src/modules/feed/components/RichText';
import { SubjectLink } from 'src/modules/records/components/SubjectLink';
import { genericSubjectName } from 'src/modules/records/utils/subject-path';

const VERBS: Record<string, string> = {
  POST: 'posted on',
  RECORD_CHANGE: 'updated',
  SOCIAL_MENTION: 'shared a social mention of',
  SYSTEM: 'on',
};

const KIND_BADGES: Record<string, string> = {
  SOCIAL_MENTION: 'Social',
  SYSTEM: 'System',
  RECORD_CHANGE: 'Change',
};

interface FeedCardProps {
  activity: Activity;
  now: number;
  fresh: boolean;
  nameOf: NameLookup;
}

export const FeedCard = memo(function FeedCard({ activity, now, fresh, nameOf }: FeedCardProps) {
  const { actor, kind } = activity;
  const subject = activity.subject ?? {
    id: activity.subjectId,
    name: genericSubjectName(activity.subjectId),
  };
  const verb = VERBS[kind] ?? 'on';
  const badge = KIND_BADGES[kind];

  return (
    <article
      className={`feed-card feed-card--${kind.toLowerCase().replace(/_/g, '-')}${fresh ? ' feed-card--fresh' : ''}`}
      data-testid="feed-item"
      data-activity-id={activity.id}
      data-kind={kind}
    >
      <header className="feed-card__header">
        {actor ? <Avatar id={actor.id} name={actor.name} /> : <span className="avatar avatar--system" aria-hidden="true">T</span>}
        <div className="feed-card__headline">
          <p className="feed-card__title">
            <span className="feed-card__actor" data-testid="feed-item-actor">
              {actor?.name ?? 'Tidings'}
            </span>{' '}
            <span className="feed-card__verb">{verb}</span>{' '}
            <SubjectLink subject={subject} />
          </p>
          <p className="feed-card__meta">
            <RelativeTime iso={activity.createdAt} now={now} />
            {badge && <span className={`badge badge--${kind.toLowerCase()}`}>{badge}</span>}
          </p>
        </div>
      </header>
      {activity.body && <RichText className="feed-card__body" text={activity.body} />}
      {kind === 'RECORD_CHANGE' && activity.changes && (
        <ChangeList changes={activity.changes} nameOf={nameOf} />
      )}
      <CommentThread activity={activity} now={now} />
    </article>
  );
});
