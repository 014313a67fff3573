import { visibleSubjectsCte } from '../access/can-see.sql';

/**
 * The insights statements. Parameters everywhere: $1 viewer, $2 window start, $3 window end (the
 * clock's now), $4 account id or null. Each statement checks visibility once per subject (the
 * accounts and cases its rows belong to), then counts only rows whose every subject the viewer may
 * open: a private account's mentions, or a private case's clocks, never count for someone else.
 */

/** Positive mentions, as VADER draws the line (the scorer's negative threshold mirrors it). */
export const POSITIVE_SENTIMENT = 0.05;
/** How many authors each list returns. */
export const AUTHOR_LIST = 10;
/** How many newest mentions a snapshot shows. */
export const RECENT_MENTIONS = 5;

// Reach 0..1 on a log scale, as SocialAuthor.influence: 10 million followers is 1.
const INFLUENCE = (followers: string) => `least(1, round((log(${followers} + 1) / 7)::numeric, 3))::float8`;

/** Inbound mentions posted in the window and visible to the viewer: per-day figures, authors, the newest ids. */
export const MENTION_FIGURES_SQL = `
  WITH win AS MATERIALIZED (
    SELECT m.id, m.account_id, m.case_id, m.posted_at, m.sentiment, m.intent, m.network,
      lower(m.author_handle) AS handle, m.author_name, m.author_followers, m.author_verified
    FROM social_mentions m
    WHERE m.direction = 'INBOUND' AND m.removed_at IS NULL
      AND m.posted_at >= $2 AND m.posted_at <= $3 AND ($4::text IS NULL OR m.account_id = $4)
  ), win_subjects AS (
    SELECT account_id AS subject_id FROM win WHERE account_id IS NOT NULL
    UNION ALL SELECT case_id FROM win WHERE case_id IS NOT NULL
  ), ${visibleSubjectsCte('$1', 'win_subjects')}, vm AS MATERIALIZED (
    SELECT * FROM win w
    WHERE (w.account_id IS NULL OR w.account_id IN (SELECT subject_id FROM visible))
      AND (w.case_id IS NULL OR w.case_id IN (SELECT subject_id FROM visible))
  ), days AS (
    SELECT to_char(posted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, count(*)::int AS mentions,
      (count(*) FILTER (WHERE intent = 'COMPLAINT'))::int AS complaints, sum(sentiment)::float8 AS sentiment_sum
    FROM vm GROUP BY 1
  ), authors AS (
    SELECT network, handle,
      (array_agg(author_name ORDER BY posted_at DESC, id DESC))[1] AS name,
      (array_agg(author_followers ORDER BY posted_at DESC, id DESC))[1] AS followers,
      (array_agg(author_verified ORDER BY posted_at DESC, id DESC))[1] AS verified,
      count(*)::int AS mentions,
      (count(*) FILTER (WHERE sentiment >= ${POSITIVE_SENTIMENT}))::int AS positive,
      avg(sentiment)::float8 AS average_sentiment
    FROM vm GROUP BY network, handle
  ), scored AS (
    SELECT a.*, ${INFLUENCE('a.followers')} AS influence,
      (a.positive * (1 + ${INFLUENCE('a.followers')}))::float8 AS advocacy
    FROM authors a
  )
  SELECT
    (SELECT coalesce(json_agg(d), '[]') FROM days d) AS days,
    (SELECT coalesce(json_agg(s), '[]') FROM (
      SELECT * FROM scored WHERE positive >= 2 ORDER BY advocacy DESC, network, handle LIMIT ${AUTHOR_LIST}) s) AS advocates,
    (SELECT coalesce(json_agg(s), '[]') FROM (
      SELECT * FROM scored ORDER BY followers DESC, verified DESC, network, handle LIMIT ${AUTHOR_LIST}) s) AS influencers,
    (SELECT coalesce(json_agg(r.id), '[]') FROM (
      SELECT id FROM vm ORDER BY posted_at DESC, id DESC LIMIT ${RECENT_MENTIONS}) r) AS recent`;

/**
 * An agent's public replies on a case: a reply logged with logSocialReply (the SLA module's SYSTEM
 * activity, "Replied …", by an employee) or our own post arriving through a connector in answer to
 * one of the case's mentions.
 */
const REPLIES_OF = (caseExpr: string) => `(
    (SELECT count(*) FROM activities a
      WHERE a.subject_id = ${caseExpr} AND a.kind = 'SYSTEM' AND a.actor_id IS NOT NULL AND a.body LIKE 'Replied %')
    + (SELECT count(*) FROM social_mentions o JOIN social_mentions i ON i.id = o.in_reply_to_mention_id
      WHERE o.direction = 'OUTBOUND' AND o.removed_at IS NULL AND i.case_id = ${caseExpr}))`;

/**
 * Response clocks started in the window and social cases opened in it, on cases the viewer may open:
 * SLA compliance (overall, per owning team, per assignee), first-response percentiles (working
 * minutes, pauses excluded, as the SLA module measures them), first-contact resolution.
 */
export const CASE_FIGURES_SQL = `
  WITH clk AS MATERIALIZED (
    SELECT k.case_id, k.kind, k.response_minutes, k.stopped_at, c.owning_team_id, c.owner_id,
      (k.met IS TRUE) AS is_met,
      -- Missed: stopped late, or still running (or paused) past its due time.
      (k.met IS FALSE OR (k.stopped_at IS NULL AND (k.breached_fired_at IS NOT NULL OR coalesce(k.paused_at, $3) >= k.due_at))) AS is_missed
    FROM case_sla_clocks k JOIN cases c ON c.id = k.case_id
    WHERE k.started_at >= $2 AND k.started_at <= $3 AND ($4::text IS NULL OR c.account_id = $4)
  ), social_cases AS MATERIALIZED (
    SELECT c.id, c.status FROM cases c
    WHERE c.created_at >= $2 AND c.created_at <= $3 AND ($4::text IS NULL OR c.account_id = $4)
      AND EXISTS (SELECT 1 FROM social_mentions m WHERE m.case_id = c.id AND m.direction = 'INBOUND')
  ), case_subjects AS (
    SELECT case_id AS subject_id FROM clk UNION ALL SELECT id FROM social_cases
  ), ${visibleSubjectsCte('$1', 'case_subjects')}, vclk AS MATERIALIZED (
    SELECT * FROM clk WHERE case_id IN (SELECT subject_id FROM visible)
  ), closed AS (
    SELECT s.id, ${REPLIES_OF('s.id')} AS replies FROM social_cases s
    WHERE s.status IN ('RESOLVED', 'CLOSED') AND s.id IN (SELECT subject_id FROM visible)
  )
  SELECT
    (SELECT json_build_object('met', count(*) FILTER (WHERE is_met), 'missed', count(*) FILTER (WHERE is_missed)) FROM vclk) AS overall,
    (SELECT coalesce(json_agg(t ORDER BY t.met + t.missed DESC, t.name, t.id), '[]') FROM (
      SELECT v.owning_team_id AS id, t.name, count(*) FILTER (WHERE is_met) AS met, count(*) FILTER (WHERE is_missed) AS missed
      FROM vclk v JOIN teams t ON t.id = v.owning_team_id GROUP BY v.owning_team_id, t.name) t) AS teams,
    (SELECT coalesce(json_agg(t ORDER BY t.met + t.missed DESC, t.name, t.id), '[]') FROM (
      SELECT v.owner_id AS id, e.name, count(*) FILTER (WHERE is_met) AS met, count(*) FILTER (WHERE is_missed) AS missed
      FROM vclk v JOIN employees e ON e.id = v.owner_id GROUP BY v.owner_id, e.name) t) AS agents,
    (SELECT json_build_object('responses', count(*),
        'p50', percentile_cont(0.5) WITHIN GROUP (ORDER BY response_minutes),
        'p90', percentile_cont(0.9) WITHIN GROUP (ORDER BY response_minutes))
      FROM vclk WHERE kind = 'FIRST_RESPONSE' AND stopped_at IS NOT NULL AND response_minutes IS NOT NULL) AS first_response,
    (SELECT json_build_object('closed', count(*), 'one_reply', count(*) FILTER (WHERE replies = 1)) FROM closed) AS fcr`;

/** Open cases opened from mentions (newest first), as candidates; the service keeps the visible ones. */
export const OPEN_SOCIAL_CASES_SQL = `
  SELECT c.id FROM cases c
  WHERE c.status NOT IN ('RESOLVED', 'CLOSED') AND ($1::text IS NULL OR c.account_id = $1)
    AND EXISTS (SELECT 1 FROM social_mentions m WHERE m.case_id = c.id AND m.direction = 'INBOUND')
  ORDER BY c.created_at DESC, c.id DESC LIMIT $2`;

/** Held-out corrections whose mention the viewer may open (and of the account, when given). */
export const HELD_OUT_SQL = `
  WITH ex AS MATERIALIZED (
    SELECT t.text, t.intent, m.account_id, m.case_id
    FROM social_training_examples t JOIN social_mentions m ON m.id = t.mention_id
    WHERE t.held_out AND ($2::text IS NULL OR m.account_id = $2)
  ), ex_subjects AS (
    SELECT account_id AS subject_id FROM ex WHERE account_id IS NOT NULL
    UNION ALL SELECT case_id FROM ex WHERE case_id IS NOT NULL
  ), ${visibleSubjectsCte('$1', 'ex_subjects')}
  SELECT text, intent FROM ex
  WHERE (account_id IS NULL OR account_id IN (SELECT subject_id FROM visible))
    AND (case_id IS NULL OR case_id IN (SELECT subject_id FROM visible))`;

/** Corrections the classifier learns from (the held-out ones measure it instead). */
export const TRAINING_CORRECTIONS_SQL = `SELECT count(*)::int AS corrections FROM social_training_examples WHERE NOT held_out`;
