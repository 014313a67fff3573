import { createHmac } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { gql, gqlOk } from '../support/graphql';
import { FeedItemEvent, SocketPool } from '../support/socket';
import { createAccount, createDeal, createEmployee, follow, loginAdmin, moveDeal, TestEmployee } from '../factories/org';
import { waitUntil } from '../support/webhooks';

interface Received {
  path: string;
  delivery: string;
  signature: string;
  body: string;
  verified: boolean;
}

/** The activity a delivery carries. */
const activityOf = (body: string) =>
  (JSON.parse(body) as { activity: { id: string; kind: string; subjectId: string; body: string | null } }).activity;

/** Outbound webhooks: signed, deduplicable, retried, public subjects only, never slowing the feed. */
describe('outbound webhooks', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let admin: TestEmployee;
  let ana: TestEmployee;
  let bo: TestEmployee;
  let receiver: Server;
  let receiverUrl: string;
  const received: Received[] = [];
  const secrets = new Map<string, string>();
  const hanging: ServerResponse[] = [];
  const sockets = new SocketPool(() => api.url);

  const post = (who: TestEmployee, subjectId: string, body: string) =>
    gqlOk<{ post: { id: string } }>(api.url, `mutation($input: PostInput!) { post(input: $input) { id } }`, { input: { subjectId, body } }, who.token).then((d) => d.post.id);
  const subscribe = async (path: string, kinds: string[]) => {
    const data = await gqlOk<{ createWebhookSubscription: { id: string; secret: string | null; kinds: string[] } }>(
      api.url,
      `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { id secret kinds } }`,
      { input: { url: `${receiverUrl}${path}`, kinds } },
      admin.token,
    );
    secrets.set(path, data.createWebhookSubscription.secret!);
    return data.createWebhookSubscription;
  };
  const ofActivity = (activityId: string, path = '/hook') => received.filter((r) => r.path === path && activityOf(r.body).id === activityId);

  beforeAll(async () => {
    const failuresLeft = new Map<string, number>();
    receiver = createServer((req: IncomingMessage, res: ServerResponse) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const path = req.url ?? '';
        const body = Buffer.concat(chunks).toString('utf8');
        const signature = String(req.headers['x-tidings-signature'] ?? '');
        const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(signature) ?? [];
        const secret = secrets.get(path) ?? '';
        const verified = !!t && createHmac('sha256', secret).update(`${t}.${body}`).digest('hex') === v1;
        const delivery = String(req.headers['x-tidings-delivery'] ?? '');
        received.push({ path, delivery, signature, body, verified });
        if (path === '/hang') return void hanging.push(res);
        const activity = activityOf(body);
        // "flaky" activities fail twice before they are taken.
        if (activity.body?.includes('flaky')) {
          const left = failuresLeft.get(delivery) ?? 2;
          failuresLeft.set(delivery, left - 1);
          if (left > 0) return void res.writeHead(500).end('try later');
        }
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;

    db = await createTestDatabase('integrations_hooks');
    api = await startApi(db.url, { WEBHOOK_RETRY_BASE_SECONDS: '1', WEBHOOK_SCAN_MS: '200', WEBHOOK_TIMEOUT_MS: '30000' });
    admin = await loginAdmin(api.url);
    [ana, bo] = await Promise.all([createEmployee(api.url, admin, 'Ana'), createEmployee(api.url, admin, 'Bo')]);
  });

  afterAll(async () => {
    sockets.closeAll();
    hanging.forEach((res) => res.destroy());
    await api?.stop();
    await new Promise<void>((resolve) => receiver?.close(() => resolve()));
    await db?.drop();
  });

  it('lets only admins subscribe, returns the secret once, and names a bad field', async () => {
    const refused = await gql(api.url, `mutation { createWebhookSubscription(input: { url: "https://example.test/x", kinds: [POST] }) { id } }`, {}, ana.token);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await gql(api.url, `mutation { createWebhookSubscription(input: { url: "ftp://example.test/x", kinds: [POST] }) { id } }`, {}, admin.token);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
    const sub = await subscribe('/hook', ['POST', 'RECORD_CHANGE']);
    expect(sub.secret).toMatch(/^whsec_/);
    const listed = await gqlOk<{ webhookSubscriptions: Array<{ id: string; secret: string | null }> }>(api.url, `query { webhookSubscriptions { id secret } }`, {}, admin.token);
    expect(listed.webhookSubscriptions).toEqual([{ id: sub.id, secret: null }]);
  });

  it('POSTs each activity once, signed, and retries after two 500s', async () => {
    const account = await createAccount(api.url, ana, { name: 'Litware' });
    const plain = await post(ana, account, 'Kick-off booked for Monday');
    const flaky = await post(ana, account, 'A flaky one: the receiver refuses it twice');
    await waitUntil(() => ofActivity(flaky).length === 3 && ofActivity(plain).length >= 1, 'deliveries and retries', 30_000);
    const plainHits = ofActivity(plain);
    expect(plainHits).toHaveLength(1);
    expect(plainHits[0].verified).toBe(true);
    expect(JSON.parse(plainHits[0].body)).toMatchObject({ id: plainHits[0].delivery, type: 'activity.created', activity: { id: plain, kind: 'POST', subjectId: account, body: 'Kick-off booked for Monday' } });
    const flakyHits = ofActivity(flaky);
    expect(new Set(flakyHits.map((h) => h.delivery)).size).toBe(1);
    expect(flakyHits.every((h) => h.verified)).toBe(true);

    const subs = await gqlOk<{ webhookSubscriptions: Array<{ id: string }> }>(api.url, `query { webhookSubscriptions { id } }`, {}, admin.token);
    const log = await gqlOk<{ webhookDeliveries: Array<{ id: string; activityId: string; status: string; attempts: number; lastStatusCode: number | null }> }>(
      api.url,
      `query($id: ID!) { webhookDeliveries(subscriptionId: $id, first: 50) { id activityId status attempts lastStatusCode } }`,
      { id: subs.webhookSubscriptions[0].id },
      admin.token,
    );
    expect(log.webhookDeliveries.find((d) => d.activityId === flaky)).toMatchObject({ id: flakyHits[0].delivery, status: 'DELIVERED', attempts: 3, lastStatusCode: 204 });
    expect(log.webhookDeliveries.find((d) => d.activityId === plain)).toMatchObject({ status: 'DELIVERED', attempts: 1 });
    // The account's creation (a RECORD_CHANGE) went out too; nothing was sent twice once taken.
    expect(received.filter((r) => r.path === '/hook' && activityOf(r.body).kind === 'RECORD_CHANGE' && activityOf(r.body).subjectId === account)).toHaveLength(1);
  });

  it('never sends an activity on a private subject', async () => {
    const hidden = await createAccount(api.url, bo, { name: 'Secret Project', visibility: 'PRIVATE' });
    const secretPost = await post(bo, hidden, 'Confidential pricing for Secret Project');
    const open = await createAccount(api.url, bo, { name: 'Open Project' });
    const after = await post(bo, open, 'Public news after the secret one');
    await waitUntil(() => ofActivity(after).length === 1, 'the later public post', 15_000);
    expect(ofActivity(secretPost)).toEqual([]);
    expect(received.some((r) => r.body.includes('Secret Project') || r.body.includes('Confidential'))).toBe(false);
  });

  it("does not delay a follower's feed:item while a receiver hangs", async () => {
    await subscribe('/hang', ['RECORD_CHANGE', 'POST']);
    const account = await createAccount(api.url, bo, { name: 'Hang Test' });
    const deal = await createDeal(api.url, bo, account, { stage: 'PROPOSAL' });
    await waitUntil(() => received.some((r) => r.path === '/hang'), 'the hanging receiver is holding a request', 15_000);
    await follow(api.url, ana, deal);
    const socket = await sockets.connect(ana);
    const started = Date.now();
    await moveDeal(api.url, bo, deal, 'NEGOTIATION');
    const pushed = await socket.waitFor<FeedItemEvent>('feed:item', (e) => e.item.subjectId === deal, 10_000);
    const ms = Date.now() - started;
    expect(pushed.item.changes).toEqual([{ field: 'stage', from: 'PROPOSAL', to: 'NEGOTIATION' }]);
    expect(hanging.length).toBeGreaterThan(0);
    process.stdout.write(`\n[measure] feed:item with a hanging webhook receiver: ${ms} ms after the mutation was sent\n`);
  });
});
