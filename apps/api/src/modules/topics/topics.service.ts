import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { newSubjectId, subjectKindOf } from '../../common/ids';
import { canSeeSql, visibleSubjectsCte } from '../access/can-see.sql';
import { Topic, TrendingTopic } from './topic.types';
import { MAX_TOPICS, topicsIn } from './topics.util';
import { pushTo } from '../../common/group.util';

export interface TopicUse {
  activityId: string;
  commentId?: string | null;
}

interface TopicRow {
  id: string;
  name: string;
  created_at: Date;
}

/**
 * #topics: created on first use, followable like any subject. A post's topics join its related
 * subjects, so their followers get it (if they can open the post's subject); comments count
 * towards trending.
 */
@Injectable()
export class TopicsService {
  constructor(private readonly db: DataSource) {}

  /** The topics a body names, refusing more than the limit. */
  parse(body: string): ReturnType<typeof topicsIn> {
    const topics = topicsIn(body);
    if (topics.length > MAX_TOPICS) throw AppError.badInput('body', `names ${topics.length} topics; at most ${MAX_TOPICS} are allowed`);
    return topics;
  }

  /** Inside the write transaction: makes sure the topics exist and answers their ids. */
  async ensure(tx: EntityManager, body: string): Promise<string[]> {
    const topics = this.parse(body);
    if (topics.length === 0) return [];
    const rows: Array<{ id: string; key: string }> = await tx.query(
      `INSERT INTO topics (id, name, key) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
       ON CONFLICT (key) DO UPDATE SET key = EXCLUDED.key
       RETURNING id, key`,
      [topics.map(() => newSubjectId('TOPIC')), topics.map((t) => t.name), topics.map((t) => t.key)],
    );
    const byKey = new Map(rows.map((r) => [r.key, r.id]));
    return topics.map((t) => byKey.get(t.key)).filter((id): id is string => !!id);
  }

  /** Records that a post or comment names these topics (replacing what an earlier version named). */
  async recordUses(tx: EntityManager, topicIds: readonly string[], use: TopicUse): Promise<void> {
    await tx.query(
      `DELETE FROM topic_uses WHERE activity_id = $1
         AND coalesce(comment_id, '00000000-0000-0000-0000-000000000000'::uuid) = coalesce($2::uuid, '00000000-0000-0000-0000-000000000000'::uuid)`,
      [use.activityId, use.commentId ?? null],
    );
    if (topicIds.length === 0) return;
    await tx.query(
      `INSERT INTO topic_uses (topic_id, activity_id, comment_id, created_at)
       SELECT t, $2, $3, clock_timestamp() FROM unnest($1::text[]) AS t ON CONFLICT DO NOTHING`,
      [[...topicIds], use.activityId, use.commentId ?? null],
    );
  }

  /**
   * A topic by id or name, if the viewer follows it or can open something said under it: a topic
   * named only in a private deal's posts does not answer to its name for anyone else.
   */
  async find(viewerId: string, idOrName: { id?: string | null; name?: string | null }): Promise<Topic> {
    if (!idOrName.id && !idOrName.name) throw AppError.badInput('name', 'pass the topic id or its name');
    if (idOrName.id && subjectKindOf(idOrName.id) !== 'TOPIC') throw AppError.badInput('id', `"${idOrName.id}" is not a topic id`);
    const key = idOrName.name?.replace(/^#/, '').toLocaleLowerCase('en') ?? null;
    const rows: TopicRow[] = await this.db.query(
      `SELECT t.id, t.name, t.created_at FROM topics t
       WHERE (t.id = $2 OR t.key = $3)
         AND (EXISTS (SELECT 1 FROM follows f WHERE f.employee_id = $1 AND f.subject_id = t.id)
           OR EXISTS (
             SELECT 1 FROM topic_uses u
               JOIN activities a ON a.id = u.activity_id AND a.deleted_at IS NULL
               LEFT JOIN comments c ON c.id = u.comment_id
             WHERE u.topic_id = t.id AND (u.comment_id IS NULL OR c.deleted_at IS NULL) AND ${canSeeSql('$1', 'a.subject_id')}))`,
      [viewerId, idOrName.id ?? null, key],
    );
    if (!rows[0]) throw AppError.notFound('topic');
    return toTopic(rows[0]);
  }

  async byIds(ids: readonly string[]): Promise<Topic[]> {
    const rows: TopicRow[] = await this.db.query('SELECT id, name, created_at FROM topics WHERE id = ANY($1)', [[...ids]]);
    return rows.map(toTopic);
  }

  /** The topics named in each activity's own text. */
  async ofActivities(activityIds: readonly string[]): Promise<Map<string, Topic[]>> {
    const rows: Array<TopicRow & { activity_id: string }> = await this.db.query(
      `SELECT u.activity_id, t.id, t.name, t.created_at FROM topic_uses u JOIN topics t ON t.id = u.topic_id
       WHERE u.activity_id = ANY($1::uuid[]) AND u.comment_id IS NULL ORDER BY lower(t.name), t.id`,
      [[...activityIds]],
    );
    const grouped = new Map<string, Topic[]>();
    for (const row of rows) pushTo(grouped, row.activity_id, toTopic(row));
    return grouped;
  }

  /**
   * Most-used topics of the last 7 days, counting only posts and comments on subjects the viewer
   * can open (a private deal's chatter does not show, not even as a count), removed ones excluded.
   */
  async trending(viewerId: string, first: number): Promise<TrendingTopic[]> {
    if (!Number.isInteger(first) || first < 1 || first > 50) throw AppError.badInput('first', 'must be between 1 and 50');
    const rows: Array<TopicRow & { uses: number }> = await this.db.query(
      `WITH recent AS MATERIALIZED (
         SELECT u.topic_id, u.created_at, a.subject_id
         FROM topic_uses u
           JOIN activities a ON a.id = u.activity_id AND a.deleted_at IS NULL
           LEFT JOIN comments c ON c.id = u.comment_id
         WHERE u.created_at > now() - interval '7 days' AND (u.comment_id IS NULL OR c.deleted_at IS NULL)
       ), ${visibleSubjectsCte('$1', 'recent')}
       SELECT t.id, t.name, t.created_at, count(*)::int AS uses
       FROM recent r JOIN visible USING (subject_id) JOIN topics t ON t.id = r.topic_id
       GROUP BY t.id, t.name, t.created_at
       ORDER BY uses DESC, max(r.created_at) DESC
       LIMIT $2`,
      [viewerId, first],
    );
    return rows.map((r) => ({ topic: toTopic(r), uses: r.uses }));
  }
}

function toTopic(row: TopicRow): Topic {
  return Object.assign(new Topic(), { id: row.id, name: row.name, createdAt: row.created_at });
}
