import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { InfluenceBand } from './insights.enums';
import { visibleSubjectsCte } from '../access/can-see.sql';
import { Influence } from './influence.types';

/** Score = posts + 2 × comments received + reactions received: a reply is worth more than a like. */
const INFLUENCE_SQL = `
  WITH events AS (
    SELECT a.actor_id AS emp, 1 AS posts, 0 AS comments, 0 AS reactions, a.subject_id
      FROM activities a
      WHERE a.kind = 'POST' AND a.deleted_at IS NULL AND a.created_at > now() - interval '90 days'
    UNION ALL
    SELECT a.actor_id, 0, 1, 0, a.subject_id
      FROM comments c JOIN activities a ON a.id = c.activity_id
      WHERE a.kind = 'POST' AND a.deleted_at IS NULL AND c.deleted_at IS NULL
        AND c.author_id <> a.actor_id AND c.created_at > now() - interval '90 days'
    UNION ALL
    SELECT coalesce(c.author_id, a.actor_id), 0, 0, 1, a.subject_id
      FROM reactions r JOIN activities a ON a.id = r.activity_id LEFT JOIN comments c ON c.id = r.comment_id
      WHERE a.deleted_at IS NULL AND r.created_at > now() - interval '90 days'
        AND ((r.comment_id IS NULL AND a.kind = 'POST') OR (r.comment_id IS NOT NULL AND c.deleted_at IS NULL))
        AND r.employee_id <> coalesce(c.author_id, a.actor_id)
  ), ${visibleSubjectsCte('$1', 'events')}, counted AS (
    SELECT emp, sum(posts)::int AS posts, sum(comments)::int AS comments, sum(reactions)::int AS reactions
    FROM events JOIN visible USING (subject_id) WHERE emp IS NOT NULL GROUP BY emp
  ), ranked AS (
    SELECT e.id, coalesce(c.posts, 0) AS posts, coalesce(c.comments, 0) AS comments, coalesce(c.reactions, 0) AS reactions,
      percent_rank() OVER (ORDER BY coalesce(c.posts, 0) + 2 * coalesce(c.comments, 0) + coalesce(c.reactions, 0))::float AS percentile
    FROM employees e LEFT JOIN counted c ON c.emp = e.id
    WHERE e.active
  )
  SELECT * FROM ranked WHERE id = ANY($2)`;

/** Employee influence, in one statement for any number of profiles. */
@Injectable()
export class InfluenceService {
  constructor(private readonly db: DataSource) {}

  async of(viewerId: string, employeeIds: readonly string[]): Promise<Map<string, Influence>> {
    const rows: Array<{ id: string; posts: number; comments: number; reactions: number; percentile: number }> = await this.db.query(
      INFLUENCE_SQL,
      [viewerId, [...employeeIds]],
    );
    return new Map(
      rows.map((r) => [
        r.id,
        {
          band: bandOf(r.posts + 2 * r.comments + r.reactions, r.percentile),
          posts: r.posts,
          commentsReceived: r.comments,
          reactionsReceived: r.reactions,
          percentile: Math.round(r.percentile * 100) / 100,
        },
      ]),
    );
  }

  /** For someone not ranked (a disabled account). */
  none(): Influence {
    return { band: InfluenceBand.OBSERVER, posts: 0, commentsReceived: 0, reactionsReceived: 0, percentile: 0 };
  }
}

export function bandOf(score: number, percentile: number): InfluenceBand {
  if (score === 0) return InfluenceBand.OBSERVER;
  if (percentile >= 0.8) return InfluenceBand.TOP_INFLUENCER;
  if (percentile >= 0.5) return InfluenceBand.ACTIVE_INFLUENCER;
  return InfluenceBand.CONTRIBUTOR;
}
