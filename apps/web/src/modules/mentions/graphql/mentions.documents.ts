import { graphql } from 'src/gql';

export const MENTION_CANDIDATES = graphql(`
  query MentionCandidates($prefix: String!, $subjectId: ID, $first: Int) {
    mentionCandidates(prefix: $prefix, subjectId: $subjectId, first: $first) {
      id
      kind
      handle
      name
      canOpenSubject
    }
  }
`);

export const TOPIC_CANDIDATES = graphql(`
  query TopicCandidates($prefix: String!, $first: Int) {
    topicCandidates(prefix: $prefix, first: $first) {
      id
      name
    }
  }
`);
