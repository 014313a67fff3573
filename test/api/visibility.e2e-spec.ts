import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { gql, gqlOk } from '../support/graphql';
import { FeedItemEvent, SocketPool } from '../support/socket';
import { createAccount, createDeal, createEmployee, createTeam, feedOf, follow, loginAdmin, moveDeal, TestEmployee } from '../factories/org';

/** Private records: revocation applies at once, nothing is replayed, and hidden equals missing. */
describe('private records never leak', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let admin: TestEmployee;
  let owner: TestEmployee;
  let bo: TestEmployee;
  let outsider: TestEmployee;
  let team: string;
  let deal: string;
  const sockets = new SocketPool(() => api.url);

  beforeAll(async () => {
    db = await createTestDatabase('visibility');
    api = await startApi(db.url);
    admin = await loginAdmin(api.url);
    owner = await createEmployee(api.url, admin, 'Owner');
    bo = await createEmployee(api.url, admin, 'Bo');
    outsider = await createEmployee(api.url, admin, 'Outsider');
    team = await createTeam(api.url, admin, 'Deal Desk', [owner.id, bo.id]);
    const account = await createAccount(api.url, owner);
    deal = await createDeal(api.url, owner, account, { visibility: 'PRIVATE', owningTeamId: team, stage: 'PROSPECTING' });
    // Let the creation be fanned out first: Bo's follow must only ever see what comes after it.
    for (let tries = 0; !(await feedOf(api.url, owner)).edges.some((e) => e.node.subjectId === deal); tries++) {
      if (tries > 100) throw new Error('the deal creation was never dispatched');
      await new Promise((r) => setTimeout(r, 50));
    }
  });

  afterAll(async () => {
    sockets.closeAll();
    await api?.stop();
    await db?.drop();
  });

  const connect = (who: TestEmployee) => sockets.connect(who);
  const followersCount = async () =>
    (await gqlOk<{ deal: { followersCount: number } }>(api.url, `query($id: ID!) { deal(id: $id) { followersCount } }`, { id: deal }, owner.token)).deal
      .followersCount;
  const dealItems = async (who: TestEmployee) => (await feedOf(api.url, who, { first: 100 })).edges.filter((e) => e.node.subjectId === deal);
  const setMember = (member: boolean) =>
    gqlOk(api.url, `mutation($t: ID!, $e: ID!) { ${member ? 'addTeamMember' : 'removeTeamMember'}(teamId: $t, employeeId: $e) { id } }`, { t: team, e: bo.id }, admin.token);

  /** Bo's own change on his own account reaches his socket after anything dispatched before it. */
  const barrier = async (socket: Awaited<ReturnType<typeof connect>>) => {
    const mine = await createAccount(api.url, bo, { name: `Bo barrier ${Date.now()}` });
    await socket.waitFor<FeedItemEvent>('feed:item', (e) => e.item.subjectId === mine);
  };

  it('revokes at once: no push, no old items, not counted; and delivers again when access returns', async () => {
    await follow(api.url, bo, deal);
    const socket = await connect(bo);
    await moveDeal(api.url, owner, deal, 'QUALIFICATION');
    await socket.waitFor<FeedItemEvent>('feed:item', (e) => e.item.subjectId === deal);
    expect(await dealItems(bo)).toHaveLength(1);
    expect(await followersCount()).toBe(2); // the owner (creator) and Bo

    await setMember(false);
    const ownerSocket = await connect(owner);
    await moveDeal(api.url, owner, deal, 'PROPOSAL');
    await ownerSocket.waitFor<FeedItemEvent>('feed:item', (e) => e.item.changes?.[0]?.to === 'PROPOSAL');
    await barrier(socket);
    expect(socket.of<FeedItemEvent>('feed:item').filter((e) => e.item.subjectId === deal).map((e) => e.item.changes?.[0]?.to)).toEqual(['QUALIFICATION']);
    expect(await dealItems(bo)).toEqual([]);
    expect(await followersCount()).toBe(1);
    const hidden = await gql(api.url, `query($id: ID!) { deal(id: $id) { id } }`, { id: deal }, bo.token);
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    // The follow was dormant, not deleted: access back, delivery back.
    await setMember(true);
    await moveDeal(api.url, owner, deal, 'NEGOTIATION');
    await socket.waitFor<FeedItemEvent>('feed:item', (e) => e.item.changes?.[0]?.to === 'NEGOTIATION');
    expect(await followersCount()).toBe(2);
  });

  it('replays nothing private to a socket that reconnects after losing access', async () => {
    const first = await connect(bo);
    first.close();
    await setMember(false);
    await moveDeal(api.url, owner, deal, 'CLOSED_WON');
    const again = await connect(bo);
    // The client fills the gap from the feed: nothing of the deal is there.
    expect(await dealItems(bo)).toEqual([]);
    await moveDeal(api.url, owner, deal, 'CLOSED_LOST');
    const ownerSocket = await connect(owner);
    await moveDeal(api.url, owner, deal, 'NEGOTIATION');
    await ownerSocket.waitFor<FeedItemEvent>('feed:item', (e) => e.item.changes?.[0]?.to === 'NEGOTIATION' && e.item.changes?.[0]?.from === 'CLOSED_LOST');
    await barrier(again);
    expect(again.of<FeedItemEvent>('feed:item').filter((e) => e.item.subjectId === deal)).toEqual([]);
    await setMember(true);
  });

  it('answers a hidden deal, a follow of it and a random id with the same NOT_FOUND', async () => {
    const random = 'deal_0193a0b41c2d7e3f8a9b0c1d2e3f4a5b';
    const results = [
      await gql(api.url, `query($id: ID!) { deal(id: $id) { id } }`, { id: deal }, outsider.token),
      await gql(api.url, `query($id: ID!) { deal(id: $id) { id } }`, { id: random }, outsider.token),
      await gql(api.url, `mutation($id: ID!) { follow(subjectId: $id) }`, { id: deal }, outsider.token),
      await gql(api.url, `mutation($id: ID!) { follow(subjectId: $id) }`, { id: random }, outsider.token),
    ];
    const shapes = results.map((r) => ({ code: r.errors?.[0].extensions?.code, message: r.errors?.[0].message }));
    expect(new Set(shapes.map((s) => JSON.stringify(s))).size).toBe(1);
    expect(shapes[0].code).toBe('NOT_FOUND');
    const subjectFeed = await gql(api.url, `query($id: ID!) { feed(filter: SUBJECT, subjectId: $id) { edges { cursor } } }`, { id: deal }, outsider.token);
    expect(subjectFeed.errors?.[0]).toMatchObject({ message: shapes[0].message, extensions: { code: 'NOT_FOUND' } });
  });

  it('lets the owner share with one employee and take it back; a non-owner cannot share', async () => {
    const denied = await gql(api.url, `mutation($r: ID!, $e: ID!) { shareRecord(recordId: $r, employeeId: $e) }`, { r: deal, e: outsider.id }, bo.token);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const both = await gql(api.url, `mutation($r: ID!, $e: ID!) { shareRecord(recordId: $r, employeeId: $e, teamId: $e) }`, { r: deal, e: outsider.id }, owner.token);
    expect(both.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    await gqlOk(api.url, `mutation($r: ID!, $e: ID!) { shareRecord(recordId: $r, employeeId: $e) }`, { r: deal, e: outsider.id }, owner.token);
    await follow(api.url, outsider, deal);
    const socket = await connect(outsider);
    await moveDeal(api.url, owner, deal, 'PROPOSAL');
    await socket.waitFor<FeedItemEvent>('feed:item', (e) => e.item.subjectId === deal);

    await gqlOk(api.url, `mutation($r: ID!, $e: ID!) { unshareRecord(recordId: $r, employeeId: $e) }`, { r: deal, e: outsider.id }, owner.token);
    expect(await dealItems(outsider)).toEqual([]);
    const hidden = await gql(api.url, `query($id: ID!) { deal(id: $id) { id } }`, { id: deal }, outsider.token);
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
