import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SubjectKind, subjectKindOf } from '../../common/ids';

export interface SubjectRefValue {
  id: string;
  kind: SubjectKind;
  name: string;
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
    const rows: Array<{ id: string; name: string }> = await this.db.query(
      `SELECT id, name FROM accounts WHERE id = ANY($1)
       UNION ALL SELECT id, name FROM deals WHERE id = ANY($1)
       UNION ALL SELECT id, subject FROM cases WHERE id = ANY($1)
       UNION ALL SELECT id, title FROM documents WHERE id = ANY($1)
       UNION ALL SELECT id, name FROM employees WHERE id = ANY($1)
       UNION ALL SELECT id, name FROM teams WHERE id = ANY($1)
       UNION ALL SELECT t.id, '#' || coalesce((SELECT v.name FROM tidings_topic_first_use($2, t.id) v), t.key)
         FROM topics t WHERE t.id = ANY($1)`,
      [unique, viewerId],
    );
    return new Map(rows.map((r) => [r.id, { id: r.id, name: r.name, kind: subjectKindOf(r.id) as SubjectKind }]));
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
