import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import type { TopicData, TrendingTopicsData } from 'src/modules/topics/graphql/topics.types';

export const TOPIC_QUERY: TypedDocumentNode<TopicData, { name: string }> = gql`
  query Topic($name: String!) {
    topic(name: $name) {
      id
      name
      followersCount
      isFollowedByMe
    }
  }
`;

export const TRENDING_TOPICS_QUERY: TypedDocumentNode<TrendingTopicsData, { first: number }> = gql`
  query TrendingTopics($first: Int!) {
    trendingTopics(first: $first) {
      uses
      topic {
        id
        name
      }
    }
  }
`;
