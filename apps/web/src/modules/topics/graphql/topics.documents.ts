import { graphql } from 'src/gql';

export const TOPIC_QUERY = graphql(`
  query Topic($name: String!) {
    topic(name: $name) {
      id
      name
      followersCount
      isFollowedByMe
    }
  }
`);

export const TRENDING_TOPICS_QUERY = graphql(`
  query TrendingTopics($first: Int!) {
    trendingTopics(first: $first) {
      uses
      topic {
        id
        name
      }
    }
  }
`);
