import { graphql } from 'src/gql';

export const SOCIAL_MENTION_FIELDS = graphql(`
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
`);

export const SOCIAL_INBOX_QUERY = graphql(`
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
`);

export const CLAIM_MENTION = graphql(`
  mutation ClaimMention($mentionId: ID!) {
    claimMention(mentionId: $mentionId) {
      ...SocialMentionFields
    }
  }
`);

export const DISMISS_MENTION = graphql(`
  mutation DismissMention($mentionId: ID!) {
    dismissMention(mentionId: $mentionId) {
      ...SocialMentionFields
    }
  }
`);

export const CORRECT_MENTION = graphql(`
  mutation CorrectMention($mentionId: ID!, $intent: MentionIntent, $accountId: ID) {
    correctMention(mentionId: $mentionId, intent: $intent, accountId: $accountId) {
      ...SocialMentionFields
    }
  }
`);

export const CONVERT_MENTION_TO_CASE = graphql(`
  mutation ConvertMentionToCase($mentionId: ID!) {
    convertMentionToCase(mentionId: $mentionId) {
      id
    }
  }
`);

export const LINK_MENTION_TO_CASE = graphql(`
  mutation LinkMentionToCase($mentionId: ID!, $caseId: ID!) {
    linkMentionToCase(mentionId: $mentionId, caseId: $caseId) {
      id
    }
  }
`);

export const CASE_SOCIAL_QUERY = graphql(`
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
`);

export const LOG_SOCIAL_REPLY = graphql(`
  mutation LogSocialReply($caseId: ID!, $body: String!, $url: String) {
    logSocialReply(caseId: $caseId, body: $body, url: $url) {
      id
      responseDueAt
      slaStatus
    }
  }
`);

export const SOCIAL_AUTHOR_INSIGHT_FIELDS = graphql(`
  fragment SocialAuthorInsightFields on SocialAuthorInsight {
    network
    handle
    name
    followers
    verified
    influence
    mentions
    positiveMentions
    averageSentiment
    advocacy
  }
`);

export const INSIGHTS_QUERY = graphql(`
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
        met
        missed
        share
      }
      slaByTeam {
        teamId
        name
        met
        missed
        share
      }
      slaByAgent {
        employeeId
        name
        met
        missed
        share
      }
      firstContactResolution {
        closedCases
        oneReply
        share
      }
      advocates {
        ...SocialAuthorInsightFields
      }
      topInfluencers {
        ...SocialAuthorInsightFields
      }
      classifierAccuracy {
        heldOut
        correct
        accuracy
      }
    }
  }
`);

export const ACCOUNT_SNAPSHOT_QUERY = graphql(`
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
        ...SocialAuthorInsightFields
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
`);
