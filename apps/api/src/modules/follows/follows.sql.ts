// SQL fragments follows offers the feed's set-based fan-out (which follow wants which activity).

/**
 * Whether follow `f` wants activity `b`: its kinds filter, and for record changes its fields filter
 * (a change qualifies when any of the fields it moved is listed).
 */
const FOLLOW_WANTS = `
  (f.kinds IS NULL OR b.kind = ANY(f.kinds))
  AND (f.fields IS NULL OR b.kind <> 'RECORD_CHANGE'
    OR EXISTS (SELECT 1 FROM jsonb_array_elements(b.changes) c WHERE c->>'field' = ANY(f.fields)))`;

/**
 * Roll-up from a parent record (a deal's account; a document's account and deal) yields to a more
 * specific follow by the same employee: a follow of the activity's subject itself, or, for an
 * account, a follow of the deal in between that includes related activity. The most specific
 * follow decides with its own filter, so "only posts" on a deal is not undone by following its
 * account. Follows of people and topics are other reasons to care and are not overridden.
 */
const NOT_OVERRIDDEN = `
  NOT (f.subject_id LIKE 'acc\\_%' OR f.subject_id LIKE 'deal\\_%') OR NOT EXISTS (
    SELECT 1 FROM follows g
    WHERE g.employee_id = f.employee_id AND g.created_at <= b.created_at
      AND (g.subject_id = b.subject_id
        OR (f.subject_id LIKE 'acc\\_%' AND g.subject_id LIKE 'deal\\_%' AND g.include_related
          AND g.subject_id = ANY(b.related_subject_ids))))`;

/**
 * Who follows each activity of `batch` (a CTE with id, kind, changes, subject_id,
 * related_subject_ids, created_at) and wants it: followers of its subject, and followers of its
 * related subjects (parents, the actor, its topics) whose follow includes related activity and is
 * not overridden by a more specific one; each follow narrowed by its filter, and only for what
 * happened after it was made. Rows: (employee_id, id, created_at, subject_id), for the feed's fan-out.
 */
export const FOLLOWERS_OF_BATCH = `
    SELECT f.employee_id, b.id, b.created_at, b.subject_id FROM batch b
      JOIN follows f ON f.subject_id = b.subject_id AND f.created_at <= b.created_at AND ${FOLLOW_WANTS}
    UNION
    SELECT f.employee_id, b.id, b.created_at, b.subject_id FROM batch b
      JOIN follows f ON f.subject_id = ANY(b.related_subject_ids) AND f.include_related AND f.created_at <= b.created_at
        AND ${FOLLOW_WANTS}
        AND (${NOT_OVERRIDDEN})`;
