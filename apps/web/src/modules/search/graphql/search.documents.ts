import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import type { SearchData, SearchVars } from 'src/modules/search/graphql/search.types';

export const SEARCH_QUERY: TypedDocumentNode<SearchData, SearchVars> = gql`
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
`;
