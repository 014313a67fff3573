// Hand-written result types for the search document (codegen is not set up yet); they follow
// apps/api/schema.graphql.
import type { SubjectRef } from 'src/modules/feed/graphql/feed.types';
import type { TextRange } from 'src/modules/search/utils/highlight';

export type SearchHitKind = 'POST' | 'COMMENT' | 'RECORD' | 'SOCIAL_MENTION';

export interface SearchHit {
  kind: SearchHitKind | (string & {});
  subjectId: string;
  subject: SubjectRef | null;
  activityId: string | null;
  commentId: string | null;
  actor: { id: string; name: string } | null;
  createdAt: string;
  snippet: string;
  highlights: TextRange[];
}

export interface SearchData {
  search: {
    edges: Array<{ cursor: string; node: SearchHit }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

export type SearchVars = { query: string; first: number; after?: string | null };
