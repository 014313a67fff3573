import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { newSubjectId, subjectKindOf } from '../../common/ids';
import { visibleSubjectsCte } from '../access/can-see.sql';
import { Topic, TrendingTopic } from './topic.types';
import { MAX_TOPICS, topicsIn } from './topics.util';
import { assertPageSize } from '../../common/page-size';
import { pushTo } from '../../common/group.util';

export interface TopicUse {
  activityId: string;
  commentId?: string | null;
}

/** A topic as a post or comment names it: its id and this use's spelling. */
export interface TopicRef {
  id: string;
  name: string;
}

interface TopicRow {
  id: string;
  name: string;
  created_at: Date;
}

/**
 * #topics: created on first use, followable like any subject. A post's topics join its related
 * subjects, so their followers get it (if they can open the post's subject); comments count
 * towards trending. What an employee sees of a topic (that it exists, its spelling, when it began)
 * comes only from the uses they can open and their own: tidings_topic_first_use.
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

  /** Inside the write transaction: makes sure the topics exist and answers their ids, with this text's spelling. */
  async ensure(tx: EntityManager, body: string): Promise<TopicRef[]> {
    const topics = this.parse(body);
    if (topics.length === 0) return [];
    const rows: Array<{ id: string; key: string }> = await tx.query(
      `INSERT INTO topics (id, name, key) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
       ON CONFLICT (key) DO UPDATE SET key = EXCLUDED.key
       RETURNING id, key`,
      [topics.map(() => newSubjectId('TOPIC')), topics.map((t) => t.name), topics.map((t) => t.key)],
    );
    const byKey = new Map(rows.map((r) => [r.key, r.id]));
    return topics.flatMap((t) => {
      const id = byKey.get(t.key);
      return id ? [{ id, name: t.name }] : [];
    });
  }

  /** Records that a post or comment names these topics (replacing what an earlier version named). */
  async recordUses(tx: EntityManager, topics: readonly TopicRef[], use: TopicUse): Promise<void> {
    await tx.query(
      `DELETE FROM topic_uses WHERE activity_id = $1
         AND comment_id IS NOT DISTINCT FROM $2::uuid`,
      [use.activityId, use.commentId ?? null],
    );
    if (topics.length === 0) return;
    await tx.query(
      `INSERT INTO topic_uses (topic_id, name, activity_id, comment_id, created_at)
       SELECT t.id, t.name, $3, $4, clock_timestamp() FROM unnest($1::text[], $2::text[]) AS t(id, name) ON CONFLICT DO NOTHING`,
      [topics.map((t) => t.id), topics.map((t) => t.name), use.activityId, use.commentId ?? null],
    );
  }

  /**
   * A topic by id or name, if the viewer can open a use of it (or made one): a topic named only in
   * a private deal's posts answers to neither for anyone else. Following it grants nothing more.
   */
  async find(viewerId: string, idOrName: { id?: string | null; name?: string | null }): Promise<Topic> {
    if (!idOrName.id && !idOrName.name) throw AppError.badInput('name', 'pass the topic id or its name');
    if (idOrName.id && subjectKindOf(idOrName.id) !== 'TOPIC') throw AppError.badInput('id', `"${idOrName.id}" is not a topic id`);
    const key = idOrName.name?.replace(/^#/, '').toLocaleLowerCase('en') ?? null;
    const rows: TopicRow[] = await this.db.query(
      `SELECT t.id, v.name, v.created_at FROM topics t CROSS JOIN LATERAL tidings_topic_first_use($1, t.id) v
       WHERE t.id = $2 OR t.key = $3`,
      [viewerId, idOrName.id ?? null, key],
    );
    if (!rows[0]) throw AppError.notFound('topic');
    return toTopic(rows[0]);
  }

  /** The topics named in each activity's own text, each as the viewer knows it. */
  async ofActivities(viewerId: string, activityIds: readonly string[]): Promise<Map<string, Topic[]>> {
    const rows: Array<TopicRow & { activity_id: string }> = await this.db.query(
      `SELECT u.activity_id, u.topic_id AS id, coalesce(v.name, u.name) AS name, coalesce(v.created_at, u.created_at) AS created_at
       FROM topic_uses u LEFT JOIN LATERAL tidings_topic_first_use($1, u.topic_id) v ON true
       WHERE u.activity_id = ANY($2::uuid[]) AND u.comment_id IS NULL ORDER BY lower(u.name), u.topic_id`,
      [viewerId, [...activityIds]],
    );
    const grouped = new Map<string, Topic[]>();
    for (const row of rows) pushTo(grouped, row.activity_id, toTopic(row));
    return grouped;
  }

  /**
   * Autocomplete for `#`: topics whose name starts with `prefix` (a leading "#" is ignored), only
   * those the viewer knows through a use they can open or made, most used first, as they first saw them.
   */
  async candidates(viewerId: string, prefix: string, first: number): Promise<Topic[]> {
    assertPageSize(first, TOPIC_CANDIDATES_MAX);
    const typed = prefix.trim().replace(/^#/, '').toLocaleLowerCase('en');
    if (typed.length > 50) throw AppError.badInput('prefix', 'must be at most 50 characters');
    const like = `${typed.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const rows: TopicRow[] = await this.db.query(
      `WITH named AS MATERIALIZED (
         SELECT t.id, (SELECT count(*) FROM topic_uses u WHERE u.topic_id = t.id) AS uses
         FROM topics t WHERE t.key LIKE $2
         ORDER BY uses DESC, t.key LIMIT 200
       )
       SELECT n.id, v.name, v.created_at FROM named n CROSS JOIN LATERAL tidings_topic_first_use($1, n.id) v
       ORDER BY n.uses DESC, lower(v.name) LIMIT $3`,
      [viewerId, like, first],
    );
    return rows.map(toTopic);
  }

  /**
   * Most-used topics of the last 7 days, counting only posts and comments on subjects the viewer
   * can open (a private deal's chatter does not show, not even as a count), removed ones excluded.
   */
  async trending(viewerId: string, first: number): Promise<TrendingTopic[]> {
    assertPageSize(first, 50);
    const rows: Array<TopicRow & { uses: number }> = await this.db.query(
      `WITH recent AS MATERIALIZED (
         SELECT u.topic_id, u.created_at, a.subject_id
         FROM topic_uses u
           JOIN activities a ON a.id = u.activity_id AND a.deleted_at IS NULL
           LEFT JOIN comments c ON c.id = u.comment_id
         WHERE u.created_at > now() - interval '7 days' AND (u.comment_id IS NULL OR c.deleted_at IS NULL)
       ), ${visibleSubjectsCte('$1', 'recent')}
       , ranked AS (
         SELECT r.topic_id, count(*)::int AS uses, max(r.created_at) AS last_at
         FROM recent r JOIN visible USING (subject_id)
         GROUP BY r.topic_id
         ORDER BY uses DESC, last_at DESC
         LIMIT $2
       )
       SELECT k.topic_id AS id, v.name, v.created_at, k.uses
       FROM ranked k CROSS JOIN LATERAL tidings_topic_first_use($1, k.topic_id) v
       ORDER BY k.uses DESC, k.last_at DESC`,
      [viewerId, first],
    );
    return rows.map((r) => ({ topic: toTopic(r), uses: r.uses }));
  }
}

/** How many topics the `#` autocomplete lists at most. */
export const TOPIC_CANDIDATES_MAX = 20;

function toTopic(row: TopicRow): Topic {
  return Object.assign(new Topic(), { id: row.id, name: row.name, createdAt: row.created_at });
}
