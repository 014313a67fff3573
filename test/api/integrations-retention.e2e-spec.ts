import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { gqlOk } from '../support/graphql';
import { advance } from '../factories/sla';
import { createAccount, createEmployee, loginAdmin, TestEmployee } from '../factories/org';
import { postCrm, postSocial, waitUntil, WEBHOOK_SECRETS } from '../support/webhooks';

const DAY = 86_400_000;

interface RetentionResult {
  payloadsCleared: number;
  deliveriesDeleted: number;
}

/**
 * Retention of the integrations' logs: old processed inbox events lose their raw payload but keep
 * their key (so a redelivery is still a duplicate); old finished outbound deliveries leave the log.
 * Rows are aged in SQL, then the server's clock (TEST_CLOCK) carries them over the 30-day line.
 */
describe('integration log retention', () => {
  let db: TestDatabase;
  let pg: Client;
  let receiver: Server;
  let receiverUrl: string;
  const servers: ApiServer[] = [];

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(204).end());
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    db = await createTestDatabase('integrations_retention');
    pg = new Client({ connectionString: db.url });
    await pg.connect();
  });

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await pg?.end();
    await new Promise<void>((resolve) => receiver?.close(() => resolve()));
    await db?.drop();
  });

  const boot = async (env: Record<string, string> = {}) => {
    const server = await startApi(db.url, { ...WEBHOOK_SECRETS, INTEGRATIONS_SWEEP_MS: '500', WEBHOOK_SCAN_MS: '200', WEBHOOK_RETRY_BASE_SECONDS: '1', ...env });
    servers.push(server);
    return server;
  };
  const count = async (sql: string, params: unknown[] = []) => (await pg.query<{ n: number }>(sql, params)).rows[0].n;
  /** The inbox row of a CRM event id or a social post id (a mention's key is `verb:externalId:hash`). */
  const OF_EVENT = `(event_key = $1 OR event_key LIKE '%:' || $1 || ':%')`;
  const inboxRow = async (id: string) =>
    (await pg.query<{ payload: unknown; processed_at: Date | null; outcome: string | null }>(`SELECT payload, processed_at, outcome FROM integration_inbox WHERE ${OF_EVENT}`, [id])).rows[0];
  const retention = async (api: ApiServer): Promise<RetentionResult> => {
    const res = await fetch(`${api.url}/api/test/integrations/retention`, { method: 'POST' });
    if (!res.ok) throw new Error(`retention: ${res.status} ${await res.text()}`);
    return (await res.json()) as RetentionResult;
  };

  const crmEvent = JSON.stringify({
    eventId: 'old-1',
    occurredAt: '2026-03-02T09:00:00Z',
    source: 'salesforce',
    record: { type: 'account', externalId: '001OLD', name: 'Northwind Traders' },
  });
  const recentMention = JSON.stringify({ externalId: 'recent-m1', network: 'x', author: { handle: 'fan_1' }, text: 'Loving the new dashboard', postedAt: '2026-03-02T09:01:00Z' });
  const pendingMention = JSON.stringify({ externalId: 'pending-m1', network: 'x', author: { handle: 'fan_2' }, text: 'Still waiting on my refund', postedAt: '2026-03-02T09:02:00Z' });

  it('clears old processed payloads but keeps their keys, and deletes only old finished deliveries', async () => {
    // A process that processes and delivers: two inbound events, six outbound deliveries.
    const first = await boot();
    const admin = await loginAdmin(first.url);
    const ana: TestEmployee = await createEmployee(first.url, admin, 'Ana');
    const subscription = await gqlOk<{ createWebhookSubscription: { id: string } }>(
      first.url,
      `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { id } }`,
      { input: { url: `${receiverUrl}/hook`, kinds: ['POST'] } },
      admin.token,
    ).then((d) => d.createWebhookSubscription.id);
    const account = await createAccount(first.url, ana, { name: 'Litware' });
    const posts: string[] = [];
    for (let i = 0; i < 6; i++) {
      const data = await gqlOk<{ post: { id: string } }>(first.url, `mutation($input: PostInput!) { post(input: $input) { id } }`, { input: { subjectId: account, body: `Update ${i}` } }, ana.token);
      posts.push(data.post.id);
    }
    await waitUntil(async () => (await count(`SELECT count(*)::int AS n FROM webhook_deliveries WHERE status = 'DELIVERED'`)) === 6, 'six deliveries', 30_000);
    expect((await postCrm(first.url, crmEvent)).body.results).toEqual([{ index: 0, status: 'accepted' }]);
    expect((await postSocial(first.url, 'generic', recentMention)).body.results).toEqual([{ index: 0, status: 'accepted' }]);
    await waitUntil(async () => (await count('SELECT count(*)::int AS n FROM integration_inbox WHERE processed_at IS NULL')) === 0, 'inbox processed');
    await first.stop();

    // Ages: the CRM event was processed 25 days ago; the mention just now. Deliveries: three finished
    // 25 days ago (delivered, failed, skipped), one finished now, two still open since 25 days.
    await pg.query(`UPDATE integration_inbox SET received_at = received_at - interval '25 days', processed_at = processed_at - interval '25 days' WHERE ${OF_EVENT}`, ['old-1']);
    const age = (activityId: string, set: string) =>
      pg.query(`UPDATE webhook_deliveries SET created_at = created_at - interval '25 days', ${set} WHERE activity_id = $1`, [activityId]);
    await age(posts[0], `last_attempt_at = last_attempt_at - interval '25 days', delivered_at = delivered_at - interval '25 days'`);
    await age(posts[1], `status = 'FAILED', last_attempt_at = last_attempt_at - interval '25 days', delivered_at = NULL, last_status_code = 500`);
    await age(posts[2], `status = 'SKIPPED', attempts = 0, last_attempt_at = NULL, delivered_at = NULL`);
    await age(posts[4], `status = 'RETRYING', last_attempt_at = last_attempt_at - interval '25 days', delivered_at = NULL, last_status_code = 500`);
    await age(posts[5], `status = 'PENDING', attempts = 0, last_attempt_at = NULL, delivered_at = NULL, last_status_code = NULL`);

    // A process that stores but does not process: an event that stays pending, received 40 days ago.
    const second = await boot({ INTEGRATIONS_PROCESSOR: 'off', TEST_CLOCK: 'on' });
    expect((await postSocial(second.url, 'generic', pendingMention)).body.results).toEqual([{ index: 0, status: 'accepted' }]);
    await pg.query(`UPDATE integration_inbox SET received_at = received_at - interval '40 days' WHERE ${OF_EVENT}`, ['pending-m1']);
    const originalPayload = (await inboxRow('old-1')).payload;
    expect(originalPayload).not.toBeNull();

    // Nothing is past 30 days yet (the pending event is older, but pending): nothing changes.
    expect(await retention(second)).toEqual({ payloadsCleared: 0, deliveriesDeleted: 0 });
    expect((await inboxRow('old-1')).payload).toEqual(originalPayload);
    expect(await count('SELECT count(*)::int AS n FROM webhook_deliveries')).toBe(6);

    // Ten days later by the server's clock: 35 days for the aged rows, 10 for the recent ones.
    await advance(second, 10 * DAY);
    await retention(second);
    const old = await inboxRow('old-1');
    expect(old.payload).toBeNull();
    expect(old.outcome).toBeTruthy();
    expect(old.processed_at).not.toBeNull();
    expect((await inboxRow('recent-m1')).payload).toMatchObject({ externalId: 'recent-m1' });
    const pending = await inboxRow('pending-m1');
    expect(pending.processed_at).toBeNull();
    expect(pending.payload).toMatchObject({ externalId: 'pending-m1' });
    const left = (await pg.query<{ activity_id: string; status: string }>('SELECT activity_id, status FROM webhook_deliveries ORDER BY created_at, id')).rows;
    expect(new Map(left.map((d) => [d.activity_id, d.status]))).toEqual(
      new Map([
        [posts[3], 'DELIVERED'],
        [posts[4], 'RETRYING'],
        [posts[5], 'PENDING'],
      ]),
    );
    // A second run finds nothing more to do.
    expect(await retention(second)).toEqual({ payloadsCleared: 0, deliveriesDeleted: 0 });

    // The old event delivered again is still a duplicate, and writes nothing.
    const inboxBefore = await count('SELECT count(*)::int AS n FROM integration_inbox');
    const activitiesBefore = await count('SELECT count(*)::int AS n FROM activities');
    expect((await postCrm(second.url, crmEvent)).body.results).toEqual([{ index: 0, status: 'duplicate' }]);
    expect(await count('SELECT count(*)::int AS n FROM integration_inbox')).toBe(inboxBefore);
    expect(await count('SELECT count(*)::int AS n FROM activities')).toBe(activitiesBefore);
    expect((await inboxRow('old-1')).payload).toBeNull();

    // The delivery log and the integrations screen still answer.
    const admin2 = await loginAdmin(second.url);
    const log = await gqlOk<{ webhookDeliveries: Array<{ activityId: string; status: string }> }>(
      second.url,
      `query($id: ID!) { webhookDeliveries(subscriptionId: $id, first: 50) { activityId status } }`,
      { id: subscription },
      admin2.token,
    );
    expect(new Set(log.webhookDeliveries.map((d) => `${d.activityId}:${d.status}`))).toEqual(new Set([`${posts[3]}:DELIVERED`, `${posts[4]}:RETRYING`, `${posts[5]}:PENDING`]));
    const status = await gqlOk<{ integrationStatus: { pendingEvents: number; connectors: Array<{ name: string; lastEventAt: string | null }> } }>(
      second.url,
      `query { integrationStatus { pendingEvents connectors { name lastEventAt } } }`,
      {},
      admin2.token,
    );
    expect(status.integrationStatus.pendingEvents).toBe(1);
    expect(status.integrationStatus.connectors.find((c) => c.name === 'crm')?.lastEventAt).not.toBeNull();
  });
});
