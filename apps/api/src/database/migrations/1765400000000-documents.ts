import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Document versions and reviews (modules/documents). A version row exists only once its file is
 * stored and checked; it keeps the extracted text (capped) so a diff never re-reads two files. A
 * review round holds one row per approver; a new round starts on submit and on a new version while
 * in review. Activities gain the NEW_VERSION kind (and BUSINESS_EVENT, named by the API contract).
 */
export class Documents1765400000000 implements MigrationInterface {
  name = 'Documents1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE document_versions (
        id uuid PRIMARY KEY,
        document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        version int NOT NULL CHECK (version > 0),
        storage_key text NOT NULL UNIQUE,
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        size bigint NOT NULL CHECK (size > 0),
        content_type text NOT NULL,
        file_name text NOT NULL,
        note text,
        uploaded_by text NOT NULL REFERENCES employees (id),
        summary text NOT NULL,
        extracted_text text,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (document_id, version)
      );
      CREATE TABLE document_reviews (
        document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        round int NOT NULL CHECK (round > 0),
        approver_id text NOT NULL REFERENCES employees (id),
        -- The order the approvers were named in, which is the order they are listed in.
        position int NOT NULL,
        requested_by text NOT NULL REFERENCES employees (id),
        state text NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'APPROVED', 'REJECTED')),
        comment text,
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (document_id, round, approver_id)
      );
      ALTER TABLE activities DROP CONSTRAINT activities_kind_check;
      ALTER TABLE activities ADD CONSTRAINT activities_kind_check
        CHECK (kind IN ('POST', 'RECORD_CHANGE', 'SOCIAL_MENTION', 'SYSTEM', 'BUSINESS_EVENT', 'NEW_VERSION'));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DELETE FROM activities WHERE kind = 'NEW_VERSION';
      ALTER TABLE activities DROP CONSTRAINT activities_kind_check;
      ALTER TABLE activities ADD CONSTRAINT activities_kind_check
        CHECK (kind IN ('POST', 'RECORD_CHANGE', 'SOCIAL_MENTION', 'SYSTEM', 'BUSINESS_EVENT'));
      DROP TABLE document_reviews;
      DROP TABLE document_versions;
    `);
  }
}
