import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import type { PeopleData } from 'src/modules/people/graphql/people.types';

// The API has no `employee(id)` query yet, so a profile is picked from the directory.
export const PEOPLE_QUERY: TypedDocumentNode<PeopleData, Record<string, never>> = gql`
  query People {
    employees {
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
`;
