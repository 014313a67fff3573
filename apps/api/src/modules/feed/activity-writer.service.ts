import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ActivityKind } from '../../common/graphql/enums';
import { newId } from '../../common/ids';
import { ActivityRow, FieldChangeValue } from './entities/activity.entity';
import { FeedDispatcher } from './feed-dispatcher.service';

export interface NewActivity {
  kind: ActivityKind;
  actorId: string | null;
  subjectId: string;
  /** Subjects whose followers also get it: the record's parents, the actor. */
  relatedSubjectIds: string[];
  body: string | null;
  changes?: FieldChangeValue[] | null;
}

/**
 * The write half of the one flow: a change and its activity commit together, and the dispatcher
 * is woken after the commit (in this process directly, in others by NOTIFY, which Postgres
 * delivers only on commit).
 */
@Injectable()
export class ActivityWriter {
  constructor(
    private readonly db: DataSource,
    private readonly dispatcher: FeedDispatcher,
  ) {}

  async transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    const result = await this.db.transaction(work);
    this.dispatcher.wake();
    return result;
  }

  /** Appends an activity inside the caller's transaction. */
  async append(tx: EntityManager, activity: NewActivity): Promise<ActivityRow> {
    const row = tx.getRepository(ActivityRow).create({
      id: newId(),
      kind: activity.kind,
      actorId: activity.actorId,
      subjectId: activity.subjectId,
      relatedSubjectIds: [...new Set(activity.relatedSubjectIds.filter((id) => id !== activity.subjectId))],
      body: activity.body,
      changes: activity.changes ?? null,
      createdAt: new Date(),
      deliveredAt: null,
    });
    await tx.getRepository(ActivityRow).insert(row);
    await tx.query(`SELECT pg_notify('${FeedDispatcher.CHANNEL}', '')`);
    return row;
  }
}
