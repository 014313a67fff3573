import { graphql } from 'src/gql';

export const SEARCH_QUERY = graphql(`
  query Search($query: String!, $first: Int!, $after: String) {
    search(query: $query, first: $first, after: $after) {
      edges {
        cursor
        node {
          kind
          subjectId
          subject {
            id
            kind
            name
            accountName
          }
          activityId
          commentId
          actor {
            id
            name
          }
          createdAt
          snippet
          highlights {
            start
            length
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
