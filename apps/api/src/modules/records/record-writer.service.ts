import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { ActivityKind, Role } from '../../common/graphql/enums';
import { newSubjectId } from '../../common/ids';
import { cleanText } from '../../common/text.util';
import { AccessService } from '../access/access.service';
import { ActivityWriter } from '../feed/activity-writer.service';
import { FieldChangeValue } from '../feed/entities/activity.entity';
import { FollowsService } from '../follows/follows.service';
import { Employee } from '../people/entities/employee.entity';
import { PeopleService } from '../people/people.service';
import { NotificationsService } from '../notifications/notifications.service';
import { describeChanges, diffTracked, netChanges } from './change-tracking.util';
import { RecordBase } from './entities/record-base.entity';
import { RecordSpec } from './record-specs';

type Patch = Record<string, unknown>;

/** Who is writing: a person (subject to the ownership rule) or the server's own rules. */
export type WriteOrigin = 'person' | 'system';

/**
 * Creates and updates records of every kind. Each write is one transaction that changes the
 * record, appends its RECORD_CHANGE activity (or folds into the actor's burst of changes), auto-follows
 * the creator and owner, and notifies a new owner other than the actor (ASSIGNMENT).
 */
@Injectable()
export class RecordWriter {
  constructor(
    private readonly writer: ActivityWriter,
    private readonly access: AccessService,
    private readonly follows: FollowsService,
    private readonly people: PeopleService,
    private readonly notifications: NotificationsService,
  ) {}

  async create<T extends RecordBase>(actor: Employee, spec: RecordSpec<T>, input: Patch): Promise<T> {
    return this.writer.transaction((tx) => this.createIn(tx, actor, spec, input));
  }

  /**
   * The same inside the caller's transaction. A null actor is the server's own rules (a case
   * routed from a social mention): the owner is then the creator, and the activity has no actor.
   */
  async createIn<T extends RecordBase>(tx: EntityManager, actor: Employee | null, spec: RecordSpec<T>, input: Patch): Promise<T> {
    const fields = cleanStrings(input);
    const ownerId = (fields.ownerId as string | undefined) ?? actor?.id;
    if (!ownerId) throw AppError.badInput('ownerId', 'is required for a record the server creates');
    const owner = await this.people.assertActiveEmployee(ownerId, 'ownerId', tx);
    if (fields.owningTeamId) await this.people.assertTeam(fields.owningTeamId as string, 'owningTeamId', tx);
    if (fields.supportTeamId) await this.people.assertTeam(fields.supportTeamId as string, 'supportTeamId', tx);
    const now = new Date();
    const repo = tx.getRepository(spec.entity);
    const record = repo.create({
      ...fields,
      id: newSubjectId(spec.kind),
      ownerId: owner.id,
      owningTeamId: (fields.owningTeamId as string | undefined) ?? null,
      createdBy: actor?.id ?? owner.id,
      createdAt: now,
      updatedAt: now,
    } as unknown as T);
    await repo.insert(record as never);
    const changes: FieldChangeValue[] = [
      ...spec.tracked.map(({ field, read }) => ({ field, from: null, to: read(record) })).filter((c) => c.to !== null),
      { field: 'owner', from: null, to: owner.name },
    ];
    const activity = await this.writer.append(tx, {
      kind: ActivityKind.RECORD_CHANGE,
      actorId: actor?.id ?? null,
      subjectId: record.id,
      relatedSubjectIds: [...spec.parents(record), ...(actor ? [actor.id] : [])],
      body: `New ${spec.noun}: ${spec.name(record)}`,
      changes,
    });
    await this.follows.ensureFollowing(tx, actor ? [actor.id, owner.id] : [owner.id], record.id);
    await this.notifications.add(tx, { kind: 'ASSIGNMENT', recipientIds: [owner.id], actorId: actor?.id ?? null, activityId: activity.id, subjectId: record.id });
    return record;
  }

  /**
   * `by: 'system'` is for the server's own rules (routing, assignment from an integration): the
   * ownership rule below is for people, so a system write may assign any active owner.
   */
  async update<T extends RecordBase>(actor: Employee, spec: RecordSpec<T>, id: string, input: Patch, by: WriteOrigin = 'person'): Promise<T> {
    return this.writer.transaction((tx) => this.updateIn(tx, actor, spec, id, input, by));
  }

  /** The same inside the caller's transaction; a null actor is the server's own rules (`by` is then 'system'). */
  async updateIn<T extends RecordBase>(
    tx: EntityManager,
    actor: Employee | null,
    spec: RecordSpec<T>,
    id: string,
    input: Patch,
    by: WriteOrigin = 'person',
  ): Promise<T> {
    const patch = definedOnly(cleanStrings(input), spec.required);
    const system = by === 'system' || actor === null;
    // Access first: no row lock is taken on a record the caller cannot open.
    if (actor && !(await this.access.canSee(actor.id, id, tx))) throw AppError.notFound(spec.noun);
    const repo = tx.getRepository(spec.entity);
    const before = await repo.findOne({ where: { id } as never, lock: { mode: 'pessimistic_write' } });
    if (!before) throw AppError.notFound(spec.noun);
    const changesAccess = ('visibility' in patch && patch.visibility !== before.visibility) || 'owningTeamId' in patch;
    if (actor && changesAccess && actor.role !== Role.ADMIN && actor.id !== before.ownerId) {
      throw AppError.forbidden(`Only the ${spec.noun}'s owner or an admin can change who may see it.`);
    }
    let newOwner: Employee | null = null;
    if (patch.ownerId && patch.ownerId !== before.ownerId) {
      if (!system && actor) await assertMayTransfer(this.people, tx, actor, spec.noun, before, patch.ownerId as string);
      newOwner = await this.people.assertActiveEmployee(patch.ownerId as string, 'ownerId', tx);
    }
    if (patch.owningTeamId) await this.people.assertTeam(patch.owningTeamId as string, 'owningTeamId', tx);
    if (patch.supportTeamId) await this.people.assertTeam(patch.supportTeamId as string, 'supportTeamId', tx);

    const after = repo.merge(repo.create({ ...before }), patch as never, { updatedAt: new Date() } as never);
    await repo.save(after);

    const changes = diffTracked(before, after, spec.tracked);
    if (newOwner) {
      const previous = await this.people.findById(before.ownerId);
      changes.push({ field: 'owner', from: previous?.name ?? null, to: newOwner.name });
      await this.follows.ensureFollowing(tx, [newOwner.id], id);
    }
    if (changes.length > 0) {
      const { row } = await this.writer.appendOrFold(
        tx,
        {
          kind: ActivityKind.RECORD_CHANGE,
          actorId: actor?.id ?? null,
          subjectId: id,
          relatedSubjectIds: [...spec.parents(after), ...(actor ? [actor.id] : [])],
          body: describeChanges(spec.name(after), changes),
          changes,
          foldable: actor !== null,
        },
        (all) => describeChanges(spec.name(after), netChanges(all)),
      );
      if (newOwner) {
        await this.notifications.add(tx, { kind: 'ASSIGNMENT', recipientIds: [newOwner.id], actorId: actor?.id ?? null, activityId: row.id, subjectId: id });
      }
    }
    return after;
  }
}

/**
 * Changing the owner is an access change (the owner always has access): only the owner or an admin
 * may hand a record over. A record nobody owns any more (its owner was disabled) may be claimed by a
 * member of its owning team, for themselves.
 */
async function assertMayTransfer(
  people: PeopleService,
  tx: EntityManager,
  actor: Employee,
  noun: string,
  record: RecordBase,
  newOwnerId: string,
): Promise<void> {
  if (actor.role === Role.ADMIN || actor.id === record.ownerId) return;
  if (newOwnerId === actor.id && record.owningTeamId) {
    if (await people.mayClaimFrom(record.ownerId, record.owningTeamId, actor.id, tx)) return;
  }
  throw AppError.forbidden(`Only the ${noun}'s owner or an admin can give it another owner.`);
}

/** Text fields as stored (NFC, no control characters); a field left blank after that is refused. */
function cleanStrings(input: Patch): Patch {
  const cleaned: Patch = {};
  for (const [key, value] of Object.entries({ ...input })) {
    if (typeof value !== 'string' || key.endsWith('Id')) {
      cleaned[key] = value;
      continue;
    }
    const text = cleanText(value);
    if (text === '') throw AppError.badInput(key, 'is blank; type some text');
    cleaned[key] = text;
  }
  return cleaned;
}

/** Drops absent fields; refuses null for fields that cannot be empty. */
function definedOnly(input: Patch, required: string[]): Patch {
  const patch: Patch = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (value === null && required.includes(key)) throw AppError.badInput(key, 'cannot be null; leave it out to keep the current value');
    patch[key] = value;
  }
  return patch;
}
