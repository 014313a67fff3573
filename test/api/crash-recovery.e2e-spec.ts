import { Client } from 'pg';
import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { FeedItemEvent, RecordingSocket } from '../support/socket';
import { createAccount, createDeal, createEmployee, feedOf, follow, login, loginAdmin, moveDeal, TestEmployee } from '../factories/org';

/** An activity that committed but was never pushed is delivered after a restart, exactly once. */
describe('delivery survives a crash', () => {
  let db: TestDatabase;
  let pg: Client;
  const servers: ApiServer[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('crash');
    pg = new Client({ connectionString: db.url });
    await pg.connect();
  });

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await pg?.end();
    await db?.drop();
  });

  const boot = async (env: Record<string, string> = {}) => {
    const server = await startApi(db.url, env);
    servers.push(server);
    return server;
  };

  it('delivers after a restart what a killed process committed, and a redelivery adds nothing', async () => {
    // A process that commits activities but does not fan out: the window between commit and push.
    const first = await boot({ DISPATCHER: 'off' });
    const admin = await loginAdmin(first.url);
    const ana: TestEmployee = await createEmployee(first.url, admin, 'Ana');
    const bo = await createEmployee(first.url, admin, 'Bo');
    const deal = await createDeal(first.url, bo, await createAccount(first.url, bo), { stage: 'NEGOTIATION' });
    await follow(first.url, ana, deal);
    await moveDeal(first.url, bo, deal, 'CLOSED_WON');
    const { rows: pending } = await pg.query<{ id: string }>(`SELECT id FROM activities WHERE subject_id = $1 AND delivered_at IS NULL AND changes @> '[{"to": "CLOSED_WON"}]'`, [deal]);
    expect(pending).toHaveLength(1);
    await first.kill();

    const second = await boot();
    const socket = await RecordingSocket.connect(second.url, (await login(second.url, ana.email, 'correct horse battery')).token);
    const stageChanges = async (server: ApiServer = second) =>
      (await feedOf(server.url, ana, { first: 50 })).edges.filter((e) => e.node.changes?.some((c) => c.to === 'CLOSED_WON'));
    await waitUntil(async () => (await stageChanges()).length > 0);
    expect((await stageChanges()).map((e) => e.node.id)).toEqual([pending[0].id]);
    // The deal's creation was dispatched late too, but Ana followed after it: a follow delivers
    // what happens after it, so her feed holds the stage change only.
    const ofDeal = (await feedOf(second.url, ana, { first: 50 })).edges.filter((e) => e.node.subjectId === deal);
    expect(ofDeal.map((e) => e.node.id)).toEqual([pending[0].id]);

    // Force a redelivery of everything, as if every delivery had been interrupted, and restart.
    await pg.query('UPDATE activities SET delivered_at = NULL');
    await second.kill();
    socket.close();
    const third = await boot();
    await waitUntil(async () => (await pg.query<{ n: number }>('SELECT count(*)::int AS n FROM activities WHERE delivered_at IS NULL')).rows[0].n === 0);
    expect((await stageChanges(third)).length).toBe(1);
    const { rows } = await pg.query<{ n: number }>('SELECT count(*)::int AS n FROM feed_entries WHERE activity_id = $1', [pending[0].id]);
    // Ana follows the deal; Bo acted: two entries, each once.
    expect(rows[0].n).toBe(2);

    // Still live afterwards: the next change is pushed to Ana's socket on the new process.
    const live = await RecordingSocket.connect(third.url, ana.token);
    await moveDeal(third.url, bo, deal, 'CLOSED_LOST');
    const pushed = await live.waitFor<FeedItemEvent>('feed:item', (e) => e.item.subjectId === deal);
    expect(pushed.item.changes).toEqual([{ field: 'stage', from: 'CLOSED_WON', to: 'CLOSED_LOST' }]);
    expect(live.of<FeedItemEvent>('feed:item')).toHaveLength(1);
    live.close();
  });
});

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
