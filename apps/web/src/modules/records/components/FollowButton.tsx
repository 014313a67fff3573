import { errorMessage } from 'src/modules/api/utils/graphql-error';
import { FollowFilterMenu } from 'src/modules/records/components/FollowFilterMenu';
import { RECORD_TYPENAMES, useFollowToggle, type FollowTarget } from 'src/modules/records/hooks/useFollowToggle';

interface FollowButtonProps {
  target: FollowTarget;
  followersCount: number;
}

export function FollowButton({ target, followersCount }: FollowButtonProps) {
  const { toggle, busy, error } = useFollowToggle(target);
  const following = target.isFollowedByMe;
  return (
    <div className="follow">
      <button
        type="button"
        className={`button ${following ? 'button--following' : 'button--primary'}`}
        data-testid="follow-button"
        data-following={following}
        aria-pressed={following}
        disabled={busy}
        onClick={() => void toggle()}
      >
        {following ? 'Following' : 'Follow'}
      </button>
      {following && RECORD_TYPENAMES.includes(target.__typename) && <FollowFilterMenu subjectId={target.id} />}
      <span className="follow__count muted" data-testid="followers-count">
        {followersCount} {followersCount === 1 ? 'follower' : 'followers'}
      </span>
      {error !== null && (
        <p className="form-error" role="alert">
          {errorMessage(error)}
        </p>
      )}
    </div>
  );
}
