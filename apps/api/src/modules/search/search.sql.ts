import { visibleSubjectsCte } from '../access/can-see.sql';

/**
 * The search query as a tsquery ($2 the text for websearch_to_tsquery; $3/$4 the words before the
 * last one and the last one when it also matches as a prefix, else null). A constant expression,
 * so each source's GIN index applies.
 */
const QUERY = `(CASE WHEN $4::text IS NULL THEN websearch_to_tsquery('english', $2::text)
  ELSE websearch_to_tsquery('english', $2::text) || (plainto_tsquery('english', $3::text) && to_tsquery('english', $4::text || ':*')) END)`;

/**
 * The indexed document of a source (migration 1764400000000-search): the stored `search_doc` of
 * posts and comments, or exactly the indexed expression of a record's name.
 */
const nameDoc = (column: string) => `to_tsvector('english', coalesce(${column}, ''))`;

const source = (columns: string, from: string, textColumn: string, document: string, where: string) => `
    SELECT ${columns}, ${textColumn} AS text, ts_rank_cd(${document}, ${QUERY})::float8 AS rank
    FROM ${from}
    WHERE ${document} @@ ${QUERY}${where ? ` AND ${where}` : ''}`;

const record = (table: string, nameColumn: string) =>
  source(
    `'RECORD' AS kind, r.id AS id, r.id AS subject_id, NULL::uuid AS activity_id, NULL::uuid AS comment_id, r.created_by AS actor_id, r.created_at`,
    `${table} r`,
    `r.${nameColumn}`,
    nameDoc(`r.${nameColumn}`),
    '',
  );

/**
 * One page of search hits ($1 viewer, $2..$4 the query, $5 limit, $6..$8 the cursor or nulls,
 * $9 ts_headline options). Hits are filtered by visibility before anything is ranked, counted or
 * paged, so a hit the viewer cannot open never takes part; the check runs once per distinct subject
 * rather than per hit (a common word on one busy deal is one check, not thousands). Removed posts
 * and comments, and comments under a removed activity, are left out. Order: rank, newest, id (keyset).
 * ts_headline, the costly part, runs on the page's rows only.
 */
export const SEARCH_PAGE = `
  WITH hits AS (${source(
    `a.kind AS kind, a.id::text AS id, a.subject_id, a.id AS activity_id, NULL::uuid AS comment_id, a.actor_id, a.created_at`,
    'activities a',
    'a.body',
    'a.search_doc',
    `a.kind IN ('POST', 'SOCIAL_MENTION') AND a.deleted_at IS NULL`,
  )}
    UNION ALL${source(
      `'COMMENT' AS kind, c.id::text AS id, a.subject_id, a.id AS activity_id, c.id AS comment_id, c.author_id AS actor_id, c.created_at`,
      'comments c JOIN activities a ON a.id = c.activity_id',
      'c.body',
      'c.search_doc',
      'c.deleted_at IS NULL AND a.deleted_at IS NULL',
    )}
    UNION ALL${record('accounts', 'name')}
    UNION ALL${record('deals', 'name')}
    UNION ALL${record('cases', 'subject')}
    UNION ALL${record('documents', 'title')}
  ), ${visibleSubjectsCte('$1', 'hits')}
  SELECT page.kind, page.id, page.subject_id, page.activity_id, page.comment_id, page.actor_id, page.created_at,
    to_char(page.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_key,
    page.rank,
    ts_headline('english', translate(page.text, chr(1) || chr(2), ''), ${QUERY}, $9::text) AS headline
  FROM (
    SELECT hits.* FROM hits JOIN visible USING (subject_id)
    WHERE $6::float8 IS NULL OR (hits.rank, hits.created_at, hits.id) < ($6::float8, $7::timestamptz, $8::text)
    ORDER BY hits.rank DESC, hits.created_at DESC, hits.id DESC
    LIMIT $5
  ) page
  ORDER BY page.rank DESC, page.created_at DESC, page.id DESC`;
