import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { subjectKindOf } from '../../common/ids';
import { canSeeSql } from './can-see.sql';

/**
 * The one place that decides "can employee E open subject S". The rule is data plus one condition:
 * the view tidings_subject_levels (what each subject inherits access from) and who opens a private
 * level (can-see.sql.ts). tidings_can_see evaluates it per pair (single checks, and the feed
 * read's recheck on the rows a page reaches); fan-out computes it as sets once per batch. Both
 * read the same view.
 */
@Injectable()
export class AccessService {
  constructor(private readonly db: DataSource) {}

  /** SQL condition for composing into set-based queries: both arguments are SQL expressions. */
  static readonly canSeeSql = canSeeSql;

  async canSee(employeeId: string, subjectId: string, tx?: EntityManager): Promise<boolean> {
    if (!subjectKindOf(subjectId)) return false;
    const rows: Array<{ ok: boolean }> = await (tx ?? this.db).query('SELECT tidings_can_see($1, $2) AS ok', [
      employeeId,
      subjectId,
    ]);
    return rows[0]?.ok === true;
  }

  /** NOT_FOUND when missing or hidden: the same answer either way. */
  async assertCanSee(employeeId: string, subjectId: string, tx?: EntityManager): Promise<void> {
    if (!(await this.canSee(employeeId, subjectId, tx))) throw AppError.notFound(describeKind(subjectId));
  }

  /** The subset of subjectIds the employee may open, in one statement. */
  async visibleSubset(employeeId: string, subjectIds: readonly string[]): Promise<Set<string>> {
    if (subjectIds.length === 0) return new Set();
    const rows: Array<{ id: string }> = await this.db.query(
      'SELECT s AS id FROM unnest($2::text[]) AS s WHERE tidings_can_see($1, s)',
      [employeeId, [...new Set(subjectIds)]],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Of these employees, the ones who may open the subject, in one statement. */
  async audienceFor(subjectId: string, employeeIds: readonly string[]): Promise<Set<string>> {
    if (employeeIds.length === 0) return new Set();
    const rows: Array<{ id: string }> = await this.db.query(
      'SELECT e AS id FROM unnest($1::text[]) AS e WHERE tidings_can_see(e, $2)',
      [[...new Set(employeeIds)], subjectId],
    );
    return new Set(rows.map((r) => r.id));
  }
}

export function describeKind(subjectId: string): string {
  const kind = subjectKindOf(subjectId);
  return kind ? kind.toLowerCase() : 'subject';
}
