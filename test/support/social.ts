import { Client } from 'pg';
import { gqlOk } from './graphql';
import { postSocial, waitUntil } from './webhooks';

export interface GenericMention {
  externalId: string;
  network: string;
  author: { handle: string; name?: string | null; followers?: number; verified?: boolean };
  text: string;
  url?: string | null;
  postedAt: string;
  replyToId?: string | null;
}

export interface InboxMention {
  id: string;
  externalId: string;
  text: string;
  sentiment: number;
  intent: string;
  priority: string;
  why: string[];
  accountId: string | null;
  caseId: string | null;
  personaId: string | null;
  claimedById: string | null;
  dismissedAt: string | null;
  author: { handle: string; followers: number; verified: boolean; influenceBand: string };
}

export const INBOX_FIELDS = 'id externalId text sentiment intent priority why accountId caseId personaId claimedById dismissedAt author { handle followers verified influenceBand }';

/** Posts mentions through the signed generic connector (a batch) and expects every one accepted. */
export async function postMentions(api: string, mentions: GenericMention[]): Promise<void> {
  const answer = await postSocial(api, 'generic', JSON.stringify(mentions));
  const statuses = answer.body.results?.map((r) => r.status) ?? [];
  if (answer.status !== 200 || statuses.some((s) => s !== 'accepted')) throw new Error(`connector answered ${answer.status}: ${JSON.stringify(answer.body)}`);
}

/** Waits until the routing stage has seen every post with these external ids. */
export function routed(pg: Client, externalIds: string[]): Promise<void> {
  return waitUntil(
    async () =>
      (await pg.query<{ n: number }>('SELECT count(*)::int AS n FROM social_mentions WHERE external_id = ANY($1) AND routed_at IS NOT NULL', [externalIds])).rows[0].n === externalIds.length,
    `${externalIds.length} mentions routed`,
    30_000,
  );
}

/** Every mention of one inbox queue the viewer may see, paging through. */
export async function inboxQueue(api: string, token: string, queue: string, extra = '', pageSize = 50): Promise<InboxMention[]> {
  const out: InboxMention[] = [];
  let after: string | null = null;
  for (;;) {
    const data: { socialInbox: { edges: Array<{ node: InboxMention }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await gqlOk(
      api,
      `query($queue: SocialQueue!, $after: String) { socialInbox(queue: $queue, first: ${pageSize}, after: $after${extra}) { edges { node { ${INBOX_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
      { queue, after },
      token,
    );
    out.push(...data.socialInbox.edges.map((e) => e.node));
    if (!data.socialInbox.pageInfo.hasNextPage) return out;
    after = data.socialInbox.pageInfo.endCursor;
  }
}

export const ALL_QUEUES = ['NEW', 'ASSIGNED', 'UNMATCHED', 'DONE'] as const;

export async function wholeInbox(api: string, token: string): Promise<InboxMention[]> {
  return (await Promise.all(ALL_QUEUES.map((q) => inboxQueue(api, token, q)))).flat();
}
