import { Client } from 'pg';
import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { FeedItemEvent, RecordingSocket } from '../support/socket';
import { createAccount, createEmployee, feedOf, follow, loginAdmin } from '../factories/org';
import { postCrm, postSocial, waitUntil, WEBHOOK_SECRETS } from '../support/webhooks';

/** Ingest commits the raw event and answers; processing happens after, exactly once, crash or not. */
describe('integration ingest survives crashes and races', () => {
  let db: TestDatabase;
  let pg: Client;
  const servers: ApiServer[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('integrations_rel');
    pg = new Client({ connectionString: db.url });
    await pg.connect();
  });

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await pg?.end();
    await db?.drop();
  });

  const boot = async (env: Record<string, string> = {}) => {
    const server = await startApi(db.url, { ...WEBHOOK_SECRETS, INTEGRATIONS_SWEEP_MS: '500', ...env });
    servers.push(server);
    return server;
  };
  const count = async (sql: string, params: unknown[] = []) => (await pg.query<{ n: number }>(sql, params)).rows[0].n;

  it('processes exactly once what a killed process had committed to the inbox', async () => {
    // A process that ingests but does not process: the window between the answer and the work.
    const first = await boot({ INTEGRATIONS_PROCESSOR: 'off' });
    const admin = await loginAdmin(first.url);
    const ana = await createEmployee(first.url, admin, 'Ana');
    const account = await createAccount(first.url, ana, { name: 'Fabrikam', socialHandles: [{ network: 'X', handle: 'fabrikam' }] });
    const crm = JSON.stringify({ eventId: 'crash-1', occurredAt: '2026-03-02T09:00:00Z', source: 'salesforce', record: { type: 'deal', externalId: '006CRASH', name: 'Fabrikam rollout', accountExternalId: '001CRASH' }, changes: [{ field: 'stage', to: 'Negotiation/Review' }] });
    const mention = JSON.stringify({ externalId: 'crash-m1', network: 'x', author: { handle: 'fan_1' }, text: 'Shout-out to @fabrikam for the quick fix', postedAt: '2026-03-02T09:01:00Z' });
    expect((await postCrm(first.url, crm)).body.results).toEqual([{ index: 0, status: 'accepted' }]);
    expect((await postSocial(first.url, 'generic', mention)).body.results).toEqual([{ index: 0, status: 'accepted' }]);
    expect(await count('SELECT count(*)::int AS n FROM integration_inbox WHERE processed_at IS NULL')).toBe(2);
    expect(await count(`SELECT count(*)::int AS n FROM activities WHERE kind = 'SOCIAL_MENTION'`)).toBe(0);
    await first.kill();

    const second = await boot();
    await waitUntil(async () => (await count('SELECT count(*)::int AS n FROM integration_inbox WHERE processed_at IS NULL')) === 0, 'inbox drained after restart');
    expect(await count(`SELECT count(*)::int AS n FROM activities WHERE kind = 'SOCIAL_MENTION' AND subject_id = $1`, [account])).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM external_records WHERE source = 'salesforce' AND external_id = '006CRASH'`)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM deals WHERE name = 'Fabrikam rollout' AND stage = 'NEGOTIATION'`)).toBe(1);

    // A restart with nothing pending, and the same events delivered again: still once each.
    await second.kill();
    const third = await boot();
    expect((await postCrm(third.url, crm)).body.results).toEqual([{ index: 0, status: 'duplicate' }]);
    expect((await postSocial(third.url, 'generic', mention)).body.results).toEqual([{ index: 0, status: 'duplicate' }]);
    expect(await count(`SELECT count(*)::int AS n FROM activities WHERE kind = 'SOCIAL_MENTION' AND subject_id = $1`, [account])).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM deals WHERE name = 'Fabrikam rollout'`)).toBe(1);

    // Still live: a follower of the account gets the next mention on the new process.
    const live = await RecordingSocket.connect(third.url, ana.token);
    await follow(third.url, ana, account);
    await postSocial(third.url, 'generic', JSON.stringify({ externalId: 'crash-m2', network: 'x', author: { handle: 'fan_2' }, text: '@fabrikam thanks again', postedAt: '2026-03-02T09:05:00Z' }));
    const pushed = await live.waitFor<FeedItemEvent>('feed:item', (e) => e.item.kind === 'SOCIAL_MENTION', 10_000);
    expect(pushed.item.body).toBe('@fabrikam thanks again');
    live.close();
  });

  it('makes one activity of the same CRM event delivered five times at once', async () => {
    const api = await boot();
    const admin = await loginAdmin(api.url);
    const body = JSON.stringify({ eventId: 'race-1', occurredAt: '2026-03-02T09:00:00Z', source: 'hubspot-bridge', record: { type: 'account', externalId: 'C-RACE', name: 'Tailspin Toys' } });
    const answers = await Promise.all(Array.from({ length: 5 }, () => postCrm(api.url, body)));
    expect(answers.map((a) => a.body.results?.[0].status).sort()).toEqual(['accepted', 'duplicate', 'duplicate', 'duplicate', 'duplicate']);
    await waitUntil(async () => (await count('SELECT count(*)::int AS n FROM integration_inbox WHERE processed_at IS NULL')) === 0, 'inbox drained');
    const accounts = (await pg.query<{ id: string }>(`SELECT id FROM accounts WHERE name = 'Tailspin Toys'`)).rows;
    expect(accounts).toHaveLength(1);
    const page = await feedOf(api.url, admin, { filter: 'SUBJECT', subjectId: accounts[0].id });
    expect(page.edges.map((e) => e.node.body)).toEqual(['New account: Tailspin Toys (via Hubspot-bridge)']);
  });
});
