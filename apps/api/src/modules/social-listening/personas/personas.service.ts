import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { newId } from '../../../common/ids';
import { SocialPersona, SocialPersonaRow, toSocialPersona } from './persona.types';

export interface PersonaSeen {
  network: string;
  handle: string;
  name: string | null;
  followers: number;
  verified: boolean;
}

export const personaKey = (network: string, handle: string) => `${network.toLowerCase()}\u0000${handle.toLowerCase()}`;

/**
 * Personas: who posts, one per network and handle, with their latest name and reach. A persona
 * speaks for an account when the account lists the handle (linked by HANDLE) or a colleague said so
 * (AGENT, which a handle match never overrides).
 */
@Injectable()
export class PersonasService {
  constructor(private readonly db: DataSource) {}

  /**
   * Creates or refreshes the personas of these posts in one statement and links new ones by handle;
   * answers their ids by personaKey. Rows are written in key order, so two batches sharing personas
   * never deadlock; the row lock each upsert takes is held to commit.
   */
  async upsertMany(tx: EntityManager, seen: readonly PersonaSeen[]): Promise<Map<string, SocialPersonaRow>> {
    const byKey = new Map<string, PersonaSeen>();
    for (const s of seen) byKey.set(personaKey(s.network, s.handle), s);
    if (byKey.size === 0) return new Map();
    const sorted = [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, s]) => s);
    const rows: SocialPersonaRow[] = await tx.query(
      `INSERT INTO social_personas (id, network, handle, name, followers, verified)
       SELECT id, network, handle, name, followers, verified
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, network text, handle text, name text, followers integer, verified boolean)
       ON CONFLICT (network, lower(handle)) DO UPDATE
         SET name = coalesce(EXCLUDED.name, social_personas.name), followers = EXCLUDED.followers,
             verified = EXCLUDED.verified, updated_at = clock_timestamp()
       RETURNING id, network, handle, name, followers, verified, account_id, linked_by`,
      [JSON.stringify(sorted.map((s) => ({ id: newId(), network: s.network.toLowerCase(), handle: s.handle, name: s.name, followers: s.followers, verified: s.verified })))],
    );
    const linked: Array<{ id: string; account_id: string }> = await tx.query(
      `UPDATE social_personas p SET account_id = a.id, linked_by = 'HANDLE', updated_at = clock_timestamp()
       FROM accounts a
       WHERE p.id = ANY($1::uuid[]) AND p.linked_by IS DISTINCT FROM 'AGENT'
         AND a.social_handles @> ARRAY[p.network || ':' || lower(p.handle)] AND p.account_id IS DISTINCT FROM a.id
       RETURNING p.id, p.account_id`,
      [rows.map((r) => r.id)],
    );
    const linkedById = new Map(linked.map((l) => [l.id, l.account_id]));
    return new Map(
      rows.map((r) => {
        const accountId = linkedById.get(r.id);
        return [personaKey(r.network, r.handle), accountId ? { ...r, account_id: accountId, linked_by: 'HANDLE' } : r];
      }),
    );
  }

  /** A colleague said who this persona speaks for; the row stays locked to the caller's commit. */
  async linkByAgent(tx: EntityManager, personaId: string, accountId: string): Promise<void> {
    await tx.query(`UPDATE social_personas SET account_id = $2, linked_by = 'AGENT', updated_at = clock_timestamp() WHERE id = $1`, [personaId, accountId]);
  }

  /** Locks the persona to the caller's commit: one case decision per persona at a time. */
  async lock(tx: EntityManager, personaId: string): Promise<void> {
    await tx.query('SELECT id FROM social_personas WHERE id = $1 FOR UPDATE', [personaId]);
  }

  async findByIds(ids: readonly string[]): Promise<SocialPersona[]> {
    if (ids.length === 0) return [];
    const rows: SocialPersonaRow[] = await this.db.query(
      'SELECT id, network, handle, name, followers, verified, account_id, linked_by FROM social_personas WHERE id = ANY($1::uuid[])',
      [[...new Set(ids)]],
    );
    return rows.map(toSocialPersona);
  }
}
