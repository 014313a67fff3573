import { CasePriority, MentionIntent, SocialInfluenceBand } from '../../../common/graphql/enums';

export const PRIORITY_ORDER: readonly CasePriority[] = [CasePriority.LOW, CasePriority.MEDIUM, CasePriority.HIGH, CasePriority.URGENT];

/** A mention counts as negative below this sentiment (VADER's own neutral band is ±0.05). */
export const NEGATIVE_BELOW = -0.05;

/**
 * The priority matrix (docs/decisions.md): the words decide the base, reach raises it.
 *   complaint, negative → HIGH; other complaint → MEDIUM; question → MEDIUM; praise, other → LOW.
 *   HIGH reach: +1 for complaints and questions. TOP reach: +1 for everything.
 * Reach only ever raises: a low-influence complaint keeps its HIGH.
 */
export function priorityOf(intent: MentionIntent, sentiment: number, band: SocialInfluenceBand): CasePriority {
  let level =
    intent === MentionIntent.COMPLAINT ? (sentiment < NEGATIVE_BELOW ? 2 : 1) : intent === MentionIntent.QUESTION ? 1 : 0;
  const asks = intent === MentionIntent.COMPLAINT || intent === MentionIntent.QUESTION;
  if (band === SocialInfluenceBand.TOP || (band === SocialInfluenceBand.HIGH && asks)) level += 1;
  return PRIORITY_ORDER[Math.min(3, level)];
}

export function atLeast(priority: CasePriority, floor: CasePriority | null): CasePriority {
  if (!floor) return priority;
  return PRIORITY_ORDER.indexOf(floor) > PRIORITY_ORDER.indexOf(priority) ? floor : priority;
}
