// Names for the generated GraphQL types (src/gql, `npm run codegen`) that this module's code uses.
// Nothing here is written by hand: each name points at a generated operation, fragment or enum type.
import type {
  InsightsQuery,
  MentionIntent,
  SlaStatus,
  SocialAuthorInsightFieldsFragment,
  SocialMentionFieldsFragment,
  SocialQueue,
} from 'src/gql/graphql';

export type { MentionIntent, SlaStatus, SocialInboxOrder, SocialQueue } from 'src/gql/graphql';

/** The values the pages offer, in display order. */
export const MENTION_INTENTS = ['COMPLAINT', 'QUESTION', 'PRAISE', 'OTHER'] as const satisfies readonly MentionIntent[];
export const SOCIAL_QUEUES = ['NEW', 'ASSIGNED', 'UNMATCHED', 'DONE'] as const satisfies readonly SocialQueue[];
export const SLA_STATUSES = ['ON_TRACK', 'AT_RISK', 'BREACHED', 'MET'] as const satisfies readonly SlaStatus[];

export type SocialMention = SocialMentionFieldsFragment;
export type SocialAuthor = SocialMention['author'];
export type SocialAuthorInsight = SocialAuthorInsightFieldsFragment;

export type Insights = InsightsQuery['insights'];
export type InsightsDay = Insights['daily'][number];
/** The figures overall, per team and per agent share (met, missed, share). */
export type SlaComplianceFigure = Omit<Insights['slaCompliance'], '__typename'>;
