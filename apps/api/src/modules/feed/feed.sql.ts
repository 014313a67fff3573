import { canSeeSql } from '../access/can-see.sql';

/**
 * The audience of a batch of activities ($1: uuid[]): followers of each activity's subject,
 * followers of its related subjects (parents, the actor) whose follow includes related activity,
 * and the actor. A follow delivers what happened after it was made, however late the dispatcher
 * runs; each only if active and allowed to open the subject. Writes their feed entries in
 * one INSERT and returns only the new ones, so a redelivery pushes nothing twice.
 */
export const AUDIENCE_INSERT = `
  WITH batch AS (
    SELECT id, subject_id, related_subject_ids, actor_id, created_at FROM activities WHERE id = ANY($1::uuid[])
  ), audience AS (
    SELECT f.employee_id, b.id, b.created_at, b.subject_id FROM batch b
      JOIN follows f ON f.subject_id = b.subject_id AND f.created_at <= b.created_at
    UNION
    SELECT f.employee_id, b.id, b.created_at, b.subject_id FROM batch b
      JOIN follows f ON f.subject_id = ANY(b.related_subject_ids) AND f.include_related AND f.created_at <= b.created_at
    UNION
    SELECT b.actor_id, b.id, b.created_at, b.subject_id FROM batch b WHERE b.actor_id IS NOT NULL
  )
  INSERT INTO feed_entries (employee_id, activity_id, created_at)
  SELECT a.employee_id, a.id, a.created_at FROM audience a
    JOIN employees e ON e.id = a.employee_id AND e.active
  WHERE ${canSeeSql('a.employee_id', 'a.subject_id')}
  ON CONFLICT DO NOTHING
  RETURNING employee_id, activity_id`;

export const ACTIVITY_COLUMNS = 'a.id, a.kind, a.actor_id, a.subject_id, a.body, a.changes, a.created_at';

/**
 * A page of an employee's FOLLOWING feed ($1 employee, $2 limit, $3/$4 the cursor or nulls).
 * Visibility is checked again here: access revoked after fan-out hides the entry at once.
 */
export const FOLLOWING_PAGE = `
  SELECT ${ACTIVITY_COLUMNS} FROM feed_entries fe JOIN activities a ON a.id = fe.activity_id
  WHERE fe.employee_id = $1
    AND ($3::timestamptz IS NULL OR (fe.created_at, fe.activity_id) < ($3::timestamptz, $4::uuid))
    AND ${canSeeSql('$1', 'a.subject_id')}
  ORDER BY fe.created_at DESC, fe.activity_id DESC
  LIMIT $2`;

/** A subject's own activities and what rolls up to it ($1 viewer, $2 subject, $3 limit, $4/$5 cursor). */
export const SUBJECT_PAGE = `
  SELECT ${ACTIVITY_COLUMNS} FROM activities a
  WHERE (a.subject_id = $2 OR a.related_subject_ids @> ARRAY[$2]::text[])
    AND ($4::timestamptz IS NULL OR (a.created_at, a.id) < ($4::timestamptz, $5::uuid))
    AND ${canSeeSql('$1', 'a.subject_id')}
  ORDER BY a.created_at DESC, a.id DESC
  LIMIT $3`;

/** Activities addressed to the viewer: they were mentioned or replied to ($1 viewer, $2 limit, $3/$4 cursor). */
export const TO_ME_PAGE = `
  SELECT ${ACTIVITY_COLUMNS} FROM activities a
  WHERE a.id IN (SELECT n.activity_id FROM notifications n WHERE n.employee_id = $1 AND n.kind IN ('MENTION', 'REPLY'))
    AND ($3::timestamptz IS NULL OR (a.created_at, a.id) < ($3::timestamptz, $4::uuid))
    AND ${canSeeSql('$1', 'a.subject_id')}
  ORDER BY a.created_at DESC, a.id DESC
  LIMIT $2`;
