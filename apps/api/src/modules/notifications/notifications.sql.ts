// SQL fragments notifications offers other modules.

/**
 * The activities addressed to employee $1 (mentions and replies), each with the time of its latest
 * such notification as sort_at: the TO_ME feed's order.
 */
export const ADDRESSED_ACTIVITIES = `
    SELECT n.activity_id, max(n.created_at) AS sort_at FROM notifications n
    WHERE n.employee_id = $1 AND n.kind IN ('MENTION', 'REPLY')
    GROUP BY n.activity_id`;
