import { errorMessage } from 'src/modules/api/utils/graphql-error';
import type { ReactionSummary } from 'src/modules/feed/graphql/feed.types';
import { ReactionEmoji } from 'src/modules/feed/components/ReactionEmoji';
import { usePopover } from 'src/modules/feed/hooks/usePopover';
import { useReactionToggle } from 'src/modules/feed/hooks/useReactionToggle';
import { REACTIONS, reactionLabel } from 'src/modules/feed/utils/reactions';

interface ReactionBarProps {
  activityId: string;
  commentId?: string;
  reactions: ReactionSummary[];
}

/** Reactions as emoji chips with counts (mine highlighted; a click toggles) and a picker. */
export function ReactionBar({ activityId, commentId, reactions }: ReactionBarProps) {
  const { toggle, error } = useReactionToggle({ activityId, commentId }, reactions);
  const picker = usePopover();
  const what = commentId ? 'comment' : 'post';

  return (
    <div className="reactions" role="group" aria-label={`Reactions to this ${what}`}>
      {reactions.map((summary) => (
        <button
          key={summary.reaction}
          type="button"
          className={summary.reactedByMe ? 'reaction-chip reaction-chip--mine' : 'reaction-chip'}
          aria-pressed={summary.reactedByMe}
          aria-label={reactionLabel(summary)}
          title={reactionLabel(summary)}
          onClick={() => void toggle(summary.reaction)}
        >
          <ReactionEmoji reaction={summary.reaction} /> {summary.count}
        </button>
      ))}
      <div className="reaction-picker">
        <button
          type="button"
          className="reaction-chip reaction-chip--add"
          aria-label={`Add a reaction to this ${what}`}
          title="Add a reaction"
          {...picker.buttonProps}
        >
          <span aria-hidden="true">☺+</span>
        </button>
        {picker.open && (
          <div className="reaction-picker__menu" aria-label="Reactions" aria-orientation="horizontal" {...picker.menuProps}>
            {REACTIONS.map((option) => {
              const mine = reactions.some((s) => s.reaction === option.reaction && s.reactedByMe);
              return (
                <button
                  key={option.reaction}
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  className={mine ? 'reaction-picker__option reaction-picker__option--mine' : 'reaction-picker__option'}
                  aria-label={mine ? `${option.label} (remove yours)` : option.label}
                  title={option.label}
                  onClick={() => {
                    picker.close();
                    void toggle(option.reaction);
                  }}
                >
                  <ReactionEmoji reaction={option.reaction} />
                </button>
              );
            })}
          </div>
        )}
      </div>
      {error !== null && (
        <p className="form-error reactions__error" role="alert">
          {errorMessage(error)}
        </p>
      )}
    </div>
  );
}
