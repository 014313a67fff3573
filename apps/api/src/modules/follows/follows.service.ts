import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { subjectKindOf } from '../../common/ids';
import { AccessService } from '../access/access.service';
import { SubjectRefValue, SubjectsService } from '../access/subjects.service';
import { ActivityKind, SubjectKindEnum } from '../../common/graphql/enums';
import { FOLLOWABLE_FIELDS, FollowFilterInput, FollowSettings } from './follow-filter.types';

interface FollowRow {
  kinds: string[] | null;
  fields: string[] | null;
  include_related: boolean;
  created_at: Date;
}

@Injectable()
export class FollowsService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly subjects: SubjectsService,
  ) {}

  /** Following something you cannot open is refused with the same NOT_FOUND as a missing subject. */
  async follow(employeeId: string, subjectId: string): Promise<boolean> {
    assertNotSelf(employeeId, subjectId);
    await this.assertOpenSubject(employeeId, subjectId);
    await this.ensureFollowing(this.db.manager, [employeeId], subjectId);
    return true;
  }

  /**
   * Removes my follow. A dormant follow (I can no longer open the subject) can be removed too: that
   * only ever deletes my own row, so it tells nothing about the subject. Otherwise NOT_FOUND, as ever.
   */
  async unfollow(employeeId: string, subjectId: string): Promise<boolean> {
    if (!subjectKindOf(subjectId)) throw AppError.badInput('subjectId', `"${subjectId}" is not a subject id`);
    const removed: Array<{ n: number }> = await this.db.query(
      'WITH gone AS (DELETE FROM follows WHERE employee_id = $1 AND subject_id = $2 RETURNING 1) SELECT count(*)::int AS n FROM gone',
      [employeeId, subjectId],
    );
    if (removed[0].n === 0) await this.access.assertCanSee(employeeId, subjectId);
    return true;
  }

  /**
   * Narrows (or widens) what a follow delivers, following the subject first if need be. Applies to
   * what happens from now on; the feed keeps what was already delivered.
   */
  async updateFollow(employeeId: string, subjectId: string, filter: FollowFilterInput): Promise<FollowSettings> {
    const { kinds, fields } = filter; // undefined: keep as it is; null: everything on that axis
    if (kinds && kinds.length === 0) throw AppError.badInput('kinds', 'is empty; list at least one kind, or unfollow to receive nothing');
    if (fields) {
      if (fields.length === 0) throw AppError.badInput('fields', 'is empty; list at least one field, or pass null for changes to any field');
      const unknown = fields.filter((f) => !(FOLLOWABLE_FIELDS as readonly string[]).includes(f));
      if (unknown.length > 0) {
        throw AppError.badInput('fields', `"${unknown[0]}" is not a tracked field; use one of ${FOLLOWABLE_FIELDS.join(', ')}`);
      }
    }
    assertNotSelf(employeeId, subjectId);
    await this.assertOpenSubject(employeeId, subjectId);
    const rows: FollowRow[] = await this.db.query(
      `INSERT INTO follows (employee_id, subject_id, kinds, fields, include_related)
       VALUES ($1, $2, $3, $4, coalesce($5, true))
       ON CONFLICT (employee_id, subject_id) DO UPDATE SET
         kinds = CASE WHEN $6 THEN EXCLUDED.kinds ELSE follows.kinds END,
         fields = CASE WHEN $7 THEN EXCLUDED.fields ELSE follows.fields END,
         include_related = coalesce($5, follows.include_related)
       RETURNING kinds, fields, include_related, created_at`,
      [employeeId, subjectId, kinds ?? null, fields ? [...new Set(fields)] : null, filter.includeRelated ?? null, kinds !== undefined, fields !== undefined],
    );
    return this.toSettings(employeeId, subjectId, rows[0]);
  }

  /** My follow of a subject and its filter, or null when I do not follow it (or can no longer open it). */
  async settings(employeeId: string, subjectId: string): Promise<FollowSettings | null> {
    await this.assertOpenSubject(employeeId, subjectId);
    const rows: FollowRow[] = await this.db.query(
      'SELECT kinds, fields, include_related, created_at FROM follows WHERE employee_id = $1 AND subject_id = $2',
      [employeeId, subjectId],
    );
    return rows[0] ? this.toSettings(employeeId, subjectId, rows[0]) : null;
  }

  /** A subject id of ours that the employee may open: BAD_USER_INPUT, or the same NOT_FOUND as a missing one. */
  private async assertOpenSubject(employeeId: string, subjectId: string): Promise<void> {
    if (!subjectKindOf(subjectId)) throw AppError.badInput('subjectId', `"${subjectId}" is not a subject id`);
    await this.access.assertCanSee(employeeId, subjectId);
  }

  private async toSettings(employeeId: string, subjectId: string, row: FollowRow): Promise<FollowSettings> {
    const subject = (await this.subjects.describe([subjectId], employeeId)).get(subjectId);
    return {
      subject: { id: subjectId, kind: (subject?.kind ?? subjectKindOf(subjectId)) as SubjectKindEnum, name: subject?.name ?? '' },
      kinds: row.kinds as ActivityKind[] | null,
      fields: row.fields,
      includeRelated: row.include_related,
      since: row.created_at,
    };
  }

  /** Auto-follow (creators, owners) inside the caller's transaction. */
  async ensureFollowing(tx: EntityManager, employeeIds: readonly string[], subjectId: string): Promise<void> {
    if (employeeIds.length === 0) return;
    await tx.query(
      `INSERT INTO follows (employee_id, subject_id) SELECT e, $2 FROM unnest($1::text[]) AS e
       ON CONFLICT (employee_id, subject_id) DO NOTHING`,
      [[...new Set(employeeIds)], subjectId],
    );
  }

  /**
   * Followers who may still open each subject; dormant follows (access lost) are not counted. Of a
   * topic's followers, the viewer counts only those who followed since the first use the viewer can
   * open (and themselves): earlier ones came from a side the viewer does not see.
   */
  async followersCount(viewerId: string, subjectIds: readonly string[]): Promise<Map<string, number>> {
    const rows: Array<{ subject_id: string; n: number }> = await this.db.query(
      `WITH seen AS (
         SELECT s AS subject_id, (SELECT v.created_at FROM tidings_topic_first_use($2, s) v) AS since
         FROM unnest($1::text[]) AS s WHERE split_part(s, '_', 1) = 'topic'
       )
       SELECT f.subject_id, count(*)::int AS n FROM follows f LEFT JOIN seen ON seen.subject_id = f.subject_id
       WHERE f.subject_id = ANY($1) AND ${AccessService.canSeeSql('f.employee_id', 'f.subject_id')}
         AND (seen.subject_id IS NULL OR f.employee_id = $2 OR f.created_at >= seen.since)
       GROUP BY f.subject_id`,
      [[...subjectIds], viewerId],
    );
    return new Map(rows.map((r) => [r.subject_id, r.n]));
  }

  async followedBy(employeeId: string, subjectIds: readonly string[]): Promise<Set<string>> {
    const rows: Array<{ subject_id: string }> = await this.db.query(
      'SELECT subject_id FROM follows WHERE employee_id = $1 AND subject_id = ANY($2)',
      [employeeId, [...subjectIds]],
    );
    return new Set(rows.map((r) => r.subject_id));
  }

  /** What the employee follows and can still open, newest follow first. */
  async following(employeeId: string): Promise<SubjectRefValue[]> {
    const rows: Array<{ subject_id: string }> = await this.db.query(
      `SELECT subject_id FROM follows WHERE employee_id = $1 AND ${AccessService.canSeeSql('$1', 'subject_id')}
       ORDER BY created_at DESC LIMIT 500`,
      [employeeId],
    );
    const described = await this.subjects.describe(rows.map((r) => r.subject_id), employeeId);
    return rows.map((r) => described.get(r.subject_id)).filter((s): s is SubjectRefValue => !!s);
  }
}

/** Your own doings already reach you (TO_ME, your posts): following yourself is refused. */
function assertNotSelf(employeeId: string, subjectId: string): void {
  if (subjectId === employeeId) throw AppError.badInput('subjectId', 'is you; you cannot follow yourself');
}
