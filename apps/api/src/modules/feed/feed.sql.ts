import { canSeeSql, openAllowedSql, openSetsCtes } from '../access/can-see.sql';
import { FOLLOWERS_OF_BATCH } from '../follows/follows.sql';
import { activeEmployeeRoleSql } from '../people/people.sql';
import { ADDRESSED_ACTIVITIES } from '../notifications/notifications.sql';

const allowed = openAllowedSql('a', 'e');

/** The audience row's employee, if active (people's fragment, by primary key). */
const ACTIVE_EMPLOYEE_OF_AUDIENCE = activeEmployeeRoleSql('a.employee_id');

/**
 * The audience of a batch of activities ($1: uuid[]): followers of each activity's subject,
 * followers of its related subjects (parents, the actor, its topics) whose follow includes related
 * activity and is not overridden by a more specific one, and the actor; each follow narrowed by
 * its filter. A follow delivers what happened
 * after it was made, however late the dispatcher runs; each only if active and allowed to open the
 * subject. Writes their feed entries in one INSERT and returns only the new ones, so a redelivery
 * pushes nothing twice, and a folded activity that now passes a filter reaches that follower once.
 * The batch's ids are joined from unnest, which plans as one index probe each: `id = ANY($1)`
 * compares every row of a table without fresh statistics against the whole array (136 ms for 500
 * ids among 12k activities, against 1 ms).
 */
const audienceInsert = (onConflict: string) => `
  WITH batch AS (
    SELECT act.id, act.kind, act.changes, act.subject_id, act.related_subject_ids, act.actor_id, act.created_at
    FROM unnest($1::uuid[]) AS ids(id) JOIN activities act ON act.id = ids.id
    WHERE act.deleted_at IS NULL
  ), audience AS (
    ${FOLLOWERS_OF_BATCH}
    UNION
    SELECT b.actor_id, b.id, b.created_at, b.subject_id FROM batch b WHERE b.actor_id IS NOT NULL
  ), batch_subjects AS (
    SELECT DISTINCT subject_id FROM batch
  ), ${openSetsCtes('batch_subjects')}
  INSERT INTO feed_entries (employee_id, activity_id, created_at)
  SELECT a.employee_id, a.id, a.created_at FROM audience a
    CROSS JOIN LATERAL (${ACTIVE_EMPLOYEE_OF_AUDIENCE}) e
  WHERE ${allowed}
  ${onConflict}
  RETURNING employee_id, activity_id`;

export const AUDIENCE_INSERT = audienceInsert('ON CONFLICT DO NOTHING');

/**
 * The same for activities never delivered, which can have no entry yet (the entries and
 * `delivered_at` commit together): without ON CONFLICT, each row is one index descent instead of a
 * speculative insert (about a third less time for 1,000 entries). A conflict means that assumption
 * broke; the caller then runs the batch again with AUDIENCE_INSERT.
 */
export const FIRST_AUDIENCE_INSERT = audienceInsert('');

/**
 * Who already has these activities ($1: uuid[]) in their feed and may still open them, except those
 * who muted the thread: the audience of `feed:item:updated`.
 */
export const CURRENT_AUDIENCE = `
  WITH holders AS (
    SELECT fe.employee_id, fe.activity_id, act.subject_id
    FROM unnest($1::uuid[]) AS ids(id) JOIN activities act ON act.id = ids.id JOIN feed_entries fe ON fe.activity_id = act.id
  ), holder_subjects AS (
    SELECT DISTINCT subject_id FROM holders
  ), ${openSetsCtes('holder_subjects')}
  SELECT a.employee_id, a.activity_id FROM holders a
    CROSS JOIN LATERAL (${ACTIVE_EMPLOYEE_OF_AUDIENCE}) e
  WHERE ${allowed}
    AND NOT EXISTS (SELECT 1 FROM muted_threads m WHERE m.employee_id = a.employee_id AND m.activity_id = a.activity_id)`;

export const ACTIVITY_COLUMNS = 'a.id, a.kind, a.actor_id, a.subject_id, a.body, a.changes, a.created_at, a.edited_at, a.deleted_at, a.updated_at';

/**
 * Which way a page reads from its cursor. OLDER (first/after) reads down from the cursor, newest
 * first. NEWER (last/before) reads up from it, nearest first, so LIMIT keeps the items just newer
 * than the cursor; the caller reverses them into the feed's newest-first order.
 */
export type PageDirection = 'OLDER' | 'NEWER';

const KEYSET: Record<PageDirection, { cmp: '<' | '>'; order: 'DESC' | 'ASC' }> = {
  OLDER: { cmp: '<', order: 'DESC' },
  NEWER: { cmp: '>', order: 'ASC' },
};

/**
 * A page of an employee's FOLLOWING feed ($1 employee, $2 limit, $3/$4 the cursor or nulls), without
 * the threads they muted. Visibility is checked again here: access revoked after fan-out hides the
 * entry at once. The check is the costly function on purpose: the planner then runs it only on
 * the rows the keyset walk reaches (an inline subquery looked cheap to it, and it checked the
 * employee's whole feed before sorting: 650 ms for page 1 of 25,000 entries).
 */
function followingPage(direction: PageDirection): string {
  const { cmp, order } = KEYSET[direction];
  return `
  SELECT ${ACTIVITY_COLUMNS} FROM feed_entries fe JOIN activities a ON a.id = fe.activity_id
  WHERE fe.employee_id = $1
    AND ($3::timestamptz IS NULL OR (fe.created_at, fe.activity_id) ${cmp} ($3::timestamptz, $4::uuid))
    AND NOT EXISTS (SELECT 1 FROM muted_threads m WHERE m.employee_id = $1 AND m.activity_id = fe.activity_id)
    AND ${canSeeSql('fe.employee_id', 'a.subject_id')}
  ORDER BY fe.created_at ${order}, fe.activity_id ${order}
  LIMIT $2`;
}

/** A subject's own activities and what rolls up to it ($1 viewer, $2 subject, $3 limit, $4/$5 cursor). */
function subjectPage(direction: PageDirection): string {
  const { cmp, order } = KEYSET[direction];
  return `
  SELECT ${ACTIVITY_COLUMNS} FROM activities a
  WHERE (a.subject_id = $2 OR a.related_subject_ids @> ARRAY[$2]::text[])
    AND ($4::timestamptz IS NULL OR (a.created_at, a.id) ${cmp} ($4::timestamptz, $5::uuid))
    AND ${canSeeSql('$1', 'a.subject_id')}
  ORDER BY a.created_at ${order}, a.id ${order}
  LIMIT $3`;
}

/**
 * Activities addressed to the viewer: they were mentioned or replied to ($1 viewer, $2 limit, $3/$4
 * cursor), ordered by the latest such notification, so a new reply brings an old post back to the top.
 * Cursors carry that time, so paging either way follows the same order.
 */
function toMePage(direction: PageDirection): string {
  const { cmp, order } = KEYSET[direction];
  return `
  WITH addressed AS (${ADDRESSED_ACTIVITIES})
  SELECT ${ACTIVITY_COLUMNS}, ad.sort_at FROM addressed ad JOIN activities a ON a.id = ad.activity_id
  WHERE ($3::timestamptz IS NULL OR (ad.sort_at, a.id) ${cmp} ($3::timestamptz, $4::uuid))
    AND ${canSeeSql('$1', 'a.subject_id')}
  ORDER BY ad.sort_at ${order}, a.id ${order}
  LIMIT $2`;
}

/** What the viewer bookmarked, newest activity first ($1 viewer, $2 limit, $3/$4 cursor). */
function bookmarkedPage(direction: PageDirection): string {
  const { cmp, order } = KEYSET[direction];
  return `
  SELECT ${ACTIVITY_COLUMNS} FROM bookmarks bm JOIN activities a ON a.id = bm.activity_id
  WHERE bm.employee_id = $1
    AND ($3::timestamptz IS NULL OR (a.created_at, a.id) ${cmp} ($3::timestamptz, $4::uuid))
    AND ${canSeeSql('bm.employee_id', 'a.subject_id')}
  ORDER BY a.created_at ${order}, a.id ${order}
  LIMIT $2`;
}

/** What customers said on social networks, on every account the viewer can open ($1 viewer, $2 limit, $3/$4 cursor). */
function socialPage(direction: PageDirection): string {
  const { cmp, order } = KEYSET[direction];
  return `
  SELECT ${ACTIVITY_COLUMNS} FROM activities a
  WHERE a.kind = 'SOCIAL_MENTION'
    AND ($3::timestamptz IS NULL OR (a.created_at, a.id) ${cmp} ($3::timestamptz, $4::uuid))
    AND ${canSeeSql('$1', 'a.subject_id')}
  ORDER BY a.created_at ${order}, a.id ${order}
  LIMIT $2`;
}

const bothWays = (page: (direction: PageDirection) => string): Record<PageDirection, string> => ({ OLDER: page('OLDER'), NEWER: page('NEWER') });

/** Every feed page, built once per direction. */
export const FOLLOWING_PAGES = bothWays(followingPage);
export const SUBJECT_PAGES = bothWays(subjectPage);
export const TO_ME_PAGES = bothWays(toMePage);
export const BOOKMARKED_PAGES = bothWays(bookmarkedPage);
export const SOCIAL_PAGES = bothWays(socialPage);

/** The forward FOLLOWING page, as the visibility model test runs it. */
export const FOLLOWING_PAGE = FOLLOWING_PAGES.OLDER;
