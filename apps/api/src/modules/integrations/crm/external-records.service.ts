import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../../../common/errors/app-error';
import { AccessService } from '../../access/access.service';
import { CrmRecordType } from './crm-formats';

export interface Mirror {
  subjectId: string;
  recordType: CrmRecordType;
  lastOccurredAt: Date | null;
}

/** Which Tidings record mirrors which record of which source. */
@Injectable()
export class ExternalRecordsService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  /**
   * The mirror of (source, externalId), holding a transaction lock on that key whether or not it
   * exists yet, so two processes never create the same record twice.
   */
  async lock(tx: EntityManager, source: string, externalId: string): Promise<Mirror | null> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 7135720002))`, [`${source}\u001f${externalId}`]);
    const rows: Array<{ subject_id: string; record_type: CrmRecordType; last_occurred_at: Date | null }> = await tx.query(
      'SELECT subject_id, record_type, last_occurred_at FROM external_records WHERE source = $1 AND external_id = $2',
      [source, externalId],
    );
    return rows[0] ? { subjectId: rows[0].subject_id, recordType: rows[0].record_type, lastOccurredAt: rows[0].last_occurred_at } : null;
  }

  /** Records the mirror; its newest applied time only ever moves forward. */
  async save(tx: EntityManager, m: { source: string; externalId: string; recordType: CrmRecordType; subjectId: string; occurredAt: Date | null }): Promise<void> {
    await tx.query(
      `INSERT INTO external_records (source, external_id, record_type, subject_id, last_occurred_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (source, external_id) DO UPDATE SET last_occurred_at = greatest(external_records.last_occurred_at, EXCLUDED.last_occurred_at)`,
      [m.source, m.externalId, m.recordType, m.subjectId, m.occurredAt],
    );
  }

  /**
   * Where a late event goes: just before the earliest already placed change of the record that
   * happened after it, so the record's feed reads in the order things happened at the source.
   */
  async placeBefore(tx: EntityManager, subjectId: string, occurredAt: Date): Promise<Date> {
    const rows: Array<{ at: Date | null }> = await tx.query(
      `SELECT min(placed_at) - interval '1 millisecond' AS at FROM external_record_events WHERE subject_id = $1 AND occurred_at > $2`,
      [subjectId, occurredAt],
    );
    return rows[0]?.at ?? occurredAt;
  }

  async recordEvent(tx: EntityManager, e: { activityId: string; subjectId: string; occurredAt: Date; placedAt: Date }): Promise<void> {
    await tx.query('INSERT INTO external_record_events (activity_id, subject_id, occurred_at, placed_at) VALUES ($1, $2, $3, $4)', [
      e.activityId,
      e.subjectId,
      e.occurredAt,
      e.placedAt,
    ]);
  }

  /** Links an existing record to a source's id (the demo mirrors its seeded records this way). */
  async link(source: string, externalId: string, recordType: CrmRecordType, subjectId: string): Promise<void> {
    await this.db.query(
      `INSERT INTO external_records (source, external_id, record_type, subject_id) VALUES ($1, $2, $3, $4) ON CONFLICT (source, external_id) DO NOTHING`,
      [source, externalId, recordType, subjectId],
    );
  }

  /** NOT_FOUND when missing or hidden from the viewer: the same answer either way. */
  async subjectIdFor(viewerId: string, source: string, externalId: string): Promise<string> {
    const rows: Array<{ subject_id: string }> = await this.db.query('SELECT subject_id FROM external_records WHERE source = $1 AND external_id = $2', [
      source.trim().toLowerCase(),
      externalId.trim(),
    ]);
    const id = rows[0]?.subject_id;
    if (!id || !(await this.access.canSee(viewerId, id))) throw AppError.notFound('record');
    return id;
  }
}
