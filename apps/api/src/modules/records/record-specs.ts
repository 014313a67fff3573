import { EntityTarget } from 'typeorm';
import { RecordKind } from '../../common/ids';
import { TrackedField } from './change-tracking.util';
import { Account } from './entities/account.entity';
import { Case } from './entities/case.entity';
import { Deal } from './entities/deal.entity';
import { Document } from './entities/document.entity';
import { RecordBase } from './entities/record-base.entity';

/** What differs between record kinds; everything else about writing them is shared. */
export interface RecordSpec<T extends RecordBase> {
  kind: RecordKind;
  noun: string;
  entity: EntityTarget<T>;
  name(record: T): string;
  /** The records this one rolls up to: their followers get its activities too. */
  parents(record: T): string[];
  /** Tracked fields besides the owner, which every kind tracks. */
  tracked: TrackedField<T>[];
  /** Fields an update may not set to null. */
  required: string[];
}

export const ACCOUNT_SPEC: RecordSpec<Account> = {
  kind: 'ACCOUNT',
  noun: 'account',
  entity: Account,
  name: (a) => a.name,
  parents: () => [],
  tracked: [{ field: 'tier', read: (a) => a.tier }],
  required: ['name', 'tier', 'visibility', 'ownerId'],
};

export const DEAL_SPEC: RecordSpec<Deal> = {
  kind: 'DEAL',
  noun: 'deal',
  entity: Deal,
  name: (d) => d.name,
  parents: (d) => [d.accountId],
  tracked: [
    { field: 'stage', read: (d) => d.stage },
    { field: 'amount', read: (d) => String(Number(d.amount)) },
    { field: 'closeDate', read: (d) => d.closeDate },
  ],
  required: ['name', 'stage', 'amount', 'visibility', 'ownerId'],
};

export const CASE_SPEC: RecordSpec<Case> = {
  kind: 'CASE',
  noun: 'case',
  entity: Case,
  name: (c) => c.subject,
  parents: (c) => [c.accountId],
  tracked: [
    { field: 'status', read: (c) => c.status },
    { field: 'priority', read: (c) => c.priority },
  ],
  required: ['subject', 'status', 'priority', 'visibility', 'ownerId'],
};

export const DOCUMENT_SPEC: RecordSpec<Document> = {
  kind: 'DOCUMENT',
  noun: 'document',
  entity: Document,
  name: (d) => d.title,
  parents: (d) => [d.accountId, d.dealId].filter((id): id is string => !!id),
  tracked: [{ field: 'status', read: (d) => d.status }],
  required: ['title', 'status', 'visibility', 'ownerId'],
};
