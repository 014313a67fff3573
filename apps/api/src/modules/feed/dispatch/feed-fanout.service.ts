import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import { AUDIENCE_INSERT, FIRST_AUDIENCE_INSERT } from '../feed.sql';
import { FeedEntryRef } from './feed-push.service';
import { OutboxClaims } from './outbox-claims';

export interface FanOutResult {
  claimed: string[];
  delivered: FeedEntryRef[];
}

const UNIQUE_VIOLATION = '23505';

/**
 * First delivery of new activities: claims a batch, writes the audience's feed entries in one
 * INSERT, marks the batch delivered, all in one transaction. The plain INSERT is the fast path; if
 * an entry exists after all, the transaction is retried with ON CONFLICT DO NOTHING, so a batch is
 * never stuck and nothing is pushed twice (only the entries the INSERT returned are pushed).
 */
@Injectable()
export class FeedFanout {
  constructor(private readonly db: DataSource) {}

  /** `onClaimed` hears the batch before its entries are written (the dispatcher presents it meanwhile). */
  async run(limit: number, onClaimed?: (claimed: string[]) => void): Promise<FanOutResult> {
    try {
      return await this.runWith(FIRST_AUDIENCE_INSERT, limit, onClaimed);
    } catch (error) {
      if (!(error instanceof QueryFailedError) || (error.driverError as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
      return this.runWith(AUDIENCE_INSERT, limit, onClaimed);
    }
  }

  private runWith(insert: string, limit: number, onClaimed?: (claimed: string[]) => void): Promise<FanOutResult> {
    return this.db.transaction(async (tx) => {
      const claimed = await OutboxClaims.claimNew(tx, limit);
      if (claimed.length === 0) return { claimed, delivered: [] };
      onClaimed?.(claimed);
      const delivered: FeedEntryRef[] = await tx.query(insert, [claimed]);
      await OutboxClaims.markDelivered(tx, claimed);
      return { claimed, delivered };
    });
  }
}
