import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PageInfo } from '../feed/activity.types';
import { HEADLINE_OPTIONS, parseHeadline } from './headline.util';
import { encodeSearchCursor, parseSearchInput } from './search-input.util';
import { SEARCH_PAGE } from './search.sql';
import { SearchConnection, SearchHit, SearchHitKind } from './search.types';

interface RawHit {
  kind: SearchHitKind;
  id: string;
  subject_id: string;
  activity_id: string | null;
  comment_id: string | null;
  actor_id: string | null;
  created_at: Date;
  created_key: string;
  rank: number;
  headline: string | null;
}

/**
 * Full-text search over posts, social mentions, comments and record names, within what the viewer
 * may open. One statement per page; subjects and actors resolve through the request's loaders.
 */
@Injectable()
export class SearchService {
  constructor(private readonly db: DataSource) {}

  async search(viewerId: string, query: string, first: number, after: string | null): Promise<SearchConnection> {
    const input = parseSearchInput(query, first, after);
    const rows: RawHit[] = await this.db.query(SEARCH_PAGE, [
      viewerId,
      input.text,
      input.prefix?.rest ?? null,
      input.prefix?.word ?? null,
      input.first + 1,
      input.after?.rank ?? null,
      input.after?.createdAt ?? null,
      input.after?.id ?? null,
      HEADLINE_OPTIONS,
    ]);
    const page = rows.slice(0, input.first);
    const edges = page.map((row) => ({
      cursor: encodeSearchCursor({ rank: row.rank, createdAt: row.created_key, id: row.id }),
      node: toHit(row),
    }));
    const pageInfo: PageInfo = {
      hasNextPage: rows.length > input.first,
      endCursor: edges.at(-1)?.cursor ?? null,
      // Search pages forward only.
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
    };
    return { edges, pageInfo };
  }
}

function toHit(row: RawHit): SearchHit {
  const { snippet, highlights } = parseHeadline(row.headline ?? '');
  return {
    kind: row.kind,
    subjectId: row.subject_id,
    activityId: row.activity_id,
    commentId: row.comment_id,
    actorId: row.actor_id,
    createdAt: row.created_at,
    snippet,
    highlights,
    rank: row.rank,
  };
}
