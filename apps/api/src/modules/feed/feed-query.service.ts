import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { FeedFilter } from './feed.enums';
import { isUuid, subjectKindOf } from '../../common/ids';
import { AccessService } from '../access/access.service';
import { Activity, FeedConnection } from './activity.types';
import { encodeFeedCursor, FeedPosition } from './cursor.util';
import { ActivityRow } from './entities/activity.entity';
import { ACTIVITY_COLUMNS, BOOKMARKED_PAGES, FOLLOWING_PAGES, SOCIAL_PAGES, SUBJECT_PAGES, TO_ME_PAGES } from './feed.sql';
import { feedWindow, FeedWindow, PagingArgs } from './feed-window.util';

export interface FeedArgs extends PagingArgs {
  filter: FeedFilter;
  subjectId?: string | null;
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
 * Feed reads: keyset pages, newest first, read either way from a cursor (Relay first/after and
 * last/before). Visibility is checked again on read, so access revoked after fan-out hides the
 * entry at once. One statement per page; fields resolve through loaders.
 */
@Injectable()
export class FeedQueryService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  async feed(viewerId: string, args: FeedArgs): Promise<FeedConnection> {
    const window = feedWindow(args);
    const { direction, size } = window;
    const [at, id] = position(window.cursor);
    // One row more than asked tells whether more follow in the direction of travel.
    const limit = size + 1;
    switch (args.filter) {
      case FeedFilter.FOLLOWING:
        return this.page(await this.db.query(FOLLOWING_PAGES[direction], [viewerId, limit, at, id]), window);
      case FeedFilter.SUBJECT: {
        if (!args.subjectId) throw AppError.badInput('subjectId', 'is required with filter SUBJECT');
        if (!subjectKindOf(args.subjectId)) throw AppError.badInput('subjectId', `"${args.subjectId}" is not a subject id`);
        await this.access.assertCanSee(viewerId, args.subjectId);
        return this.page(await this.db.query(SUBJECT_PAGES[direction], [viewerId, args.subjectId, limit, at, id]), window);
      }
      case FeedFilter.TO_ME:
        return this.page(await this.db.query(TO_ME_PAGES[direction], [viewerId, limit, at, id]), window);
      case FeedFilter.BOOKMARKED:
        return this.page(await this.db.query(BOOKMARKED_PAGES[direction], [viewerId, limit, at, id]), window);
      case FeedFilter.SOCIAL:
        return this.page(await this.db.query(SOCIAL_PAGES[direction], [viewerId, limit, at, id]), window);
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

  /** Edges newest first whichever way the page was read; a backward page arrives nearest first. */
  private page(rows: RawActivity[], window: FeedWindow): FeedConnection {
    const more = rows.length > window.size;
    const kept = rows.slice(0, window.size);
    if (window.direction === 'NEWER') kept.reverse();
    const edges = kept.map((row) => ({
      cursor: encodeFeedCursor({ createdAt: row.sort_at ?? row.created_at, id: row.id }),
      node: toActivity(row),
    }));
    return {
      edges,
      pageInfo: {
        hasNextPage: window.direction === 'OLDER' && more,
        endCursor: edges.at(-1)?.cursor ?? null,
        hasPreviousPage: window.direction === 'NEWER' && more,
        startCursor: edges[0]?.cursor ?? null,
      },
    };
  }
}

function position(cursor: FeedPosition | null): [Date | null, string | null] {
  return [cursor?.createdAt ?? null, cursor?.id ?? null];
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
