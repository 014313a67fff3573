import { EntityManager } from 'typeorm';

/**
 * Claims on the activities outbox, inside the caller's transaction. FOR UPDATE SKIP LOCKED lets
 * any number of API processes dispatch side by side; the claim lasts until the transaction ends.
 */
export const OutboxClaims = {
  async claimNew(tx: EntityManager, limit: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await tx.query(
      'SELECT id FROM activities WHERE delivered_at IS NULL ORDER BY created_at, id LIMIT $1 FOR UPDATE SKIP LOCKED',
      [limit],
    );
    return rows.map((r) => r.id);
  },

  async claimUpdated(tx: EntityManager, limit: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await tx.query(
      `SELECT id FROM activities WHERE update_pending AND delivered_at IS NOT NULL
       ORDER BY updated_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    );
    return rows.map((r) => r.id);
  },

  /** The first delivery carries whatever folded in before it: nothing is left to update. */
  async markDelivered(tx: EntityManager, ids: readonly string[]): Promise<void> {
    await tx.query('UPDATE activities SET delivered_at = now(), update_pending = false WHERE id = ANY($1::uuid[])', [ids]);
  },

  async markUpdated(tx: EntityManager, ids: readonly string[]): Promise<void> {
    await tx.query('UPDATE activities SET update_pending = false WHERE id = ANY($1::uuid[])', [ids]);
  },
};
