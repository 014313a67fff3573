import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ActivityKind } from '../../common/graphql/enums';
import { FieldChangeValue } from './entities/activity.entity';

/** An activity just written, or the new changes folded into one. */
export interface WrittenActivity {
  id: string;
  kind: ActivityKind;
  actorId: string | null;
  subjectId: string;
  /** Only the changes this write made (a fold passes the new ones, not the whole burst). */
  changes: readonly FieldChangeValue[] | null;
}

export interface WrittenComment {
  activityId: string;
  commentId: string;
  /** The subject of the activity commented on. */
  subjectId: string;
  authorId: string;
}

/**
 * Something that reacts to feed writes inside their transaction (the response SLA stops a clock on
 * an agent's first post, pauses on a status change). Observers register themselves at start, so
 * the feed depends on none of them; an observer that throws rolls the write back.
 */
export interface FeedWriteObserver {
  activitiesWritten?(tx: EntityManager, activities: readonly WrittenActivity[]): Promise<void>;
  commentWritten?(tx: EntityManager, comment: WrittenComment): Promise<void>;
}

@Injectable()
export class FeedWriteObservers {
  private readonly observers: FeedWriteObserver[] = [];

  register(observer: FeedWriteObserver): void {
    this.observers.push(observer);
  }

  async activitiesWritten(tx: EntityManager, activities: readonly WrittenActivity[]): Promise<void> {
    if (activities.length === 0) return;
    for (const o of this.observers) await o.activitiesWritten?.(tx, activities);
  }

  async commentWritten(tx: EntityManager, comment: WrittenComment): Promise<void> {
    for (const o of this.observers) await o.commentWritten?.(tx, comment);
  }
}
