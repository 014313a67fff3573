import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import type { Activity } from 'src/modules/feed/graphql/feed.types';
import { ACTIVITY_FIELDS } from 'src/modules/feed/graphql/feed.documents';
import type {
  FollowData,
  FollowingData,
  SubjectVars,
  UnfollowData,
} from 'src/modules/records/graphql/records.types';

export const FOLLOWING_QUERY: TypedDocumentNode<FollowingData, Record<string, never>> = gql`
  query Following {
    following {
      id
      kind
      name
      accountName
    }
  }
`;

export const FOLLOW: TypedDocumentNode<FollowData, SubjectVars> = gql`
  mutation Follow($subjectId: ID!) {
    follow(subjectId: $subjectId)
  }
`;

export const UNFOLLOW: TypedDocumentNode<UnfollowData, SubjectVars> = gql`
  mutation Unfollow($subjectId: ID!) {
    unfollow(subjectId: $subjectId)
  }
`;

export type PostVars = { input: { subjectId: string; body: string } };

export const POST: TypedDocumentNode<{ post: Activity }, PostVars> = gql`
  mutation Post($input: PostInput!) {
    post(input: $input) {
      ...ActivityFields
    }
  }
  ${ACTIVITY_FIELDS}
`;
