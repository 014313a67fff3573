import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import type { PersonData } from 'src/modules/people/graphql/people.types';

export const PERSON_QUERY: TypedDocumentNode<PersonData, { id: string }> = gql`
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
`;
