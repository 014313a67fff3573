import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FeedQueryService } from './feed-query.service';

type Preference = 'bookmarks' | 'muted_threads';

/**
 * One person's marks on an activity: a bookmark (the BOOKMARKED feed) and a mute (the thread
 * leaves their FOLLOWING feed, and replies and reactions in it stop notifying them; an @mention
 * still does).
 */
@Injectable()
export class ThreadPreferencesService {
  constructor(
    private readonly db: DataSource,
    private readonly feed: FeedQueryService,
  ) {}

  bookmark(employeeId: string, activityId: string, on: boolean): Promise<boolean> {
    return this.set('bookmarks', employeeId, activityId, on);
  }

  mute(employeeId: string, activityId: string, on: boolean): Promise<boolean> {
    return this.set('muted_threads', employeeId, activityId, on);
  }

  bookmarkedBy(employeeId: string, activityIds: readonly string[]): Promise<Set<string>> {
    return this.marked('bookmarks', employeeId, activityIds);
  }

  mutedBy(employeeId: string, activityIds: readonly string[]): Promise<Set<string>> {
    return this.marked('muted_threads', employeeId, activityIds);
  }

  /** Idempotent: bookmarking twice keeps one bookmark. NOT_FOUND for what the employee cannot open. */
  private async set(table: Preference, employeeId: string, activityId: string, on: boolean): Promise<boolean> {
    await this.feed.findVisible(employeeId, activityId);
    await this.db.query(
      on
        ? `INSERT INTO ${table} (employee_id, activity_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`
        : `DELETE FROM ${table} WHERE employee_id = $1 AND activity_id = $2`,
      [employeeId, activityId],
    );
    return on;
  }

  private async marked(table: Preference, employeeId: string, activityIds: readonly string[]): Promise<Set<string>> {
    const rows: Array<{ activity_id: string }> = await this.db.query(
      `SELECT activity_id FROM ${table} WHERE employee_id = $1 AND activity_id = ANY($2::uuid[])`,
      [employeeId, [...activityIds]],
    );
    return new Set(rows.map((r) => r.activity_id));
  }
}
