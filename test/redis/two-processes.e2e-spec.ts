import Redis from 'ioredis';
import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { requirePrereq } from '../support/require-prereq';
import { FeedItemEvent, RecordingSocket } from '../support/socket';
import { createAccount, createDeal, createEmployee, follow, loginAdmin, moveDeal } from '../factories/org';
import { gql } from '../support/graphql';

const REDIS_URL = process.env.REDIS_URL ?? '';

requirePrereq(`Redis at REDIS_URL (${REDIS_URL || 'unset'})`, async () => {
  if (!REDIS_URL) return false;
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null });
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } finally {
    redis.disconnect();
  }
});

/** Two API processes share Redis: a change made through one reaches a socket held by the other. */
describe('scale-out: two API processes sharing Redis', () => {
  let db: TestDatabase;
  let one: ApiServer;
  let two: ApiServer;

  beforeAll(async () => {
    db = await createTestDatabase('redis_two');
    one = await startApi(db.url, { REDIS_URL });
    two = await startApi(db.url, { REDIS_URL });
  });

  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()]);
    await db?.drop();
  });

  it('pushes a change made on one process to a follower connected to the other, once', async () => {
    const admin = await loginAdmin(one.url);
    const ana = await createEmployee(one.url, admin, 'Ana');
    const bo = await createEmployee(two.url, admin, 'Bo');
    const deal = await createDeal(two.url, bo, await createAccount(two.url, bo), { stage: 'PROPOSAL' });
    await follow(one.url, ana, deal);
    const onOne = await RecordingSocket.connect(one.url, ana.token);
    const alsoOnTwo = await RecordingSocket.connect(two.url, ana.token);

    await moveDeal(two.url, bo, deal, 'NEGOTIATION');

    for (const socket of [onOne, alsoOnTwo]) {
      const pushed = await socket.waitFor<FeedItemEvent>('feed:item', (e) => e.item.subjectId === deal);
      expect(pushed.item.changes).toEqual([{ field: 'stage', from: 'PROPOSAL', to: 'NEGOTIATION' }]);
    }
    // Both processes run a dispatcher; SKIP LOCKED and ON CONFLICT keep it to one push per socket.
    // Barrier: the next change, made on the other process, arrives on both sockets after any duplicate would have.
    await moveDeal(one.url, bo, deal, 'CLOSED_WON');
    for (const socket of [onOne, alsoOnTwo]) await socket.waitFor<FeedItemEvent>('feed:item', (e) => e.item.changes?.[0]?.to === 'CLOSED_WON');
    for (const socket of [onOne, alsoOnTwo]) {
      expect(socket.of<FeedItemEvent>('feed:item').filter((e) => e.item.subjectId === deal).map((e) => e.item.changes?.[0]?.to)).toEqual(['NEGOTIATION', 'CLOSED_WON']);
    }
    onOne.close();
    alsoOnTwo.close();
  });

  it('shares rate limits across processes through Redis', async () => {
    const admin = await loginAdmin(one.url);
    const noisy = await createEmployee(one.url, admin, 'Noisy');
    const account = await createAccount(two.url, noisy);
    const codes: string[] = [];
    // 130 mutations alternating between the processes: one budget of 120 a minute, not two.
    for (let i = 0; i < 129; i++) {
      const result = await gql(i % 2 ? one.url : two.url, 'mutation($s: ID!) { follow(subjectId: $s) }', { s: account }, noisy.token);
      codes.push(result.errors?.[0].extensions?.code ?? 'OK');
    }
    // createAccount spent one point already.
    expect(codes.filter((c) => c === 'OK')).toHaveLength(119);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(10);
  });
});
