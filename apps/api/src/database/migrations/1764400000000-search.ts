import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search (modules/search/search.sql.ts). Posts, social mentions and comments keep their
 * document in a stored generated column, so ranking a common word reads it instead of parsing the
 * text again for every matching row; it is indexed only while not removed, so a tombstone leaves the
 * index. Record names are short: GIN expression indexes on exactly the expressions the queries use.
 */
export class Search1764400000000 implements MigrationInterface {
  name = 'Search1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE activities ADD COLUMN search_doc tsvector
        GENERATED ALWAYS AS (to_tsvector('english', coalesce(body, ''))) STORED;
      ALTER TABLE comments ADD COLUMN search_doc tsvector
        GENERATED ALWAYS AS (to_tsvector('english', coalesce(body, ''))) STORED;
      CREATE INDEX activities_search_idx ON activities USING gin (search_doc)
        WHERE kind IN ('POST', 'SOCIAL_MENTION') AND deleted_at IS NULL;
      CREATE INDEX comments_search_idx ON comments USING gin (search_doc) WHERE deleted_at IS NULL;
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
      ALTER TABLE comments DROP COLUMN search_doc;
      ALTER TABLE activities DROP COLUMN search_doc;
    `);
  }
}
