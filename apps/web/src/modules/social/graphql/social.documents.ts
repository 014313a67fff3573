import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import type {
  AccountSnapshotData,
  CaseSocialData,
  InsightsData,
  InsightsVars,
  MentionIntent,
  SocialInboxData,
  SocialInboxVars,
  SocialMention,
} from 'src/modules/social/graphql/social.types';

export const SOCIAL_MENTION_FIELDS = gql`
  fragment SocialMentionFields on SocialMention {
    id
    network
    url
    text
    postedAt
    author {
      handle
      name
      followers
      verified
      influence
      influenceBand
    }
    sentiment
    intent
    priority
    why
    accountId
    matchConfidence
    caseId
    responseDueAt
  }
`;

export const SOCIAL_INBOX_QUERY: TypedDocumentNode<SocialInboxData, SocialInboxVars> = gql`
  query SocialInbox($queue: SocialQueue!, $first: Int!, $after: String, $priority: CasePriority, $orderBy: SocialInboxOrder) {
    socialInbox(queue: $queue, first: $first, after: $after, priority: $priority, orderBy: $orderBy) {
      edges {
        cursor
        node {
          ...SocialMentionFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${SOCIAL_MENTION_FIELDS}
`;

type MentionResult<K extends string> = { [key in K]: SocialMention };
type CaseResult<K extends string> = { [key in K]: { id: string } };

export const CLAIM_MENTION: TypedDocumentNode<MentionResult<'claimMention'>, { mentionId: string }> = gql`
  mutation ClaimMention($mentionId: ID!) {
    claimMention(mentionId: $mentionId) {
      ...SocialMentionFields
    }
  }
  ${SOCIAL_MENTION_FIELDS}
`;

export const DISMISS_MENTION: TypedDocumentNode<MentionResult<'dismissMention'>, { mentionId: string }> = gql`
  mutation DismissMention($mentionId: ID!) {
    dismissMention(mentionId: $mentionId) {
      ...SocialMentionFields
    }
  }
  ${SOCIAL_MENTION_FIELDS}
`;

export const CORRECT_MENTION: TypedDocumentNode<
  MentionResult<'correctMention'>,
  { mentionId: string; intent?: MentionIntent | null; accountId?: string | null }
> = gql`
  mutation CorrectMention($mentionId: ID!, $intent: MentionIntent, $accountId: ID) {
    correctMention(mentionId: $mentionId, intent: $intent, accountId: $accountId) {
      ...SocialMentionFields
    }
  }
  ${SOCIAL_MENTION_FIELDS}
`;

export const CONVERT_MENTION_TO_CASE: TypedDocumentNode<CaseResult<'convertMentionToCase'>, { mentionId: string }> = gql`
  mutation ConvertMentionToCase($mentionId: ID!) {
    convertMentionToCase(mentionId: $mentionId) {
      id
    }
  }
`;

export const LINK_MENTION_TO_CASE: TypedDocumentNode<CaseResult<'linkMentionToCase'>, { mentionId: string; caseId: string }> = gql`
  mutation LinkMentionToCase($mentionId: ID!, $caseId: ID!) {
    linkMentionToCase(mentionId: $mentionId, caseId: $caseId) {
      id
    }
  }
`;

export const CASE_SOCIAL_QUERY: TypedDocumentNode<CaseSocialData, { id: string }> = gql`
  query CaseSocial($id: ID!) {
    case(id: $id) {
      id
      responseDueAt
      slaStatus
      mentions {
        ...SocialMentionFields
      }
    }
  }
  ${SOCIAL_MENTION_FIELDS}
`;

export const LOG_SOCIAL_REPLY: TypedDocumentNode<
  { logSocialReply: { id: string; responseDueAt: string | null; slaStatus: string | null } },
  { caseId: string; body: string; url?: string | null }
> = gql`
  mutation LogSocialReply($caseId: ID!, $body: String!, $url: String) {
    logSocialReply(caseId: $caseId, body: $body, url: $url) {
      id
      responseDueAt
      slaStatus
    }
  }
`;

const COMPLIANCE = `met missed share`;
const AUTHOR = `network handle name followers verified influence mentions positiveMentions averageSentiment advocacy`;

export const INSIGHTS_QUERY: TypedDocumentNode<InsightsData, InsightsVars> = gql`
  query Insights($accountId: ID, $days: Int!) {
    insights(accountId: $accountId, days: $days) {
      accountId
      days
      since
      until
      mentions
      complaints
      complaintShare
      averageSentiment
      daily {
        day
        mentions
        complaints
        averageSentiment
      }
      firstResponse {
        responses
        p50Minutes
        p90Minutes
      }
      slaCompliance {
        ${COMPLIANCE}
      }
      slaByTeam {
        teamId
        name
        ${COMPLIANCE}
      }
      slaByAgent {
        employeeId
        name
        ${COMPLIANCE}
      }
      firstContactResolution {
        closedCases
        oneReply
        share
      }
      advocates {
        ${AUTHOR}
      }
      topInfluencers {
        ${AUTHOR}
      }
      classifierAccuracy {
        heldOut
        correct
        accuracy
      }
    }
  }
`;

export const ACCOUNT_SNAPSHOT_QUERY: TypedDocumentNode<AccountSnapshotData, { accountId: string }> = gql`
  query AccountSocialSnapshot($accountId: ID!) {
    insights(accountId: $accountId, days: 30) {
      mentions
      averageSentiment
      complaintShare
      daily {
        day
        mentions
        complaints
        averageSentiment
      }
      topInfluencers {
        ${AUTHOR}
      }
      recentMentions {
        ...SocialMentionFields
      }
      openSocialCases {
        id
        subject
        status
        priority
        responseDueAt
        slaStatus
      }
    }
  }
  ${SOCIAL_MENTION_FIELDS}
`;
