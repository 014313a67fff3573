import { createHmac } from 'node:crypto';
import { Client } from 'pg';
import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { gqlOk } from '../support/graphql';
import { FeedItemEvent, SocketPool } from '../support/socket';
import { createAccount, createEmployee, follow, loginAdmin, TestEmployee } from '../factories/org';
import { base64Signature, fixture, postRaw, postSocial, waitUntil, WEBHOOK_SECRETS } from '../support/webhooks';

interface MentionNode {
  id: string;
  kind: string;
  subjectId: string;
  body: string | null;
  deletedAt: string | null;
  socialMention: {
    network: string;
    externalId: string;
    text: string;
    url: string | null;
    author: { handle: string; name: string | null; followers: number; verified: boolean };
    sentiment: number;
    intent: string;
    priority: string;
    why: string[];
    accountId: string | null;
    matchConfidence: number | null;
    removedAt: string | null;
  } | null;
}

/** Social networks in their own wire formats become matched SOCIAL_MENTION activities. */
describe('social connectors', () => {
  let db: TestDatabase;
  let pg: Client;
  let api: ApiServer;
  let admin: TestEmployee;
  let ana: TestEmployee;
  let bo: TestEmployee;
  let cy: TestEmployee;
  let northwind: string;
  let umbrella: string;
  const sockets = new SocketPool(() => api.url);

  beforeAll(async () => {
    db = await createTestDatabase('integrations_social');
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    api = await startApi(db.url, { ...WEBHOOK_SECRETS, INTEGRATIONS_SWEEP_MS: '500' });
    admin = await loginAdmin(api.url);
    [ana, bo, cy] = await Promise.all([createEmployee(api.url, admin, 'Ana'), createEmployee(api.url, admin, 'Bo'), createEmployee(api.url, admin, 'Cy')]);
    northwind = await createAccount(api.url, ana, {
      name: 'Northwind Traders',
      socialHandles: [{ network: 'X', handle: '@Northwind_HQ' }],
      domains: ['https://www.northwind.example/'],
      watchKeywords: ['Northwind'],
    });
    umbrella = await createAccount(api.url, bo, { name: 'Umbrella Labs', socialHandles: [{ network: 'X', handle: 'umbrella_labs' }] });
    await Promise.all([follow(api.url, cy, northwind), follow(api.url, cy, umbrella)]);
  });

  afterAll(async () => {
    sockets.closeAll();
    await api?.stop();
    await pg?.end();
    await db?.drop();
  });

  const MENTION_FIELDS = `id kind subjectId body deletedAt socialMention { network externalId text url author { handle name followers verified } sentiment intent priority why accountId matchConfidence removedAt }`;
  const socialFeed = async (who: TestEmployee): Promise<MentionNode[]> =>
    (await gqlOk<{ feed: { edges: Array<{ node: MentionNode }> } }>(api.url, `query { feed(filter: SOCIAL, first: 25) { edges { node { ${MENTION_FIELDS} } } } }`, {}, who.token)).feed.edges.map(
      (e) => e.node,
    );
  const byExternalId = async (who: TestEmployee, externalId: string) => (await socialFeed(who)).find((n) => n.socialMention?.externalId === externalId);
  const rows = async (externalId: string) => (await pg.query<Record<string, unknown> & { id: string }>('SELECT * FROM social_mentions WHERE external_id = $1', [externalId])).rows;
  // Drained: every event applied, and every post past the routing stage (scored) that follows ingest.
  const processed = () =>
    waitUntil(
      async () =>
        (
          await pg.query<{ n: string }>(
            'SELECT (SELECT count(*) FROM integration_inbox WHERE processed_at IS NULL) + (SELECT count(*) FROM social_mentions WHERE routed_at IS NULL) AS n',
          )
        ).rows[0].n === '0',
      'inbox drained and mentions routed',
    );

  it('stores the social side of an account, normalised', async () => {
    const data = await gqlOk<{ account: { socialHandles: unknown; domains: string[]; watchKeywords: string[] } }>(
      api.url,
      `query($id: ID!) { account(id: $id) { socialHandles { network handle } domains watchKeywords } }`,
      { id: northwind },
      ana.token,
    );
    expect(data.account).toEqual({ socialHandles: [{ network: 'X', handle: 'northwind_hq' }], domains: ['northwind.example'], watchKeywords: ['Northwind'] });
  });

  it('answers the X CRC check and the Meta subscription handshake as the networks expect', async () => {
    const crc = await fetch(`${api.url}/api/integrations/social/x?crc_token=challenge-123`);
    expect(await crc.json()).toEqual({ response_token: `sha256=${createHmac('sha256', WEBHOOK_SECRETS.X_CONSUMER_SECRET).update('challenge-123').digest('base64')}` });
    const meta = await fetch(`${api.url}/api/integrations/social/facebook?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=${WEBHOOK_SECRETS.FACEBOOK_VERIFY_TOKEN}`);
    expect([meta.status, await meta.text()]).toEqual([200, '1158201444']);
    const wrong = await fetch(`${api.url}/api/integrations/social/facebook?hub.mode=subscribe&hub.challenge=1&hub.verify_token=guess`);
    expect(wrong.status).toBe(403);
  });

  it('takes X Account Activity events: a matched mention, our own reply linked to it, a retweet ignored', async () => {
    const socket = await sockets.connect(ana);
    await follow(api.url, ana, northwind);
    const body = fixture('social/x-account-activity.json');
    const tampered = body.replace('timing out', 'timing 0ut');
    expect((await postRaw(`${api.url}/api/integrations/social/x`, tampered, { 'x-twitter-webhooks-signature': base64Signature(WEBHOOK_SECRETS.X_CONSUMER_SECRET, body) })).status).toBe(401);
    expect(await rows('1896543210987654321')).toHaveLength(0);

    const answer = await postSocial(api.url, 'x', body);
    expect(answer.body.results?.map((r) => r.status)).toEqual(['accepted', 'accepted', 'accepted']);
    const pushed = await socket.waitFor<FeedItemEvent>('feed:item', (e) => e.item.kind === 'SOCIAL_MENTION', 10_000);
    expect(pushed.item).toMatchObject({ subjectId: northwind, body: '@tidings_help the export from @northwind_hq keeps timing out since Monday https://t.co/abc' });
    await processed();
    const node = await byExternalId(ana, '1896543210987654321');
    expect(node?.socialMention).toMatchObject({
      network: 'X',
      externalId: '1896543210987654321',
      url: 'https://x.com/riley_example/status/1896543210987654321',
      author: { handle: 'riley_example', name: 'Riley Example', followers: 812, verified: false },
      intent: 'COMPLAINT',
      accountId: northwind,
      removedAt: null,
    });
    // An @mention of the account's handle and a link to its domain: more sure than either alone.
    expect(node?.socialMention?.matchConfidence).toBeGreaterThan(0.85);
    const [reply] = await rows('1896543210987654400');
    expect(reply).toMatchObject({ direction: 'OUTBOUND', activity_id: null, in_reply_to_mention_id: (await rows('1896543210987654321'))[0].id });
    expect(await rows('1896543210987654501')).toHaveLength(0);
    expect((await socialFeed(ana)).filter((n) => n.socialMention?.externalId.startsWith('18965432109876545'))).toHaveLength(0);
  });

  it('takes X v2 filtered-stream lines signed by the bridge', async () => {
    const answer = await postSocial(api.url, 'x', fixture('social/x-v2-stream-line.json'));
    expect(answer.body.results).toEqual([{ index: 0, status: 'accepted' }]);
    await processed();
    expect((await byExternalId(ana, '1896543210987659999'))?.socialMention).toMatchObject({ author: { handle: 'jo_sample', followers: 120 }, accountId: northwind });
  });

  it('takes Facebook feed comments: an edit updates the mention and its activity, a remove marks both removed', async () => {
    expect((await postSocial(api.url, 'facebook', fixture('social/facebook-comment-add.json'))).body.results).toEqual([{ index: 0, status: 'accepted' }]);
    await processed();
    const added = await byExternalId(ana, '555_9001');
    expect(added).toMatchObject({ subjectId: northwind, body: 'Is the Northwind integration down? Nothing syncs since this morning' });
    expect(added?.socialMention).toMatchObject({ network: 'FACEBOOK', author: { handle: '7100000000000002', name: 'Morgan Example' }, accountId: northwind });

    const socket = await sockets.connect(ana);
    await postSocial(api.url, 'facebook', fixture('social/facebook-comment-edited.json'));
    const updated = await socket.waitFor<FeedItemEvent>('feed:item:updated', (e) => e.item.id === added?.id, 10_000);
    expect(updated.item.body).toBe('Is the Northwind integration down? Nothing syncs since this morning (ticket 8812)');
    expect((await byExternalId(ana, '555_9001'))?.socialMention?.text).toBe('Is the Northwind integration down? Nothing syncs since this morning (ticket 8812)');

    await postSocial(api.url, 'facebook', fixture('social/facebook-comment-remove.json'));
    await processed();
    const removed = (await socialFeed(ana)).find((n) => n.id === added?.id);
    expect(removed?.deletedAt).not.toBeNull();
    expect(removed?.body).toBeNull();
    expect(removed?.socialMention?.removedAt).not.toBeNull();
    expect(await rows('555_9001')).toHaveLength(1);
  });

  it('keeps unmatched generic mentions, matches by domain, and names the bad field', async () => {
    const answer = await postSocial(api.url, 'generic', fixture('social/generic-mentions.json'));
    expect(answer.body.results).toEqual([{ index: 0, status: 'accepted' }, { index: 1, status: 'accepted' }]);
    await processed();
    expect((await byExternalId(ana, 'rev-20260302-0001'))?.socialMention).toMatchObject({ network: 'REVIEWS', accountId: northwind });
    const [unmatched] = await rows('li-20260302-0002');
    expect(unmatched).toMatchObject({ account_id: null, activity_id: null, direction: 'INBOUND', author_handle: 'pat-sample' });

    const bad = { ...(JSON.parse(fixture('social/generic-mentions.json')) as Array<Record<string, unknown>>)[0], network: 'myspace' };
    const single = await postSocial(api.url, 'generic', JSON.stringify(bad));
    expect(single.status).toBe(400);
    expect(single.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'network' });
    const batch = await postSocial(api.url, 'generic', JSON.stringify([bad, { ...bad, network: 'other', externalId: 'ok-1' }]));
    expect(batch.body.results?.map((r) => [r.status, r.error?.split(':')[0]])).toEqual([['rejected', '0.network'], ['accepted', undefined]]);
  });

  it('makes one mention and one activity of five copies delivered at once', async () => {
    const body = JSON.stringify({ externalId: 'dup-5', network: 'x', author: { handle: 'echo_echo' }, text: 'Is @northwind_hq down for anyone else?', postedAt: '2026-03-02T12:00:00Z' });
    const answers = await Promise.all(Array.from({ length: 5 }, () => postSocial(api.url, 'generic', body)));
    expect(answers.map((a) => a.body.results?.[0].status).sort()).toEqual(['accepted', 'duplicate', 'duplicate', 'duplicate', 'duplicate']);
    await processed();
    expect(await rows('dup-5')).toHaveLength(1);
    expect((await socialFeed(ana)).filter((n) => n.socialMention?.externalId === 'dup-5')).toHaveLength(1);
    expect((await pg.query<{ n: number }>(`SELECT count(*)::int AS n FROM activities WHERE kind = 'SOCIAL_MENTION' AND body = 'Is @northwind_hq down for anyone else?'`)).rows[0].n).toBe(1);
  });

  it('delivers a mention matched to a private account only to those who can open it', async () => {
    // Cy followed Umbrella while it was public; then it became private to Bo.
    await gqlOk(api.url, `mutation($id: ID!) { updateAccount(id: $id, input: { visibility: PRIVATE }) { id } }`, { id: umbrella }, bo.token);
    const [boSocket, cySocket] = await Promise.all([sockets.connect(bo), sockets.connect(cy)]);
    const secret = JSON.stringify({ externalId: 'private-1', network: 'x', author: { handle: 'umbrella_labs', name: 'Umbrella Labs' }, text: 'Quiet launch of our new lab today', postedAt: '2026-03-02T12:30:00Z' });
    await postSocial(api.url, 'generic', secret);
    const got = await boSocket.waitFor<FeedItemEvent>('feed:item', (e) => e.item.subjectId === umbrella, 10_000);
    expect(got.item.body).toBe('Quiet launch of our new lab today');
    // Barrier: a public mention after it reaches Cy, so the private one had every chance to.
    await postSocial(api.url, 'generic', JSON.stringify({ externalId: 'public-after', network: 'x', author: { handle: 'someone' }, text: 'Northwind support was quick today', postedAt: '2026-03-02T12:31:00Z' }));
    await cySocket.waitFor<FeedItemEvent>('feed:item', (e) => e.item.subjectId === northwind && e.item.body === 'Northwind support was quick today', 10_000);
    expect(cySocket.of<FeedItemEvent>('feed:item').filter((e) => e.item.subjectId === umbrella)).toEqual([]);
    expect((await socialFeed(cy)).some((n) => n.socialMention?.externalId === 'private-1')).toBe(false);
    expect((await socialFeed(bo)).find((n) => n.socialMention?.externalId === 'private-1')?.socialMention).toMatchObject({ accountId: umbrella, matchConfidence: 0.95 });
  });
});
