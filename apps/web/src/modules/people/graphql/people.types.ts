// Hand-written result types for the people documents (codegen is not set up yet).
import type { Role } from 'src/modules/auth/graphql/auth.types';

export type InfluenceBand = 'OBSERVER' | 'CONTRIBUTOR' | 'ACTIVE_INFLUENCER' | 'TOP_INFLUENCER';

export interface Influence {
  __typename?: 'Influence';
  band: InfluenceBand;
  posts: number;
  commentsReceived: number;
  reactionsReceived: number;
  percentile: number;
}

export interface PersonProfile {
  __typename?: 'Employee';
  id: string;
  name: string;
  handle: string;
  title: string | null;
  role: Role;
  followersCount: number;
  isFollowedByMe: boolean;
  teams: Array<{ __typename?: 'Team'; id: string; name: string; handle: string }>;
  influence: Influence;
}

export interface PersonData {
  employee: PersonProfile;
}
