import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ActivityKind, CasePriority, CaseStatus } from '../../common/graphql/enums';
import { DealStage, Visibility, AccountTier } from './records.enums';
import { newSubjectId } from '../../common/ids';
import { ActivityWriter } from '../feed/activity-writer.service';
import { FieldChangeValue } from '../feed/entities/activity.entity';
import { FollowsService } from '../follows/follows.service';
import { Employee } from '../people/entities/employee.entity';
import { PeopleService } from '../people/people.service';
import { describeChanges, diffTracked } from './change-tracking.util';
import { RecordBase } from './entities/record-base.entity';
import { ACCOUNT_SPEC, CASE_SPEC, DEAL_SPEC, RecordSpec } from './record-specs';

export type ExternalRecordKind = 'ACCOUNT' | 'DEAL' | 'CASE';

/** A change to a record that happened in another system (a CRM), already mapped to our fields. */
export interface ExternalChange {
  kind: ExternalRecordKind;
  /** Our id of the record, or null when it is new to Tidings. */
  recordId: string | null;
  /** The parent account of a new deal or case. */
  accountId?: string | null;
  /** Mapped fields: name/subject, stage, amount, closeDate, status, priority, tier, industry. */
  fields: Record<string, unknown>;
  /** What the source said moved (tidings format `changes`), for events that arrive late. */
  declared?: FieldChangeValue[];
  /** The colleague who made the change there, when their email is known here. */
  actor: Employee | null;
  /** Shown instead of an actor: "Salesforce". */
  via: string;
  /** Older than the newest change already applied: recorded in the feed, the record is left alone. */
  stale: boolean;
  /** Where a late event's activity goes in the sequence (before what happened after it). */
  placeAt?: Date | null;
}

export interface Applied {
  id: string;
  activity: { id: string; createdAt: Date } | null;
}

const SPECS: Record<ExternalRecordKind, RecordSpec<RecordBase>> = {
  ACCOUNT: ACCOUNT_SPEC as unknown as RecordSpec<RecordBase>,
  DEAL: DEAL_SPEC as unknown as RecordSpec<RecordBase>,
  CASE: CASE_SPEC as unknown as RecordSpec<RecordBase>,
};

const DEFAULTS: Record<ExternalRecordKind, Record<string, unknown>> = {
  ACCOUNT: { tier: AccountTier.SMB },
  DEAL: { stage: DealStage.PROSPECTING, amount: 0 },
  CASE: { status: CaseStatus.NEW, priority: CasePriority.MEDIUM },
};

/**
 * Writes CRM changes the way in-app edits are written: in the caller's transaction, the record row
 * and its RECORD_CHANGE activity together, so the dispatcher fans it out and visibility applies.
 * The actor is the colleague resolved by email; otherwise the sentence says where it came from.
 */
@Injectable()
export class ExternalRecordWriter {
  constructor(
    private readonly writer: ActivityWriter,
    private readonly people: PeopleService,
    private readonly follows: FollowsService,
  ) {}

  async apply(tx: EntityManager, change: ExternalChange): Promise<Applied> {
    const spec = SPECS[change.kind];
    return change.recordId ? this.update(tx, spec, change.recordId, change) : this.create(tx, spec, change);
  }

  private async create(tx: EntityManager, spec: RecordSpec<RecordBase>, change: ExternalChange): Promise<Applied> {
    const owner = change.actor ?? (await this.people.firstAdmin(tx));
    if (!owner) throw new Error('no active admin to own records that arrive from outside');
    const repo = tx.getRepository(spec.entity);
    const now = new Date();
    const record = repo.create({
      ...DEFAULTS[change.kind],
      ...change.fields,
      ...(change.kind === 'ACCOUNT' ? {} : { accountId: change.accountId }),
      id: newSubjectId(spec.kind),
      visibility: Visibility.PUBLIC,
      ownerId: owner.id,
      owningTeamId: null,
      createdBy: owner.id,
      createdAt: now,
      updatedAt: now,
    } as unknown as RecordBase);
    await repo.insert(record);
    const changes: FieldChangeValue[] = spec.tracked.map(({ field, read }) => ({ field, from: null, to: read(record) })).filter((c) => c.to !== null);
    const activity = await this.writer.append(tx, {
      kind: ActivityKind.RECORD_CHANGE,
      actorId: change.actor?.id ?? null,
      subjectId: record.id,
      relatedSubjectIds: [...spec.parents(record), ...(change.actor ? [change.actor.id] : [])],
      body: this.sentence(`New ${spec.noun}: ${spec.name(record)}`, change),
      changes,
      occurredAt: change.placeAt ?? null,
    });
    if (change.actor) await this.follows.ensureFollowing(tx, [change.actor.id], record.id);
    return { id: record.id, activity: { id: activity.id, createdAt: activity.createdAt } };
  }

  private async update(tx: EntityManager, spec: RecordSpec<RecordBase>, id: string, change: ExternalChange): Promise<Applied> {
    const repo = tx.getRepository(spec.entity);
    const before = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!before) throw new Error(`mirrored record ${id} is missing`);
    let changes: FieldChangeValue[];
    let current = before;
    if (change.stale) {
      // The record already holds a newer state: say what happened then, change nothing now.
      const then = repo.merge(repo.create({ ...before }), change.fields);
      changes = change.declared?.length ? change.declared : diffTracked(before, then, spec.tracked).map((c) => ({ ...c, from: null }));
    } else {
      const after = repo.merge(repo.create({ ...before }), change.fields, { updatedAt: new Date() });
      await repo.save(after);
      changes = diffTracked(before, after, spec.tracked);
      current = after;
    }
    if (changes.length === 0) return { id, activity: null };
    const activity = await this.writer.append(tx, {
      kind: ActivityKind.RECORD_CHANGE,
      actorId: change.actor?.id ?? null,
      subjectId: id,
      relatedSubjectIds: [...spec.parents(current), ...(change.actor ? [change.actor.id] : [])],
      body: this.sentence(describeChanges(spec.name(current), changes), change),
      changes,
      occurredAt: change.placeAt ?? null,
    });
    return { id, activity: { id: activity.id, createdAt: activity.createdAt } };
  }

  private sentence(text: string, change: ExternalChange): string {
    return change.actor ? text : `${text} (via ${change.via})`;
  }
}
