import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Following oneself is refused now (one's own doings already reach one); follows made before that
 * are removed, so no profile counts its owner among its followers. Not restored by `down`.
 */
export class NoSelfFollows1765000000002 implements MigrationInterface {
  name = 'NoSelfFollows1765000000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query('DELETE FROM follows WHERE subject_id = employee_id');
  }

  async down(): Promise<void> {
    // Nothing to undo: the removed rows were never meant to exist.
  }
}
