import type { MentionCandidate } from 'src/modules/mentions/graphql/mentions.types';

interface MentionSuggestionsProps {
  id: string;
  candidates: MentionCandidate[];
  activeIndex: number;
  onPick: (candidate: MentionCandidate) => void;
}

function warningFor(candidate: MentionCandidate): string | null {
  if (candidate.canOpenSubject !== false) return null;
  return candidate.kind === 'TEAM'
    ? "Won't be notified: no one in this team can see this record"
    : "Won't be notified: can't see this record";
}

/** The list under a composer while an @mention is typed; the field keeps focus throughout. */
export function MentionSuggestions({ id, candidates, activeIndex, onPick }: MentionSuggestionsProps) {
  return (
    <ul
      id={id}
      role="listbox"
      aria-label={candidates[0]?.kind === 'TOPIC' ? 'Topics' : 'People and teams to mention'}
      className="mention-suggestions"
      data-testid="mention-suggestions"
    >
      {candidates.map((candidate, index) => {
        const warning = warningFor(candidate);
        return (
          <li
            key={candidate.id}
            id={`${id}-${index}`}
            role="option"
            aria-selected={index === activeIndex}
            className={`mention-option${index === activeIndex ? ' mention-option--active' : ''}${warning ? ' mention-option--unreachable' : ''}`}
            data-testid="mention-option"
            data-handle={candidate.handle}
            // Keeps the caret in the field, so the click can insert where the "@" is.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onPick(candidate)}
          >
            <span className="mention-option__name">{candidate.name}</span>
            {candidate.kind !== 'TOPIC' && <span className="mention-option__handle">@{candidate.handle}</span>}
            {candidate.kind === 'TEAM' && <span className="badge">Team</span>}
            {warning && (
              <span className="mention-option__warning" data-testid="mention-warning">
                {warning}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
