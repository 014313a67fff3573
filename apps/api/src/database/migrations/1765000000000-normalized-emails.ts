import { MigrationInterface, QueryRunner } from 'typeorm';
import { normalizeEmail } from '../../common/email.util';

/**
 * Emails are stored in their one normalised spelling (common/email.util.ts), so sign-in looks them
 * up by equality instead of PostgreSQL's locale-dependent lower(). Normalised in JavaScript, by the
 * same function the API uses; two accounts that would collide stop the migration with both named,
 * for an admin to resolve, rather than one of them silently losing its sign-in.
 */
export class NormalizedEmails1765000000000 implements MigrationInterface {
  name = 'NormalizedEmails1765000000000';

  async up(q: QueryRunner): Promise<void> {
    const rows = await q.manager.query<Array<{ id: string; email: string }>>('SELECT id, email FROM employees ORDER BY created_at, id');
    const owner = new Map<string, string>();
    for (const row of rows) {
      const email = normalizeEmail(row.email);
      const taken = owner.get(email);
      if (taken) throw new Error(`employees ${taken} and ${row.id} have the same email once normalised (${email}); change one and migrate again`);
      owner.set(email, row.id);
    }
    const changed = rows.filter((r) => normalizeEmail(r.email) !== r.email);
    if (changed.length > 0) {
      await q.query(
        'UPDATE employees e SET email = n.email FROM unnest($1::text[], $2::text[]) AS n(id, email) WHERE e.id = n.id',
        [changed.map((r) => r.id), changed.map((r) => normalizeEmail(r.email))],
      );
    }
    await q.query('CREATE UNIQUE INDEX employees_email_exact_key ON employees (email)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX IF EXISTS employees_email_exact_key');
  }
}
