// Hand-written result types for the social documents (codegen is not set up yet).
import type { CasePriority, CaseStatus } from 'src/modules/records/utils/labels';

export const MENTION_INTENTS = ['COMPLAINT', 'QUESTION', 'PRAISE', 'OTHER'] as const;
export const SOCIAL_QUEUES = ['NEW', 'ASSIGNED', 'UNMATCHED', 'DONE'] as const;
export const SLA_STATUSES = ['ON_TRACK', 'AT_RISK', 'BREACHED', 'MET'] as const;

export type MentionIntent = (typeof MENTION_INTENTS)[number];
export type SocialQueue = (typeof SOCIAL_QUEUES)[number];
export type SlaStatus = (typeof SLA_STATUSES)[number];

export interface SocialAuthor {
  handle: string;
  name: string | null;
  followers: number;
  verified: boolean;
  influence: number;
  /** LOW, MEDIUM, HIGH or TOP. */
  influenceBand: string;
}

export interface SocialMention {
  id: string;
  network: string;
  url: string | null;
  text: string;
  postedAt: string;
  author: SocialAuthor;
  sentiment: number;
  intent: MentionIntent;
  priority: CasePriority;
  why: string[];
  accountId: string | null;
  matchConfidence: number | null;
  caseId: string | null;
  /** When its case's running response clock is due. */
  responseDueAt: string | null;
}

export type SocialInboxOrder = 'NEWEST' | 'PRIORITY' | 'DUE';

export interface SocialInboxData {
  socialInbox: {
    edges: Array<{ cursor: string; node: SocialMention }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}
export interface SocialInboxVars {
  queue: SocialQueue;
  first: number;
  after?: string | null;
  priority?: CasePriority | null;
  orderBy?: SocialInboxOrder;
}

export interface CaseSocialData {
  case: {
    id: string;
    responseDueAt: string | null;
    slaStatus: SlaStatus | null;
    mentions: SocialMention[];
  };
}

export interface InsightsDay {
  day: string;
  mentions: number;
  complaints: number;
  averageSentiment: number | null;
}
export interface SlaComplianceFigure {
  met: number;
  missed: number;
  share: number | null;
}
export interface SocialAuthorInsight {
  network: string;
  handle: string;
  name: string | null;
  followers: number;
  verified: boolean;
  influence: number;
  mentions: number;
  positiveMentions: number;
  averageSentiment: number | null;
  advocacy: number;
}
export interface Insights {
  accountId: string | null;
  days: number;
  since: string;
  until: string;
  mentions: number;
  complaints: number;
  complaintShare: number | null;
  averageSentiment: number | null;
  daily: InsightsDay[];
  firstResponse: { responses: number; p50Minutes: number | null; p90Minutes: number | null };
  slaCompliance: SlaComplianceFigure;
  slaByTeam: Array<SlaComplianceFigure & { teamId: string; name: string }>;
  slaByAgent: Array<SlaComplianceFigure & { employeeId: string; name: string }>;
  firstContactResolution: { closedCases: number; oneReply: number; share: number | null };
  advocates: SocialAuthorInsight[];
  topInfluencers: SocialAuthorInsight[];
  classifierAccuracy: { heldOut: number; correct: number; accuracy: number | null };
}
export interface InsightsData {
  insights: Insights;
}
export interface InsightsVars {
  accountId?: string | null;
  days: number;
}

export interface AccountSnapshotData {
  insights: Pick<Insights, 'mentions' | 'averageSentiment' | 'complaintShare' | 'daily' | 'topInfluencers'> & {
    recentMentions: SocialMention[];
    openSocialCases: Array<{ id: string; subject: string; status: CaseStatus; priority: CasePriority; responseDueAt: string | null; slaStatus: SlaStatus | null }>;
  };
}
