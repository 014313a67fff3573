import { graphql } from 'src/gql';

export const PERSON_QUERY = graphql(`
  query Person($id: ID!) {
    employee(id: $id) {
      id
      name
      handle
      title
      role
      followersCount
      isFollowedByMe
      teams {
        id
        name
        handle
      }
      influence {
        band
        posts
        commentsReceived
        reactionsReceived
        percentile
      }
    }
  }
`);
