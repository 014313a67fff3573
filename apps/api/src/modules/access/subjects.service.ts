import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SubjectKind, subjectKindOf } from '../../common/ids';

export interface SubjectRefValue {
  id: string;
  kind: SubjectKind;
  name: string;
  /** A deal's, case's or document's account: what tells two records of one name apart. */
  accountName: string | null;
}

/** Names of subjects of any kind, in one statement: what feeds show next to an activity. */
@Injectable()
export class SubjectsService {
  constructor(private readonly db: DataSource) {}

  /**
   * A topic is named as the viewer first saw it (tidings_topic_first_use); without a viewer (one
   * payload for many), by its key, which says no more than the id.
   */
  async describe(ids: readonly string[], viewerId: string | null = null): Promise<Map<string, SubjectRefValue>> {
    const unique = [...new Set(ids)].filter((id) => subjectKindOf(id));
    if (unique.length === 0) return new Map();
    // A record is never more open than its account, so whoever sees the record may see its account's name.
    const rows: Array<{ id: string; name: string; account_name: string | null }> = await this.db.query(
      `SELECT id, name, NULL AS account_name FROM accounts WHERE id = ANY($1)
       UNION ALL SELECT d.id, d.name, a.name FROM deals d JOIN accounts a ON a.id = d.account_id WHERE d.id = ANY($1)
       UNION ALL SELECT c.id, c.subject, a.name FROM cases c JOIN accounts a ON a.id = c.account_id WHERE c.id = ANY($1)
       UNION ALL SELECT o.id, o.title, a.name FROM documents o
         LEFT JOIN deals d ON d.id = o.deal_id LEFT JOIN accounts a ON a.id = coalesce(o.account_id, d.account_id)
         WHERE o.id = ANY($1)
       UNION ALL SELECT id, name, NULL FROM employees WHERE id = ANY($1)
       UNION ALL SELECT id, name, NULL FROM teams WHERE id = ANY($1)
       UNION ALL SELECT t.id, '#' || coalesce((SELECT v.name FROM tidings_topic_first_use($2, t.id) v), t.key), NULL
         FROM topics t WHERE t.id = ANY($1)`,
      [unique, viewerId],
    );
    return new Map(rows.map((r) => [r.id, { id: r.id, name: r.name, kind: subjectKindOf(r.id) as SubjectKind, accountName: r.account_name }]));
  }

  /** The records a record rolls up to (a deal's account; a document's account and deal). */
  async parentsOf(subjectId: string): Promise<string[]> {
    const rows: Array<{ parents: Array<string | null> }> = await this.db.query(
      `SELECT ARRAY[account_id] AS parents FROM deals WHERE id = $1
       UNION ALL SELECT ARRAY[account_id] FROM cases WHERE id = $1
       UNION ALL SELECT ARRAY[account_id, deal_id] FROM documents WHERE id = $1`,
      [subjectId],
    );
    return (rows[0]?.parents ?? []).filter((p): p is string => !!p);
  }

  async exists(id: string): Promise<boolean> {
    return (await this.describe([id])).has(id);
  }
}
