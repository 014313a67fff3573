import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import type {
  MentionCandidatesData,
  MentionCandidatesVars,
  TopicCandidatesData,
  TopicCandidatesVars,
} from 'src/modules/mentions/graphql/mentions.types';

export const MENTION_CANDIDATES: TypedDocumentNode<MentionCandidatesData, MentionCandidatesVars> = gql`
  query MentionCandidates($prefix: String!, $subjectId: ID, $first: Int) {
    mentionCandidates(prefix: $prefix, subjectId: $subjectId, first: $first) {
      id
      kind
      handle
      name
      canOpenSubject
    }
  }
`;

export const TOPIC_CANDIDATES: TypedDocumentNode<TopicCandidatesData, TopicCandidatesVars> = gql`
  query TopicCandidates($prefix: String!, $first: Int) {
    topicCandidates(prefix: $prefix, first: $first) {
      id
      name
    }
  }
`;
