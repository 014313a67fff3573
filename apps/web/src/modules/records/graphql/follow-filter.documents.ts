import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import type { FollowSettingsValue } from 'src/modules/records/utils/follow-filter';

export interface FollowSettingsData {
  followSettings: (FollowSettingsValue & { __typename?: 'FollowSettings'; since: string }) | null;
}

export const FOLLOW_SETTINGS_QUERY: TypedDocumentNode<FollowSettingsData, { subjectId: string }> = gql`
  query FollowSettings($subjectId: ID!) {
    followSettings(subjectId: $subjectId) {
      kinds
      fields
      includeRelated
      since
    }
  }
`;

export const UPDATE_FOLLOW: TypedDocumentNode<
  { updateFollow: NonNullable<FollowSettingsData['followSettings']> },
  { subjectId: string; filter: FollowSettingsValue }
> = gql`
  mutation UpdateFollow($subjectId: ID!, $filter: FollowFilterInput!) {
    updateFollow(subjectId: $subjectId, filter: $filter) {
      kinds
      fields
      includeRelated
      since
    }
  }
`;
