import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { AccessService } from '../access/access.service';
import { canSeeSql } from '../access/can-see.sql';
import { MentionCandidate, MentionCandidateKind } from './mention-candidate.types';
import { assertPageSize } from '../../common/page-size';

export const MENTION_CANDIDATES_MAX = 20;
const PREFIX_MAX = 120;

export interface MentionCandidatesQuery {
  prefix: string;
  subjectId: string | null;
  first: number;
}

/** Autocomplete for @mentions: active employees and teams by handle or by a word of their name. */
@Injectable()
export class MentionCandidatesService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  async find(employeeId: string, { prefix, subjectId, first }: MentionCandidatesQuery): Promise<MentionCandidate[]> {
    assertPageSize(first, MENTION_CANDIDATES_MAX);
    const typed = prefix.trim().replace(/^@/, '').toLowerCase();
    if (typed.length > PREFIX_MAX) throw AppError.badInput('prefix', `must be at most ${PREFIX_MAX} characters`);
    if (subjectId !== null) await this.access.assertCanSee(employeeId, subjectId);

    const pattern = `${escapeLike(typed)}%`;
    // Candidates are chosen and ordered first; the access check then runs only for the few kept.
    // A team "can open" the subject when at least one active member can: that member is notified.
    const rows: Array<{ id: string; kind: MentionCandidateKind; handle: string; name: string; can_open: boolean | null }> =
      await this.db.query(
        `SELECT c.id, c.kind, c.handle, c.name,
           CASE WHEN $3::text IS NULL THEN NULL
                WHEN c.kind = 'TEAM' THEN EXISTS (
                  SELECT 1 FROM team_members tm JOIN employees m ON m.id = tm.employee_id AND m.active
                  WHERE tm.team_id = c.id AND ${canSeeSql('tm.employee_id', '$3')})
                ELSE ${canSeeSql('c.id', '$3')} END AS can_open
         FROM (
           SELECT c.*, lower(c.handle) LIKE $1 AS by_handle
           FROM (
             SELECT id, 'EMPLOYEE' AS kind, handle, name FROM employees WHERE active
             UNION ALL SELECT id, 'TEAM', handle, name FROM teams
           ) c
           WHERE lower(c.handle) LIKE $1
              OR ' ' || regexp_replace(lower(c.name), '\\s+', ' ', 'g') LIKE '% ' || $1
           ORDER BY by_handle DESC, lower(c.name), c.id
           LIMIT $2
         ) c
         ORDER BY c.by_handle DESC, lower(c.name), c.id`,
        [pattern, first, subjectId],
      );
    return rows.map((r) => ({ id: r.id, kind: r.kind, handle: r.handle, name: r.name, canOpenSubject: r.can_open }));
  }
}

/** LIKE's wildcards and its escape character (backslash, PostgreSQL's default) taken literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
