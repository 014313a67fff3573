import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search: GIN expression indexes on exactly the expressions the search queries use
 * (modules/search/search.sql.ts). Posts, social mentions and comments are indexed only while
 * they are not removed, so a tombstone leaves the index.
 */
export class Search1764400000000 implements MigrationInterface {
  name = 'Search1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX activities_search_idx ON activities
        USING gin (to_tsvector('english', coalesce(body, '')))
        WHERE kind IN ('POST', 'SOCIAL_MENTION') AND deleted_at IS NULL;
      CREATE INDEX comments_search_idx ON comments
        USING gin (to_tsvector('english', coalesce(body, '')))
        WHERE deleted_at IS NULL;
      CREATE INDEX accounts_search_idx ON accounts USING gin (to_tsvector('english', coalesce(name, '')));
      CREATE INDEX deals_search_idx ON deals USING gin (to_tsvector('english', coalesce(name, '')));
      CREATE INDEX cases_search_idx ON cases USING gin (to_tsvector('english', coalesce(subject, '')));
      CREATE INDEX documents_search_idx ON documents USING gin (to_tsvector('english', coalesce(title, '')));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX IF EXISTS documents_search_idx, cases_search_idx, deals_search_idx, accounts_search_idx,
        comments_search_idx, activities_search_idx;
    `);
  }
}
