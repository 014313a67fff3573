import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AUDIENCE_INSERT, CURRENT_AUDIENCE } from '../feed.sql';
import { FeedEntryRef } from './feed-push.service';
import { OutboxClaims } from './outbox-claims';

export interface UpdatesResult {
  claimed: string[];
  /** Followers the change now qualifies for (a folded stage change passing a stage-only follow). */
  added: FeedEntryRef[];
  /** Everyone else who already had the item. */
  current: FeedEntryRef[];
}

/**
 * Activities that changed after delivery (folded changes, edits, removals, comments), claimed like
 * new ones. The audience insert runs again, since a change can widen it; whoever already had the
 * item is listed for `feed:item:updated`.
 */
@Injectable()
export class FeedUpdates {
  constructor(private readonly db: DataSource) {}

  run(limit: number): Promise<UpdatesResult> {
    return this.db.transaction(async (tx) => {
      const claimed = await OutboxClaims.claimUpdated(tx, limit);
      if (claimed.length === 0) return { claimed, added: [], current: [] };
      const added: FeedEntryRef[] = await tx.query(AUDIENCE_INSERT, [claimed]);
      const everyone: FeedEntryRef[] = await tx.query(CURRENT_AUDIENCE, [claimed]);
      await OutboxClaims.markUpdated(tx, claimed);
      const isNew = new Set(added.map((e) => `${e.employee_id}/${e.activity_id}`));
      return { claimed, added, current: everyone.filter((e) => !isNew.has(`${e.employee_id}/${e.activity_id}`)) };
    });
  }
}
