import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { groupBy } from '../../../common/group.util';
import { RealtimePublisher } from '../../realtime/realtime.publisher';
import { ActivityPresenter } from '../activity-presenter.service';
import { ActivityPayload } from '../activity.types';
import { encodeFeedCursor } from '../cursor.util';
import { ActivityRow } from '../entities/activity.entity';

export interface FeedEntryRef {
  employee_id: string;
  activity_id: string;
}

/**
 * Pushes committed deliveries. The payload of an item is the same for everyone who gets it, so
 * each item is presented once and sent in one emit to all its recipients' rooms; an item none of
 * whose recipients is online is not presented at all (they read it from their feed later).
 */
@Injectable()
export class FeedPush {
  constructor(
    private readonly db: DataSource,
    private readonly presenter: ActivityPresenter,
    private readonly realtime: RealtimePublisher,
  ) {}

  /**
   * Starts presenting these committed activities now, so a small batch's items are ready when its
   * fan-out commits (the change → socket path); `push` takes the result.
   */
  prepare(activityIds: readonly string[]): Promise<ActivityPayload[]> {
    const items = this.load(activityIds);
    items.catch(() => undefined); // a failure surfaces in push, or not at all if the fan-out failed first
    return items;
  }

  /** `feed:item` for new entries, `feed:item:updated` for those who already had the item. */
  async push(allDelivered: readonly FeedEntryRef[], allUpdated: readonly FeedEntryRef[], prepared?: Promise<ActivityPayload[]>): Promise<void> {
    const reachable = new Set(this.realtime.reachable([...new Set([...allDelivered, ...allUpdated].map((e) => e.employee_id))]));
    const delivered = allDelivered.filter((e) => reachable.has(e.employee_id));
    const updated = allUpdated.filter((e) => reachable.has(e.employee_id));
    const wanted = [...new Set([...delivered, ...updated].map((e) => e.activity_id))];
    if (wanted.length === 0) return;
    const wantedIds = new Set(wanted);
    const items = prepared ? (await prepared).filter((item) => wantedIds.has(item.id)) : await this.load(wanted);
    const newFor = groupBy(delivered, (e) => e.activity_id);
    const updatedFor = groupBy(updated, (e) => e.activity_id);
    for (const item of items) {
      const cursor = encodeFeedCursor({ createdAt: new Date(item.createdAt), id: item.id });
      const fresh = newFor.get(item.id);
      if (fresh) this.realtime.emitToEmployees(fresh.map((e) => e.employee_id), 'feed:item', { cursor, item });
      const stale = updatedFor.get(item.id);
      if (stale) this.realtime.emitToEmployees(stale.map((e) => e.employee_id), 'feed:item:updated', { cursor, item });
    }
  }

  private async load(activityIds: readonly string[]): Promise<ActivityPayload[]> {
    if (activityIds.length === 0) return [];
    const rows = await this.db.getRepository(ActivityRow).createQueryBuilder('a').where('a.id IN (:...ids)', { ids: [...activityIds] }).getMany();
    return this.presenter.present(rows);
  }
}
