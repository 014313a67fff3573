import { memo, useState } from 'react';
import { Link } from 'react-router-dom';
import { errorMessage } from 'src/modules/api/utils/graphql-error';
import { useViewer } from 'src/modules/auth/hooks/useViewer';
import type { Activity } from 'src/modules/feed/graphql/feed.types';
import type { NameLookup } from 'src/modules/feed/utils/format-change';
import { ActionMenu, type ActionMenuItem } from 'src/modules/feed/components/ActionMenu';
import { Avatar } from 'src/modules/feed/components/Avatar';
import { ChangeList } from 'src/modules/feed/components/ChangeList';
import { CommentThread } from 'src/modules/feed/components/CommentThread';
import { ConfirmRemove } from 'src/modules/feed/components/ConfirmRemove';
import { EditedMark } from 'src/modules/feed/components/EditedMark';
import { InlineEditor } from 'src/modules/feed/components/InlineEditor';
import { ReactionBar } from 'src/modules/feed/components/ReactionBar';
import { RelativeTime } from 'src/modules/feed/components/RelativeTime';
import { RichText } from 'src/modules/feed/components/RichText';
import { useConversationActions } from 'src/modules/feed/hooks/useConversationActions';
import { canEditPost, canRemoveActivity } from 'src/modules/feed/utils/permissions';
import { SubjectLink } from 'src/modules/records/components/SubjectLink';
import { genericSubjectName, subjectPath } from 'src/modules/records/utils/subject-path';

const VERBS: Record<string, string> = {
  POST: 'posted on',
  RECORD_CHANGE: 'updated',
  SOCIAL_MENTION: 'shared a social mention of',
  SYSTEM: 'on',
  NEW_VERSION: 'uploaded a new version of',
  BUSINESS_EVENT: 'on',
};

const KIND_BADGES: Record<string, string> = {
  SOCIAL_MENTION: 'Social',
  SYSTEM: 'System',
  RECORD_CHANGE: 'Change',
  NEW_VERSION: 'Version',
  BUSINESS_EVENT: 'Business',
};

interface FeedCardProps {
  activity: Activity;
  now: number;
  fresh: boolean;
  nameOf: NameLookup;
}

type Mode = 'view' | 'edit' | 'confirm-remove';

export const FeedCard = memo(function FeedCard({ activity, now, fresh, nameOf }: FeedCardProps) {
  const { actor, kind } = activity;
  const subject = activity.subject ?? {
    id: activity.subjectId,
    name: genericSubjectName(activity.subjectId),
  };
  // A record's creation lists its first values: every field moved from nothing.
  const created = kind === 'RECORD_CHANGE' && (activity.changes?.length ?? 0) > 0 && activity.changes?.every((c) => c.from === null);
  const verb = created ? 'created' : (VERBS[kind] ?? 'on');
  // A change is shown once, as its list of fields. The generated sentence ("Acme: stage A → B", "New deal: …")
  // only repeats it; a sentence that says more (who approved, and what is still missing) stays above the list.
  const showsChanges = kind === 'RECORD_CHANGE' && (activity.changes?.length ?? 0) > 0;
  const sentenceRepeats = created || (activity.body?.includes('→') ?? true);
  const badge = KIND_BADGES[kind];
  const removed = activity.deletedAt !== null;

  const viewer = useViewer();
  const actions = useConversationActions();
  const [mode, setMode] = useState<Mode>('view');
  const [actionError, setActionError] = useState<unknown>(null);
  const run = (action: () => Promise<void>) => {
    setActionError(null);
    action().catch(setActionError);
  };

  const menu: ActionMenuItem[] = [];
  if (!removed) {
    if (canEditPost(activity, viewer)) menu.push({ label: 'Edit', onSelect: () => setMode('edit') });
    menu.push(
      activity.isBookmarkedByMe
        ? { label: 'Remove bookmark', onSelect: () => run(() => actions.setBookmarked(activity.id, false)) }
        : { label: 'Bookmark', onSelect: () => run(() => actions.setBookmarked(activity.id, true)) },
      activity.isMutedByMe
        ? { label: 'Unmute thread', onSelect: () => run(() => actions.setMuted(activity.id, false)) }
        : { label: 'Mute thread', onSelect: () => run(() => actions.setMuted(activity.id, true)) },
    );
    if (canRemoveActivity(activity, viewer)) menu.push({ label: 'Remove', danger: true, onSelect: () => setMode('confirm-remove') });
  }
  const actorPath = actor ? subjectPath(actor.id) : null;

  return (
    <article
      className={`feed-card feed-card--${kind.toLowerCase().replace(/_/g, '-')}${fresh ? ' feed-card--fresh' : ''}${removed ? ' feed-card--removed' : ''}`}
      data-testid="feed-item"
      data-activity-id={activity.id}
      data-kind={kind}
    >
      <header className="feed-card__header">
        {actor ? <Avatar id={actor.id} name={actor.name} /> : <span className="avatar avatar--system" aria-hidden="true">T</span>}
        <div className="feed-card__headline">
          <p className="feed-card__title">
            <span className="feed-card__actor" data-testid="feed-item-actor">
              {actor && actorPath ? (
                <Link to={actorPath} className="feed-card__actor-link">
                  {actor.name}
                </Link>
              ) : (
                (actor?.name ?? 'Tidings')
              )}
            </span>{' '}
            <span className="feed-card__verb">{verb}</span>{' '}
            <SubjectLink subject={subject} />
          </p>
          <p className="feed-card__meta">
            <RelativeTime iso={activity.createdAt} now={now} />
            {activity.editedAt && !removed && <EditedMark iso={activity.editedAt} />}
            {badge && <span className={`badge badge--${kind.toLowerCase()}`}>{badge}</span>}
            {activity.isBookmarkedByMe && !removed && <span className="badge badge--saved">Saved</span>}
            {activity.isMutedByMe && <span className="badge badge--muted">Muted</span>}
          </p>
        </div>
        <ActionMenu label="More actions for this post" items={menu} />
      </header>
      {removed ? (
        <p className="tombstone" data-testid="tombstone">
          This post was removed
        </p>
      ) : mode === 'edit' && activity.body !== null ? (
        <InlineEditor
          label="Edit your post"
          initial={activity.body}
          onCancel={() => setMode('view')}
          onSave={async (text) => {
            await actions.editPost(activity.id, text);
            setMode('view');
          }}
        />
      ) : showsChanges && activity.changes ? (
        <>
          {!sentenceRepeats && activity.body && <RichText className="feed-card__body" text={activity.body} />}
          <ChangeList changes={activity.changes} nameOf={nameOf} />
        </>
      ) : (
        activity.body && <RichText className="feed-card__body" text={activity.body} />
      )}
      {mode === 'confirm-remove' && !removed && (
        <ConfirmRemove what="post" onCancel={() => setMode('view')} onConfirm={() => actions.removeActivity(activity.id)} />
      )}
      {actionError !== null && (
        <p className="form-error" role="alert">
          {errorMessage(actionError)}
        </p>
      )}
      {!removed && <ReactionBar activityId={activity.id} reactions={activity.reactions} />}
      <CommentThread activity={activity} now={now} />
    </article>
  );
});
