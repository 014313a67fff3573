import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { FeedFilter } from '../../common/graphql/enums';
import { isUuid, subjectKindOf } from '../../common/ids';
import { AccessService } from '../access/access.service';
import { Activity, FeedConnection } from './activity.types';
import { decodeCursor, encodeCursor, FeedPosition } from './cursor.util';
import { ActivityRow } from './entities/activity.entity';
import { ACTIVITY_COLUMNS, BOOKMARKED_PAGE, FOLLOWING_PAGE, SOCIAL_PAGE, SUBJECT_PAGE, TO_ME_PAGE } from './feed.sql';

export const MAX_PAGE = 100;

export interface FeedArgs {
  filter: FeedFilter;
  subjectId?: string | null;
  first: number;
  after?: string | null;
}

export interface RawActivity {
  id: string;
  kind: ActivityRow['kind'];
  actor_id: string | null;
  subject_id: string;
  body: string | null;
  changes: ActivityRow['changes'];
  created_at: Date;
  edited_at: Date | null;
  deleted_at: Date | null;
  updated_at: Date | null;
  /** Where the row sits in its feed when that is not its own time (TO_ME: the latest notification). */
  sort_at?: Date;
}

/**
 * Feed reads: keyset pages, newest first. Visibility is checked again on read, so access revoked
 * after fan-out hides the entry at once. One statement per page; fields resolve through loaders.
 */
@Injectable()
export class FeedQueryService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  async feed(viewerId: string, args: FeedArgs): Promise<FeedConnection> {
    if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE) {
      throw AppError.badInput('first', `must be between 1 and ${MAX_PAGE}`);
    }
    const after = args.after ? decodeCursor(args.after) : null;
    switch (args.filter) {
      case FeedFilter.FOLLOWING:
        return this.page(await this.following(viewerId, args.first + 1, after), args.first);
      case FeedFilter.SUBJECT: {
        if (!args.subjectId) throw AppError.badInput('subjectId', 'is required with filter SUBJECT');
        if (!subjectKindOf(args.subjectId)) throw AppError.badInput('subjectId', `"${args.subjectId}" is not a subject id`);
        await this.access.assertCanSee(viewerId, args.subjectId);
        return this.page(await this.ofSubject(viewerId, args.subjectId, args.first + 1, after), args.first);
      }
      case FeedFilter.TO_ME:
        return this.page(await this.db.query(TO_ME_PAGE, [viewerId, args.first + 1, ...position(after)]), args.first);
      case FeedFilter.BOOKMARKED:
        return this.page(await this.db.query(BOOKMARKED_PAGE, [viewerId, args.first + 1, ...position(after)]), args.first);
      case FeedFilter.SOCIAL:
        return this.page(await this.db.query(SOCIAL_PAGE, [viewerId, args.first + 1, ...position(after)]), args.first);
      default:
        throw AppError.badInput('filter', `${String(args.filter)} is not a feed filter`);
    }
  }

  async findVisible(viewerId: string, activityId: string): Promise<Activity> {
    if (!isUuid(activityId)) throw AppError.notFound('activity');
    const rows: RawActivity[] = await this.db.query(
      `SELECT ${ACTIVITY_COLUMNS} FROM activities a WHERE a.id = $2 AND ${AccessService.canSeeSql('$1', 'a.subject_id')}`,
      [viewerId, activityId],
    );
    if (!rows[0]) throw AppError.notFound('activity');
    return toActivity(rows[0]);
  }

  /** Activities by id, only those on subjects the viewer can open (for loaders). */
  async visibleByIds(viewerId: string, ids: readonly string[]): Promise<Activity[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return [];
    const rows: RawActivity[] = await this.db.query(
      `SELECT ${ACTIVITY_COLUMNS} FROM activities a WHERE a.id = ANY($2::uuid[]) AND ${AccessService.canSeeSql('$1', 'a.subject_id')}`,
      [viewerId, valid],
    );
    return rows.map(toActivity);
  }

  private following(viewerId: string, limit: number, after: FeedPosition | null): Promise<RawActivity[]> {
    return this.db.query(FOLLOWING_PAGE, [viewerId, limit, ...position(after)]);
  }

  /** A subject's own activities plus what rolls up to it (an account's deals, an employee's actions). */
  private ofSubject(viewerId: string, subjectId: string, limit: number, after: FeedPosition | null): Promise<RawActivity[]> {
    return this.db.query(SUBJECT_PAGE, [viewerId, subjectId, limit, ...position(after)]);
  }

  private page(rows: RawActivity[], first: number): FeedConnection {
    const edges = rows.slice(0, first).map((row) => ({
      cursor: encodeCursor({ createdAt: row.sort_at ?? row.created_at, id: row.id }),
      node: toActivity(row),
    }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  }
}

function position(after: FeedPosition | null): [Date | null, string | null] {
  return [after?.createdAt ?? null, after?.id ?? null];
}

export function toActivity(row: RawActivity): Activity {
  return Object.assign(new Activity(), {
    id: row.id,
    kind: row.kind,
    actorId: row.actor_id,
    subjectId: row.subject_id,
    body: row.body,
    changes: row.changes,
    createdAt: row.created_at,
    editedAt: row.edited_at,
    deletedAt: row.deleted_at,
    updatedAt: row.updated_at,
  });
}
