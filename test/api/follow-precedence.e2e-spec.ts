import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { gqlOk } from '../support/graphql';
import { FeedItemEvent, RecordingSocket, SocketPool } from '../support/socket';
import { uploadVersion } from '../factories/documents';
import { createAccount, createDeal, createEmployee, feedOf, follow, loginAdmin, moveDeal, TestEmployee } from '../factories/org';

/**
 * The most specific follow decides: a follow of the record itself, with its filter, overrides what
 * roll-up from its account (or, for a document, its deal) would deliver. Following again keeps it.
 */
describe('follow precedence', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let ana: TestEmployee;
  let bo: TestEmployee;
  let cy: TestEmployee;
  const sockets = new SocketPool(() => api.url);

  beforeAll(async () => {
    db = await createTestDatabase('follow_precedence');
    api = await startApi(db.url);
    const admin = await loginAdmin(api.url);
    [ana, bo, cy] = await Promise.all(['Ana', 'Bo', 'Cy'].map((n) => createEmployee(api.url, admin, n)));
  });

  afterAll(async () => {
    sockets.closeAll();
    await api?.stop();
    await db?.drop();
  });

  const updateFollow = (who: TestEmployee, subjectId: string, filter: Record<string, unknown>) =>
    gqlOk(api.url, 'mutation($s: ID!, $f: FollowFilterInput!) { updateFollow(subjectId: $s, filter: $f) { kinds } }', { s: subjectId, f: filter }, who.token);
  const settingsOf = (who: TestEmployee, subjectId: string) =>
    gqlOk<{ followSettings: { kinds: string[] | null; fields: string[] | null } | null }>(
      api.url,
      'query($s: ID!) { followSettings(subjectId: $s) { kinds fields } }',
      { s: subjectId },
      who.token,
    ).then((d) => d.followSettings);
  const postOn = (who: TestEmployee, subjectId: string, body: string) =>
    gqlOk(api.url, 'mutation($s: ID!, $b: String!) { post(input: { subjectId: $s, body: $b }) { id } }', { s: subjectId, b: body }, who.token);
  /** Activities are delivered in the order they happened: once this post arrived, anything earlier would have too. */
  const barrier = async (socket: RecordingSocket, subjectId: string, body: string) => {
    await postOn(ana, subjectId, body);
    await socket.waitFor<FeedItemEvent>('feed:item', (e) => e.item.body === body);
  };
  const stageItems = (socket: RecordingSocket, subjectId: string) =>
    socket.of<FeedItemEvent>('feed:item').filter((e) => e.item.subjectId === subjectId && e.item.kind === 'RECORD_CHANGE');

  it("keeps a deal's stage changes from a posts-only deal follower who also follows the account", async () => {
    const account = await createAccount(api.url, ana);
    const deal = await createDeal(api.url, ana, account, { stage: 'PROSPECTING' });
    await follow(api.url, bo, account);
    await updateFollow(bo, deal, { kinds: ['POST'] });
    await follow(api.url, cy, account); // Cy follows only the account: roll-up delivers to her
    const boSocket = await sockets.connect(bo);
    const cySocket = await sockets.connect(cy);

    await moveDeal(api.url, ana, deal, 'PROPOSAL');
    await cySocket.waitFor<FeedItemEvent>('feed:item', (e) => e.item.subjectId === deal && e.item.changes?.[0]?.to === 'PROPOSAL');
    await barrier(boSocket, deal, 'Proposal sent to the customer');
    expect(stageItems(boSocket, deal)).toEqual([]);

    // The account's own activity still reaches Bo, and so does another deal of it that he does not follow himself.
    const other = await createDeal(api.url, ana, account, { stage: 'PROSPECTING' });
    await moveDeal(api.url, ana, other, 'QUALIFICATION');
    await boSocket.waitFor<FeedItemEvent>('feed:item', (e) => e.item.subjectId === other && e.item.changes?.[0]?.to === 'QUALIFICATION');

    const feed = await feedOf(api.url, bo, { first: 50 });
    const aboutDeal = feed.edges.filter((e) => e.node.subjectId === deal).map((e) => e.node.kind);
    expect(aboutDeal).toEqual(['POST']);
  });

  it('keeps the filter when following again', async () => {
    const account = await createAccount(api.url, ana);
    const deal = await createDeal(api.url, ana, account, { stage: 'PROSPECTING' });
    await follow(api.url, bo, account);
    await updateFollow(bo, deal, { kinds: ['POST'] });
    await follow(api.url, bo, deal); // e.g. a second click on Follow, or another tab
    expect(await settingsOf(bo, deal)).toEqual({ kinds: ['POST'], fields: null });

    const boSocket = await sockets.connect(bo);
    await moveDeal(api.url, ana, deal, 'NEGOTIATION');
    await barrier(boSocket, deal, 'Negotiation started');
    expect(stageItems(boSocket, deal)).toEqual([]);
  });

  it('lets a stage-only deal follow decide for its documents over an account follow', async () => {
    const account = await createAccount(api.url, ana);
    const deal = await createDeal(api.url, ana, account);
    const doc = await gqlOk<{ createDocument: { id: string } }>(
      api.url,
      'mutation($a: ID!, $d: ID!) { createDocument(input: { title: "Master agreement", kind: CONTRACT, accountId: $a, dealId: $d }) { id } }',
      { a: account, d: deal },
      ana.token,
    ).then((d) => d.createDocument.id);
    await follow(api.url, bo, account);
    await updateFollow(bo, deal, { fields: ['stage'] });
    const boSocket = await sockets.connect(bo);

    // Sending it for review moves its status (a RECORD_CHANGE on the document, which the stage-only deal follow leaves out).
    expect((await uploadVersion(api.url, ana, doc, Buffer.from('Term: 24 months.'), 'terms.txt')).status).toBe(201);
    await gqlOk(api.url, 'mutation($d: ID!, $a: [ID!]!) { submitForReview(documentId: $d, approverIds: $a) { id } }', { d: doc, a: [cy.id] }, ana.token);
    // The deal follow delivers the deal's stage changes: the barrier on the same path.
    await moveDeal(api.url, ana, deal, 'CLOSED_WON');
    await boSocket.waitFor<FeedItemEvent>('feed:item', (e) => e.item.subjectId === deal && e.item.changes?.[0]?.to === 'CLOSED_WON');
    expect(stageItems(boSocket, doc)).toEqual([]);

    // Without the deal follow, the account's roll-up delivers the document's changes again.
    await gqlOk(api.url, 'mutation($id: ID!) { unfollow(subjectId: $id) }', { id: deal }, bo.token);
    await gqlOk(api.url, 'mutation($d: ID!) { approveDocument(documentId: $d) { id } }', { d: doc }, cy.token);
    await boSocket.waitFor<FeedItemEvent>('feed:item', (e) => e.item.subjectId === doc && e.item.kind === 'RECORD_CHANGE');
  });
});
