import { graphql } from 'src/gql';

export const FOLLOW_SETTINGS_QUERY = graphql(`
  query FollowSettings($subjectId: ID!) {
    followSettings(subjectId: $subjectId) {
      kinds
      fields
      includeRelated
      since
    }
  }
`);

export const UPDATE_FOLLOW = graphql(`
  mutation UpdateFollow($subjectId: ID!, $filter: FollowFilterInput!) {
    updateFollow(subjectId: $subjectId, filter: $filter) {
      kinds
      fields
      includeRelated
      since
    }
  }
`);
