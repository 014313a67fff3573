import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ActivityKind } from '../../../common/graphql/enums';
import { ActivityWriter } from '../../feed/activity-writer.service';
import { PeopleService } from '../../people/people.service';
import { ExternalRecordWriter } from '../../records/external-record-writer.service';
import { InboxProcessor, InboxRow } from '../inbox-processor.service';
import { ExternalRecordsService } from './external-records.service';
import { CrmItem, CrmRecordType, sourceLabel } from './crm-formats';

const NOUNS: Record<CrmRecordType, string> = { ACCOUNT: 'account', DEAL: 'deal', CASE: 'case' };

/**
 * Applies CRM events from the inbox: mirrors records by (source, externalId), creating what Tidings
 * does not know yet (under a stub account when the account is unknown), and turns changes into the
 * same RECORD_CHANGE activities in-app edits make. An event older than the newest one applied to
 * its record is recorded in the feed at its own time and leaves the record as it is.
 */
@Injectable()
export class CrmEventProcessor implements OnModuleInit {
  constructor(
    private readonly processor: InboxProcessor,
    private readonly records: ExternalRecordWriter,
    private readonly external: ExternalRecordsService,
    private readonly writer: ActivityWriter,
    private readonly people: PeopleService,
  ) {}

  onModuleInit(): void {
    for (const connector of ['crm', 'hubspot']) this.processor.register(connector, (tx, row) => this.handle(tx, row));
  }

  private async handle(tx: EntityManager, row: InboxRow): Promise<string> {
    const item = row.payload as CrmItem;
    return item.type === 'business' ? this.business(tx, item) : this.record(tx, item);
  }

  private async record(tx: EntityManager, item: Extract<CrmItem, { type: 'record' }>): Promise<string> {
    const occurredAt = new Date(item.occurredAt);
    const mirror = await this.external.lock(tx, item.source, item.externalId);
    if (mirror && mirror.recordType !== item.recordType) {
      throw new Error(`${item.source} ${item.externalId} is mirrored as ${mirror.recordType}, not ${item.recordType}`);
    }
    const stale = !!mirror?.lastOccurredAt && occurredAt < mirror.lastOccurredAt;
    const actor = item.actorEmail ? await this.people.findActiveByEmail(item.actorEmail, tx) : null;
    const via = sourceLabel(item.source);
    const fields: Record<string, unknown> = { ...item.fields };
    let accountId: string | null = null;
    if (!mirror) {
      const nameField = item.recordType === 'CASE' ? 'subject' : 'name';
      fields[nameField] ??= item.name ?? `${via} ${NOUNS[item.recordType]} ${item.externalId}`;
      if (item.recordType !== 'ACCOUNT') accountId = await this.accountFor(tx, item.source, item.accountExternalId);
    }
    const placeAt = stale && mirror ? await this.external.placeBefore(tx, mirror.subjectId, occurredAt) : null;
    const { id, activity } = await this.records.apply(tx, {
      kind: item.recordType,
      recordId: mirror?.subjectId ?? null,
      accountId,
      fields,
      declared: item.declared,
      actor,
      via,
      stale,
      placeAt,
    });
    await this.external.save(tx, { source: item.source, externalId: item.externalId, recordType: item.recordType, subjectId: id, occurredAt });
    if (activity) await this.external.recordEvent(tx, { activityId: activity.id, subjectId: id, occurredAt, placedAt: activity.createdAt });
    return stale ? 'stale' : 'applied';
  }

  /** "Invoice INV-1042 overdue (€12,400)" on the account, for its followers. */
  private async business(tx: EntityManager, item: Extract<CrmItem, { type: 'business' }>): Promise<string> {
    const accountId = await this.accountFor(tx, item.source, item.accountExternalId, item.accountName);
    await this.writer.append(tx, {
      kind: ActivityKind.BUSINESS_EVENT,
      actorId: null,
      subjectId: accountId,
      relatedSubjectIds: [],
      body: businessSentence(item),
    });
    return 'applied';
  }

  /** Our account for a source's account id; an unknown one becomes a stub that later events fill in. */
  private async accountFor(tx: EntityManager, source: string, externalId: string | null, name?: string | null): Promise<string> {
    const key = externalId ?? '~unassigned';
    const known = await this.external.lock(tx, source, key);
    if (known) return known.subjectId;
    const via = sourceLabel(source);
    const { id } = await this.records.apply(tx, {
      kind: 'ACCOUNT',
      recordId: null,
      fields: { name: name ?? (externalId ? `${via} account ${externalId}` : `Unassigned (${via})`) },
      actor: null,
      via,
      stale: false,
    });
    // No occurredAt: the stub's own events, when they come, all count as newer.
    await this.external.save(tx, { source, externalId: key, recordType: 'ACCOUNT', subjectId: id, occurredAt: null });
    return id;
  }
}

export function businessSentence(item: { name: string; status: string; amount: number | null; currency: string | null }): string {
  if (item.amount === null) return `${item.name} ${item.status}`;
  const amount = item.currency
    ? new Intl.NumberFormat('en-US', { style: 'currency', currency: item.currency, minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(item.amount)
    : new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(item.amount);
  return `${item.name} ${item.status} (${amount})`;
}
