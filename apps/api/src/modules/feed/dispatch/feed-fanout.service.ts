import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AUDIENCE_INSERT } from '../feed.sql';
import { FeedEntryRef } from './feed-push.service';
import { OutboxClaims } from './outbox-claims';

export interface FanOutResult {
  claimed: string[];
  delivered: FeedEntryRef[];
}

/**
 * First delivery of new activities: claims a batch, writes the audience's feed entries in one
 * INSERT, marks the batch delivered, all in one transaction. ON CONFLICT DO NOTHING makes a
 * redelivery after a crash harmless; only the entries the INSERT returned are pushed.
 */
@Injectable()
export class FeedFanout {
  constructor(private readonly db: DataSource) {}

  run(limit: number): Promise<FanOutResult> {
    return this.db.transaction(async (tx) => {
      const claimed = await OutboxClaims.claimNew(tx, limit);
      if (claimed.length === 0) return { claimed, delivered: [] };
      const delivered: FeedEntryRef[] = await tx.query(AUDIENCE_INSERT, [claimed]);
      await OutboxClaims.markDelivered(tx, claimed);
      return { claimed, delivered };
    });
  }
}
