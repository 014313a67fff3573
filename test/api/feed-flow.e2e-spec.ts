import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { FeedItemEvent, SocketPool } from '../support/socket';
import { gqlOk } from '../support/graphql';
import {
  createAccount,
  createCase,
  createDeal,
  createEmployee,
  feedOf,
  follow,
  loginAdmin,
  moveDeal,
  TestEmployee,
  unfollow,
} from '../factories/org';

/** The walking skeleton: a record change reaches a follower's live feed, and only hers. */
describe('a record change reaches followers live', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let ana: TestEmployee;
  let bo: TestEmployee;
  let cy: TestEmployee;
  const sockets = new SocketPool(() => api.url);

  beforeAll(async () => {
    db = await createTestDatabase('feed_flow');
    api = await startApi(db.url);
    const admin = await loginAdmin(api.url);
    [ana, bo, cy] = await Promise.all([
      createEmployee(api.url, admin, 'Ana'),
      createEmployee(api.url, admin, 'Bo'),
      createEmployee(api.url, admin, 'Cy'),
    ]);
  });

  afterAll(async () => {
    sockets.closeAll();
    await api?.stop();
    await db?.drop();
  });

  const connect = (who: TestEmployee) => sockets.connect(who);

  it('pushes a stage change to the follower, not to a bystander, and puts it on top of her feed', async () => {
    const account = await createAccount(api.url, bo, { name: 'Acme Corp' });
    const deal = await createDeal(api.url, bo, account, { name: 'Acme Renewal', stage: 'NEGOTIATION' });
    await follow(api.url, ana, deal);
    const [anaSocket, cySocket] = await Promise.all([connect(ana), connect(cy)]);

    await moveDeal(api.url, bo, deal, 'CLOSED_WON');

    const pushed = await anaSocket.waitFor<FeedItemEvent>('feed:item', (e) => e.item.subjectId === deal);
    expect(pushed.item.kind).toBe('RECORD_CHANGE');
    expect(pushed.item.changes).toEqual([{ field: 'stage', from: 'NEGOTIATION', to: 'CLOSED_WON' }]);
    expect(pushed.item.body).toBe('Acme Renewal: stage Negotiation → Closed Won');
    expect(pushed.item.actor?.id).toBe(bo.id);
    expect(pushed.cursor).toEqual(expect.any(String));

    const feed = await feedOf(api.url, ana);
    expect(feed.edges[0].node.id).toBe(pushed.item.id);
    expect(feed.edges[0].cursor).toBe(pushed.cursor);

    // Barrier: Cy's own change reaches Cy's socket after Bo's, so a stray push of Bo's would be in by now.
    const cyAccount = await createAccount(api.url, cy, { name: 'Cy Barrier' });
    await cySocket.waitFor<FeedItemEvent>('feed:item', (e) => e.item.subjectId === cyAccount);
    expect(cySocket.of<FeedItemEvent>('feed:item').filter((e) => e.item.subjectId === deal)).toEqual([]);
    expect((await feedOf(api.url, cy)).edges.map((e) => e.node.subjectId)).toEqual([cyAccount]);
  });

  it("rolls a case's change up to the account's followers", async () => {
    const account = await createAccount(api.url, bo, { name: 'Globex' });
    const caseId = await createCase(api.url, bo, account, { subject: 'Invoice shows wrong currency', status: 'NEW' });
    await follow(api.url, cy, account);
    const cySocket = await connect(cy);

    await gqlOk(api.url, `mutation($id: ID!) { updateCase(id: $id, input: { status: ESCALATED }) { id } }`, { id: caseId }, bo.token);

    const pushed = await cySocket.waitFor<FeedItemEvent>('feed:item', (e) => e.item.subjectId === caseId);
    expect(pushed.item.changes).toEqual([{ field: 'status', from: 'NEW', to: 'ESCALATED' }]);
    expect((await feedOf(api.url, cy)).edges[0].node.subjectId).toBe(caseId);
  });

  it('delivers a post live to colleagues who follow the deal', async () => {
    const account = await createAccount(api.url, ana);
    const deal = await createDeal(api.url, ana, account);
    await follow(api.url, bo, deal);
    const boSocket = await connect(bo);

    await gqlOk(api.url, `mutation($s: ID!) { post(input: { subjectId: $s, body: "Calling them now about the kickoff" }) { id } }`, { s: deal }, ana.token);

    const pushed = await boSocket.waitFor<FeedItemEvent>('feed:item', (e) => e.item.kind === 'POST');
    expect(pushed.item).toMatchObject({ subjectId: deal, body: 'Calling them now about the kickoff', actor: { id: ana.id } });
  });

  it('stops delivering after unfollow', async () => {
    const account = await createAccount(api.url, bo);
    const deal = await createDeal(api.url, bo, account, { stage: 'PROSPECTING' });
    await follow(api.url, cy, deal);
    const cySocket = await connect(cy);
    await moveDeal(api.url, bo, deal, 'QUALIFICATION');
    await cySocket.waitFor<FeedItemEvent>('feed:item', (e) => e.item.subjectId === deal);

    await unfollow(api.url, cy, deal);
    await moveDeal(api.url, bo, deal, 'PROPOSAL');
    // Bo, the actor, gets his own change: proof the dispatcher ran before we look at Cy.
    const boSocket = await connect(bo);
    await moveDeal(api.url, bo, deal, 'NEGOTIATION');
    await boSocket.waitFor<FeedItemEvent>('feed:item', (e) => e.item.changes?.[0]?.to === 'NEGOTIATION');

    const afterUnfollow = cySocket.of<FeedItemEvent>('feed:item').filter((e) => e.item.subjectId === deal);
    const stages = afterUnfollow.map((e) => e.item.changes?.find((c) => c.field === 'stage')?.to);
    expect(stages).toContain('QUALIFICATION');
    expect(stages).not.toContain('PROPOSAL');
    expect(stages).not.toContain('NEGOTIATION');
  });

  it('pages the feed newest first with opaque cursors and no duplicates', async () => {
    const account = await createAccount(api.url, bo);
    const deal = await createDeal(api.url, bo, account, { stage: 'PROSPECTING' });
    const reader = cy;
    await follow(api.url, reader, deal);
    const stages = ['QUALIFICATION', 'PROPOSAL', 'NEGOTIATION', 'CLOSED_WON'];
    const socket = await connect(reader);
    for (const stage of stages) await moveDeal(api.url, bo, deal, stage);
    await socket.waitFor<FeedItemEvent>('feed:item', (e) => e.item.changes?.[0]?.to === 'CLOSED_WON');

    const first = await feedOf(api.url, reader, { subjectId: deal, filter: 'SUBJECT', first: 2 });
    const second = await feedOf(api.url, reader, { subjectId: deal, filter: 'SUBJECT', first: 2, after: first.pageInfo.endCursor ?? undefined });
    const third = await feedOf(api.url, reader, { subjectId: deal, filter: 'SUBJECT', first: 2, after: second.pageInfo.endCursor ?? undefined });
    const seen = [...first.edges, ...second.edges, ...third.edges].map((e) => e.node.changes?.find((c) => c.field === 'stage')?.to);
    // Newest first: four moves, then the creation (stage none → Prospecting).
    expect(seen).toEqual(['CLOSED_WON', 'NEGOTIATION', 'PROPOSAL', 'QUALIFICATION', 'PROSPECTING']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(third.pageInfo.hasNextPage).toBe(false);
  });
});
