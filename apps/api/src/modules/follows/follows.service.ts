import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { subjectKindOf } from '../../common/ids';
import { AccessService } from '../access/access.service';
import { SubjectRefValue, SubjectsService } from '../access/subjects.service';

@Injectable()
export class FollowsService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly subjects: SubjectsService,
  ) {}

  /** Following something you cannot open is refused with the same NOT_FOUND as a missing subject. */
  async follow(employeeId: string, subjectId: string): Promise<boolean> {
    if (!subjectKindOf(subjectId)) throw AppError.badInput('subjectId', `"${subjectId}" is not a subject id`);
    await this.access.assertCanSee(employeeId, subjectId);
    await this.ensureFollowing(this.db.manager, [employeeId], subjectId);
    return true;
  }

  async unfollow(employeeId: string, subjectId: string): Promise<boolean> {
    if (!subjectKindOf(subjectId)) throw AppError.badInput('subjectId', `"${subjectId}" is not a subject id`);
    await this.access.assertCanSee(employeeId, subjectId);
    await this.db.query('DELETE FROM follows WHERE employee_id = $1 AND subject_id = $2', [employeeId, subjectId]);
    return true;
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

  /** Followers who may still open each subject; dormant follows (access lost) are not counted. */
  async followersCount(subjectIds: readonly string[]): Promise<Map<string, number>> {
    const rows: Array<{ subject_id: string; n: number }> = await this.db.query(
      `SELECT subject_id, count(*)::int AS n FROM follows
       WHERE subject_id = ANY($1) AND ${AccessService.canSeeSql('employee_id', 'subject_id')}
       GROUP BY subject_id`,
      [[...subjectIds]],
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
    const described = await this.subjects.describe(rows.map((r) => r.subject_id));
    return rows.map((r) => described.get(r.subject_id)).filter((s): s is SubjectRefValue => !!s);
  }
}
