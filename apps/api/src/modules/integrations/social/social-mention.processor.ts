import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ActivityKind } from '../../../common/graphql/enums';
import { newId } from '../../../common/ids';
import { ActivityWriter } from '../../feed/activity-writer.service';
import { InboxProcessor, InboxRow } from '../inbox-processor.service';
import { AccountProfile, bestMatch, domainCandidates } from './social-matcher';
import { NormalizedMention } from './social-formats';

const mentionKey = (network: string, externalId: string) => `${network}\u0000${externalId}`;

interface Existing {
  id: string;
  text: string;
  url: string | null;
  activity_id: string | null;
  removed_at: Date | null;
}

/**
 * Applies social posts from the inbox: one row per (network, externalId), also when copies race
 * (the unique key decides). A matched inbound mention becomes a SOCIAL_MENTION activity on its
 * account; an edit revises both, a removal tombstones both. Our own posts are stored as replies,
 * linked to what they answer, and never become mentions. Unmatched mentions are kept.
 */
@Injectable()
export class SocialMentionProcessor implements OnModuleInit {
  constructor(
    private readonly processor: InboxProcessor,
    private readonly writer: ActivityWriter,
  ) {}

  onModuleInit(): void {
    for (const connector of ['x', 'facebook', 'generic']) {
      this.processor.register(
        connector,
        (tx, row) => this.handle(tx, row.payload as NormalizedMention),
        (tx, rows) => this.addMany(tx, rows),
      );
    }
  }

  private async handle(tx: EntityManager, m: NormalizedMention): Promise<string> {
    const existing = await this.find(tx, m);
    if (m.verb === 'remove') return this.remove(tx, m, existing);
    if (existing) return this.edit(tx, m, existing);
    const id = await this.insert(tx, m, null);
    if (!id) return this.edit(tx, m, (await this.find(tx, m))!); // a copy won the race: treat ours as a redelivery
    if (m.direction === 'OUTBOUND') {
      await tx.query(
        `UPDATE social_mentions SET in_reply_to_mention_id = (SELECT id FROM social_mentions WHERE network = $2 AND external_id = $3) WHERE id = $1`,
        [id, m.network, m.replyToId],
      );
      return 'reply';
    }
    const match = bestMatch(
      { network: m.network, authorHandle: m.author.handle, mentionedHandles: m.mentionedHandles, urls: m.urls, text: m.text },
      await this.candidates(tx, m),
    );
    if (!match) return 'unmatched';
    const activity = await this.writer.append(tx, {
      kind: ActivityKind.SOCIAL_MENTION,
      actorId: null,
      subjectId: match.accountId,
      relatedSubjectIds: [],
      body: m.text,
    });
    await tx.query(`UPDATE social_mentions SET account_id = $2, match_confidence = $3, match_reason = $4, activity_id = $5 WHERE id = $1`, [
      id,
      match.accountId,
      match.confidence,
      match.reasons.join(','),
      activity.id,
    ]);
    return 'matched';
  }

  /**
   * The common case set-based: new posts (verb add) matched with one candidate query, their
   * activities appended in one statement, and each row written once with its match (one INSERT).
   * Anything else (an edit, a remove, a post we already have, a second copy in the same batch) is
   * left to the one-by-one path; so is the whole batch when a copy processed elsewhere wins a row
   * between the probe and the insert (the savepoint undoes this batch, nothing is written twice).
   */
  private async addMany(tx: EntityManager, rows: InboxRow[]): Promise<Map<string, string>> {
    const outcomes = new Map<string, string>();
    const seen = new Set<string>();
    const adds: Array<{ rowId: string; m: NormalizedMention }> = [];
    for (const row of rows) {
      const m = row.payload as NormalizedMention;
      const key = mentionKey(m.network, m.externalId);
      if (m.verb !== 'add' || seen.has(key)) continue;
      seen.add(key);
      adds.push({ rowId: row.id, m });
    }
    if (adds.length === 0) return outcomes;
    const known: Array<{ network: string; external_id: string }> = await tx.query(
      `SELECT s.network, s.external_id FROM social_mentions s
       JOIN unnest($1::text[], $2::text[]) AS k(network, external_id) ON s.network = k.network AND s.external_id = k.external_id`,
      [adds.map((a) => a.m.network), adds.map((a) => a.m.externalId)],
    );
    const have = new Set(known.map((k) => mentionKey(k.network, k.external_id)));
    const fresh = adds.filter((a) => !have.has(mentionKey(a.m.network, a.m.externalId))).map((a) => ({ ...a, id: newId() }));
    if (fresh.length === 0) return outcomes;

    const inbound = fresh.filter((f) => f.m.direction === 'INBOUND');
    const accounts = await this.candidatesForMany(tx, inbound.map((f) => f.m));
    const matches = new Map(
      inbound.flatMap((f) => {
        const match = bestMatch(
          { network: f.m.network, authorHandle: f.m.author.handle, mentionedHandles: f.m.mentionedHandles, urls: f.m.urls, text: f.m.text },
          accounts,
        );
        return match ? [[f.id, match] as const] : [];
      }),
    );
    const matched = inbound.filter((f) => matches.has(f.id));
    const activities = await this.writer.appendMany(
      tx,
      matched.map((f) => ({ kind: ActivityKind.SOCIAL_MENTION, actorId: null, subjectId: matches.get(f.id)!.accountId, relatedSubjectIds: [], body: f.m.text })),
    );
    const activityOf = new Map(matched.map((f, i) => [f.id, activities[i].id]));

    const inserted: Array<{ id: string }> = await tx.query(
      `INSERT INTO social_mentions (id, network, external_id, direction, author_handle, author_name, author_followers, author_verified,
         text, url, posted_at, lang, reply_to_external_id, raw, account_id, match_confidence, match_reason, activity_id)
       SELECT id, network, external_id, direction, author_handle, author_name, author_followers, author_verified, text, url,
         posted_at, lang, reply_to_external_id, raw, account_id, match_confidence, match_reason, activity_id
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, network text, external_id text, direction text, author_handle text, author_name text,
         author_followers integer, author_verified boolean, text text, url text, posted_at timestamptz, lang text, reply_to_external_id text, raw jsonb,
         account_id text, match_confidence real, match_reason text, activity_id uuid)
       ON CONFLICT (network, external_id) DO NOTHING
       RETURNING id`,
      [
        JSON.stringify(
          fresh.map(({ id, m }) => {
            const match = matches.get(id);
            return {
              id,
              network: m.network,
              external_id: m.externalId,
              direction: m.direction,
              author_handle: m.author.handle,
              author_name: m.author.name,
              author_followers: m.author.followers,
              author_verified: m.author.verified,
              text: m.text,
              url: m.url,
              posted_at: m.postedAt,
              lang: m.lang,
              reply_to_external_id: m.replyToId,
              raw: m.raw ?? null,
              account_id: match?.accountId ?? null,
              match_confidence: match?.confidence ?? null,
              match_reason: match ? match.reasons.join(',') : null,
              activity_id: activityOf.get(id) ?? null,
            };
          }),
        ),
      ],
    );
    if (inserted.length < fresh.length) throw new Error('a copy of a post in this batch was stored meanwhile; applying the batch one by one');
    // Our replies never become mentions: their rows, linked to what they answer, are all we keep.
    const replies = fresh.filter((f) => f.m.direction === 'OUTBOUND' && f.m.replyToId);
    if (replies.length > 0) {
      await tx.query(
        `UPDATE social_mentions s SET in_reply_to_mention_id = p.id
         FROM social_mentions p WHERE s.id = ANY($1::uuid[]) AND p.network = s.network AND p.external_id = s.reply_to_external_id`,
        [replies.map((r) => r.id)],
      );
    }
    for (const f of fresh) outcomes.set(f.rowId, f.m.direction === 'OUTBOUND' ? 'reply' : matches.has(f.id) ? 'matched' : 'unmatched');
    return outcomes;
  }

  /** Candidate accounts for many mentions in one statement. */
  private async candidatesForMany(tx: EntityManager, mentions: NormalizedMention[]): Promise<AccountProfile[]> {
    if (mentions.length === 0) return [];
    const handles = [...new Set(mentions.flatMap((m) => [m.author.handle, ...m.mentionedHandles].map((h) => `${m.network}:${h.toLowerCase()}`)))];
    const domains = [...new Set(mentions.flatMap((m) => domainCandidates(m.urls)))];
    const rows: Array<{ id: string; social_handles: string[]; domains: string[]; watch_keywords: string[] }> = await tx.query(
      `SELECT id, social_handles, domains, watch_keywords FROM accounts
       WHERE social_handles && $1::text[] OR domains && $2::text[]
          OR (watch_keywords <> '{}' AND EXISTS (
            SELECT 1 FROM unnest(watch_keywords) k, unnest($3::text[]) t WHERE strpos(t, lower(k)) > 0))`,
      [handles, domains, mentions.map((m) => m.text.toLowerCase())],
    );
    return rows.map((r) => ({ id: r.id, socialHandles: r.social_handles, domains: r.domains, watchKeywords: r.watch_keywords }));
  }

  private async find(tx: EntityManager, m: NormalizedMention): Promise<Existing | null> {
    const rows: Existing[] = await tx.query(
      'SELECT id, text, url, activity_id, removed_at FROM social_mentions WHERE network = $1 AND external_id = $2 FOR UPDATE',
      [m.network, m.externalId],
    );
    return rows[0] ?? null;
  }

  /** The row's id, or null when another copy inserted it first. */
  private async insert(tx: EntityManager, m: NormalizedMention, removedAt: Date | null): Promise<string | null> {
    const rows: Array<{ id: string }> = await tx.query(
      `INSERT INTO social_mentions (id, network, external_id, direction, author_handle, author_name, author_followers, author_verified,
         text, url, posted_at, lang, reply_to_external_id, raw, removed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
       ON CONFLICT (network, external_id) DO NOTHING RETURNING id`,
      [
        newId(),
        m.network,
        m.externalId,
        m.direction,
        m.author.handle,
        m.author.name,
        m.author.followers,
        m.author.verified,
        m.text,
        m.url,
        m.postedAt,
        m.lang,
        m.replyToId,
        JSON.stringify(m.raw ?? null),
        removedAt,
      ],
    );
    return rows[0]?.id ?? null;
  }

  private async edit(tx: EntityManager, m: NormalizedMention, existing: Existing): Promise<string> {
    if (existing.removed_at) return 'removed';
    if (existing.text === m.text && existing.url === m.url) return 'duplicate';
    // routed_at cleared: the routing stage scores the new text again.
    await tx.query(`UPDATE social_mentions SET text = $2, url = $3, raw = $4, edited_at = clock_timestamp(), routed_at = NULL WHERE id = $1`, [
      existing.id,
      m.text,
      m.url,
      JSON.stringify(m.raw ?? null),
    ]);
    if (existing.activity_id) await this.writer.revise(tx, existing.activity_id, m.text);
    return 'edited';
  }

  private async remove(tx: EntityManager, m: NormalizedMention, existing: Existing | null): Promise<string> {
    if (!existing) {
      // Removed before we saw it: a tombstone keeps a late "add" from bringing it back.
      await this.insert(tx, m, new Date());
      return 'removed';
    }
    if (existing.removed_at) return 'removed';
    await tx.query('UPDATE social_mentions SET removed_at = clock_timestamp() WHERE id = $1', [existing.id]);
    if (existing.activity_id) await this.writer.retract(tx, existing.activity_id);
    return 'removed';
  }

  /** Accounts with any evidence for this mention: handles and domains by index, keywords by scan. */
  private async candidates(tx: EntityManager, m: NormalizedMention): Promise<AccountProfile[]> {
    const handles = [m.author.handle, ...m.mentionedHandles].map((h) => `${m.network}:${h.toLowerCase()}`);
    const rows: Array<{ id: string; social_handles: string[]; domains: string[]; watch_keywords: string[] }> = await tx.query(
      `SELECT id, social_handles, domains, watch_keywords FROM accounts
       WHERE social_handles && $1::text[] OR domains && $2::text[]
          OR (watch_keywords <> '{}' AND EXISTS (SELECT 1 FROM unnest(watch_keywords) k WHERE strpos($3, lower(k)) > 0))`,
      [handles, domainCandidates(m.urls), m.text.toLowerCase()],
    );
    return rows.map((r) => ({ id: r.id, socialHandles: r.social_handles, domains: r.domains, watchKeywords: r.watch_keywords }));
  }
}
