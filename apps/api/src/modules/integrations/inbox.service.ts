import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { newId } from '../../common/ids';

export interface InboxEntry {
  /** The endpoint it came through: crm, hubspot, x, facebook, generic. */
  connector: string;
  /** With eventKey, the idempotency key: `salesforce` + `<transactionKey>:<sequenceNumber>`. */
  source: string;
  eventKey: string;
  payload: object;
}

/**
 * The ingest half: a verified, validated event is committed here before the request answers, and
 * the processor does the rest. A redelivery hits the unique key and changes nothing.
 */
@Injectable()
export class InboxService {
  constructor(private readonly db: DataSource) {}

  /** Stores the entries in one statement; answers, per entry, whether it was new. */
  async ingest(entries: readonly InboxEntry[]): Promise<boolean[]> {
    if (entries.length === 0) return [];
    const rows: Array<{ source: string; event_key: string }> = await this.db.query(
      `INSERT INTO integration_inbox (id, connector, source, event_key, payload)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::jsonb[])
       ON CONFLICT (source, event_key) DO NOTHING
       RETURNING source, event_key`,
      [
        entries.map(() => newId()),
        entries.map((e) => e.connector),
        entries.map((e) => e.source),
        entries.map((e) => e.eventKey),
        entries.map((e) => JSON.stringify(e.payload)),
      ],
    );
    const fresh = new Set(rows.map((r) => `${r.source}\u0000${r.event_key}`));
    // The same key twice in one batch: the first is new, the second a duplicate.
    return entries.map((e) => fresh.delete(`${e.source}\u0000${e.eventKey}`));
  }

  /** The newest occurredAt applied to each mirrored record, to answer "stale" at once. */
  async newestApplied(keys: ReadonlyArray<{ source: string; externalId: string }>): Promise<Map<string, Date>> {
    if (keys.length === 0) return new Map();
    const rows: Array<{ source: string; external_id: string; last_occurred_at: Date }> = await this.db.query(
      `SELECT r.source, r.external_id, r.last_occurred_at FROM external_records r
       JOIN unnest($1::text[], $2::text[]) AS k(source, external_id) USING (source, external_id)
       WHERE r.last_occurred_at IS NOT NULL`,
      [keys.map((k) => k.source), keys.map((k) => k.externalId)],
    );
    return new Map(rows.map((r) => [`${r.source}\u0000${r.external_id}`, r.last_occurred_at]));
  }
}
