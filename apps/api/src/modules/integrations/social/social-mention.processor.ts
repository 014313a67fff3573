import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ActivityKind } from '../../../common/graphql/enums';
import { newId } from '../../../common/ids';
import { ActivityWriter } from '../../feed/activity-writer.service';
import { InboxProcessor, InboxRow } from '../inbox-processor.service';
import { AccountProfile, bestMatch, domainCandidates } from './social-matcher';
import { NormalizedMention } from './social-formats';

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
    for (const connector of ['x', 'facebook', 'generic']) this.processor.register(connector, (tx, row) => this.handle(tx, row.payload as NormalizedMention, row));
  }

  private async handle(tx: EntityManager, m: NormalizedMention, _row: InboxRow): Promise<string> {
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
    await tx.query(`UPDATE social_mentions SET text = $2, url = $3, raw = $4, edited_at = clock_timestamp() WHERE id = $1`, [
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
