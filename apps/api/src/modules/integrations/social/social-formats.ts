import { z } from 'zod';
import { cleanText } from '../../../common/text.util';
import { OwnHandle } from '../../../config/integrations-config';

export const WIRE_NETWORKS = ['x', 'facebook', 'instagram', 'linkedin', 'reviews', 'other'] as const;
export type WireNetwork = (typeof WIRE_NETWORKS)[number];

/** One post from any network, in one shape: what the inbox stores and the processor applies. */
export interface NormalizedMention {
  verb: 'add' | 'edit' | 'remove';
  network: WireNetwork;
  externalId: string;
  author: { handle: string; name: string | null; followers: number; verified: boolean };
  text: string;
  url: string | null;
  postedAt: string;
  lang: string | null;
  replyToId: string | null;
  /** OUTBOUND: the company's own post (a reply), never an inbound mention. */
  direction: 'INBOUND' | 'OUTBOUND';
  retweet: boolean;
  /** @handles named in the text (lowercase, no @). */
  mentionedHandles: string[];
  /** Links in the post (expanded where the network says), for domain matching. */
  urls: string[];
  raw: unknown;
}

export type ParsedMention = { ok: true; mention: NormalizedMention } | { ok: false; field: string; error: string };

export class SocialInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

export interface ParseContext {
  ownHandles: OwnHandle[];
}

const MAX_ITEMS = 500;

function fail(error: z.ZodError, prefix: (string | number)[]): ParsedMention {
  const issue = error.issues[0];
  const field = [...prefix, ...issue.path].join('.') || 'body';
  return { ok: false, field, error: `${field}: ${issue.message}` };
}

function isOwn(ctx: ParseContext, network: string, handle: string): boolean {
  return ctx.ownHandles.some((h) => h.network === network && h.handle === handle.toLowerCase());
}

export function handlesIn(text: string): string[] {
  return [...new Set([...text.matchAll(/(?:^|[^\w@])@([A-Za-z0-9_.]{1,50})/g)].map((m) => m[1].replace(/\.+$/, '').toLowerCase()))];
}

export function urlsIn(text: string): string[] {
  return [...new Set([...text.matchAll(/https?:\/\/[^\s<>"')]+/g)].map((m) => m[0].replace(/[.,;:!?]+$/, '')))];
}

// --- X ------------------------------------------------------------------------------------------------

const xUser = z.object({
  id_str: z.string().regex(/^\d+$/, 'must be the decimal id string'),
  screen_name: z.string().min(1),
  name: z.string().optional().nullable(),
  followers_count: z.number().int().nonnegative().optional(),
  verified: z.boolean().optional(),
});
const xTweet = z.object({
  id_str: z.string().regex(/^\d+$/, 'must be the decimal id string (the numeric id exceeds 2^53)'),
  created_at: z.string().min(1),
  text: z.string().optional(),
  full_text: z.string().optional(),
  extended_tweet: z.object({ full_text: z.string() }).optional(),
  user: xUser,
  lang: z.string().optional().nullable(),
  in_reply_to_status_id_str: z.string().optional().nullable(),
  retweeted_status: z.unknown().optional(),
  entities: z
    .object({
      user_mentions: z.array(z.object({ screen_name: z.string() })).optional(),
      urls: z.array(z.object({ expanded_url: z.string().optional().nullable(), url: z.string().optional() })).optional(),
    })
    .optional(),
});
const xActivity = z.object({ for_user_id: z.string().optional(), tweet_create_events: z.array(z.unknown()).max(MAX_ITEMS) });

const xV2Line = z.object({
  data: z.object({
    id: z.string().regex(/^\d+$/, 'must be the decimal id string'),
    text: z.string(),
    author_id: z.string().min(1),
    created_at: z.string().optional(),
    lang: z.string().optional(),
    referenced_tweets: z.array(z.object({ type: z.string(), id: z.string() })).optional(),
    entities: z
      .object({
        mentions: z.array(z.object({ username: z.string() })).optional(),
        urls: z.array(z.object({ expanded_url: z.string().optional(), url: z.string().optional() })).optional(),
      })
      .optional(),
  }),
  includes: z
    .object({
      users: z
        .array(
          z.object({
            id: z.string(),
            username: z.string(),
            name: z.string().optional(),
            verified: z.boolean().optional(),
            public_metrics: z.object({ followers_count: z.number().int().nonnegative().optional() }).optional(),
          }),
        )
        .optional(),
    })
    .optional(),
  matching_rules: z.array(z.unknown()).optional(),
});

/** Account Activity API (`tweet_create_events`) or v2 filtered-stream lines, one or an array. */
export function parseX(body: unknown, ctx: ParseContext): ParsedMention[] {
  if (body && typeof body === 'object' && !Array.isArray(body) && 'tweet_create_events' in body) {
    const envelope = xActivity.safeParse(body);
    if (!envelope.success) throw toInputError(envelope.error, []);
    const forUser = envelope.data.for_user_id;
    return envelope.data.tweet_create_events.map((raw, i) => {
      const t = xTweet.safeParse(raw);
      if (!t.success) return fail(t.error, ['tweet_create_events', i]);
      const tweet = t.data;
      const text = tweet.extended_tweet?.full_text ?? tweet.full_text ?? tweet.text ?? '';
      const handle = tweet.user.screen_name.toLowerCase();
      return mention({
        verb: 'add',
        network: 'x',
        externalId: tweet.id_str,
        author: { handle, name: tweet.user.name ?? null, followers: tweet.user.followers_count ?? 0, verified: tweet.user.verified ?? false },
        text,
        url: `https://x.com/${tweet.user.screen_name}/status/${tweet.id_str}`,
        postedAt: parseTime(tweet.created_at, `tweet_create_events.${i}.created_at`),
        lang: tweet.lang ?? null,
        replyToId: tweet.in_reply_to_status_id_str ?? null,
        direction: (forUser && tweet.user.id_str === forUser) || isOwn(ctx, 'x', handle) ? 'OUTBOUND' : 'INBOUND',
        retweet: tweet.retweeted_status !== undefined || /^RT @/.test(text),
        mentionedHandles: tweet.entities?.user_mentions?.map((u) => u.screen_name.toLowerCase()) ?? handlesIn(text),
        urls: tweet.entities?.urls?.map((u) => u.expanded_url ?? u.url ?? '').filter(Boolean) ?? urlsIn(text),
        raw,
      });
    });
  }
  const lines = Array.isArray(body) ? body : [body];
  if (lines.length > MAX_ITEMS) throw new SocialInputError('body', `at most ${MAX_ITEMS} items per request`);
  return lines.map((raw, i) => {
    const parsed = xV2Line.safeParse(raw);
    if (!parsed.success) return fail(parsed.error, Array.isArray(body) ? [i] : []);
    const { data, includes } = parsed.data;
    const user = includes?.users?.find((u) => u.id === data.author_id);
    if (!user) return { ok: false, field: 'includes.users', error: `includes.users: has no user with the author_id ${data.author_id}` };
    const handle = user.username.toLowerCase();
    const refs = data.referenced_tweets ?? [];
    return mention({
      verb: 'add',
      network: 'x',
      externalId: data.id,
      author: { handle, name: user.name ?? null, followers: user.public_metrics?.followers_count ?? 0, verified: user.verified ?? false },
      text: data.text,
      url: `https://x.com/${user.username}/status/${data.id}`,
      postedAt: data.created_at ? parseTime(data.created_at, 'data.created_at') : new Date().toISOString(),
      lang: data.lang ?? null,
      replyToId: refs.find((r) => r.type === 'replied_to')?.id ?? null,
      direction: isOwn(ctx, 'x', handle) ? 'OUTBOUND' : 'INBOUND',
      retweet: refs.some((r) => r.type === 'retweeted'),
      mentionedHandles: data.entities?.mentions?.map((m) => m.username.toLowerCase()) ?? handlesIn(data.text),
      urls: data.entities?.urls?.map((u) => u.expanded_url ?? u.url ?? '').filter(Boolean) ?? urlsIn(data.text),
      raw,
    });
  });
}

// --- Facebook (Meta Graph API page webhooks) --------------------------------------------------------------

const fbValue = z.object({
  item: z.string(),
  verb: z.string(),
  post_id: z.string().optional(),
  comment_id: z.string().optional(),
  parent_id: z.string().optional(),
  from: z.object({ id: z.string(), name: z.string().optional() }).optional(),
  message: z.string().optional(),
  created_time: z.union([z.number(), z.string()]).optional(),
  permalink_url: z.string().optional(),
});
const fbBody = z.object({
  object: z.string(),
  entry: z
    .array(z.object({ id: z.string(), time: z.number().optional(), changes: z.array(z.object({ field: z.string(), value: z.unknown() })).optional() }))
    .max(MAX_ITEMS),
});
const FB_ITEMS = ['post', 'status', 'comment', 'photo', 'video', 'share'];

export function parseFacebook(body: unknown, ctx: ParseContext): ParsedMention[] {
  const parsed = fbBody.safeParse(body);
  if (!parsed.success) throw toInputError(parsed.error, []);
  const out: ParsedMention[] = [];
  parsed.data.entry.forEach((entry, e) => {
    (entry.changes ?? []).forEach((change, c) => {
      if (change.field !== 'feed') return;
      const v = fbValue.safeParse(change.value);
      if (!v.success) return void out.push(fail(v.error, ['entry', e, 'changes', c, 'value']));
      const value = v.data;
      if (!FB_ITEMS.includes(value.item)) return;
      const externalId = value.item === 'comment' ? value.comment_id : value.post_id;
      const field = `entry.${e}.changes.${c}.value.${value.item === 'comment' ? 'comment_id' : 'post_id'}`;
      if (!externalId) return void out.push({ ok: false, field, error: `${field}: is required` });
      const verb = value.verb === 'remove' ? 'remove' : value.verb === 'edited' || value.verb === 'edit' ? 'edit' : 'add';
      const from = value.from ?? { id: 'unknown', name: undefined };
      const text = value.message ?? '';
      out.push(
        mention({
          verb,
          network: 'facebook',
          externalId,
          author: { handle: from.id.toLowerCase(), name: from.name ?? null, followers: 0, verified: false },
          text,
          url: value.permalink_url ?? `https://www.facebook.com/${externalId}`,
          postedAt: value.created_time !== undefined ? parseTime(value.created_time, 'created_time') : new Date((entry.time ?? Date.now() / 1000) * 1000).toISOString(),
          lang: null,
          replyToId: value.item === 'comment' ? (value.parent_id ?? value.post_id ?? null) : null,
          direction: from.id === entry.id || isOwn(ctx, 'facebook', from.id) ? 'OUTBOUND' : 'INBOUND',
          retweet: false,
          mentionedHandles: handlesIn(text),
          urls: urlsIn(text),
          raw: change.value,
        }),
      );
    });
  });
  return out;
}

// --- generic --------------------------------------------------------------------------------------------

const genericMention = z.object({
  externalId: z.string().trim().min(1, 'is blank').max(200),
  network: z.enum(WIRE_NETWORKS, { message: `must be one of ${WIRE_NETWORKS.join(', ')}` }),
  author: z.object({
    handle: z.string().trim().min(1, 'is blank').max(100),
    name: z.string().max(200).optional().nullable(),
    followers: z.number().int().nonnegative().optional(),
    verified: z.boolean().optional(),
  }),
  text: z.string().min(1, 'is blank').max(10_000),
  url: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).optional().nullable(),
  postedAt: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 time like 2026-03-01T10:00:00Z' }),
  lang: z.string().max(20).optional().nullable(),
  replyToId: z.string().max(200).optional().nullable(),
});

export function parseGeneric(body: unknown, ctx: ParseContext): { batch: boolean; parsed: ParsedMention[] } {
  const batch = Array.isArray(body);
  const items = batch ? (body as unknown[]) : [body];
  if (items.length === 0 || items.length > 1000) throw new SocialInputError('body', 'send 1 to 1,000 mentions per request');
  const parsed = items.map((raw, i): ParsedMention => {
    const g = genericMention.safeParse(raw);
    if (!g.success) return fail(g.error, batch ? [i] : []);
    const m = g.data;
    const handle = m.author.handle.replace(/^@/, '').toLowerCase();
    return mention({
      verb: 'add',
      network: m.network,
      externalId: m.externalId,
      author: { handle, name: m.author.name ?? null, followers: m.author.followers ?? 0, verified: m.author.verified ?? false },
      text: m.text,
      url: m.url ?? null,
      postedAt: new Date(m.postedAt).toISOString(),
      lang: m.lang ?? null,
      replyToId: m.replyToId ?? null,
      direction: isOwn(ctx, m.network, handle) ? 'OUTBOUND' : 'INBOUND',
      retweet: m.network === 'x' && /^RT @/.test(m.text),
      mentionedHandles: handlesIn(m.text),
      urls: urlsIn(m.text),
      raw,
    });
  });
  if (!batch && !parsed[0].ok) throw new SocialInputError(parsed[0].field, parsed[0].error.slice(parsed[0].field.length + 2));
  return { batch, parsed };
}

// --- shared ---------------------------------------------------------------------------------------------

function mention(m: NormalizedMention): ParsedMention {
  return { ok: true, mention: { ...m, text: cleanText(m.text), author: { ...m.author, name: m.author.name ? cleanText(m.author.name) : null } } };
}

function parseTime(value: string | number, field: string): string {
  const date = typeof value === 'number' ? new Date(value * 1000) : /^\d+$/.test(value) ? new Date(Number(value) * 1000) : new Date(value);
  if (Number.isNaN(date.getTime())) throw new SocialInputError(field, 'is not a time');
  return date.toISOString();
}

function toInputError(error: z.ZodError, prefix: (string | number)[]): SocialInputError {
  const issue = error.issues[0];
  const field = [...prefix, ...issue.path].join('.') || 'body';
  return new SocialInputError(field, issue.message);
}
