import { ApiServer, startApi, withClockAdvanced } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { gql, gqlOk } from '../support/graphql';
import { FeedItemEvent, RecordingSocket, SocketPool } from '../support/socket';
import { createAccount, createDeal, createEmployee, feedOf, follow, loginAdmin, moveDeal, TestEmployee } from '../factories/org';

// Long enough that a burst never falls apart on a slow machine; the test clock steps past it.
const FOLD_SECONDS = 120;

/**
 * Folding: one person's burst of changes to one record is one feed item, updated live. Per-follow
 * filters: a follow narrowed to some fields or kinds delivers only those.
 */
describe('folding and per-follow filters', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let ana: TestEmployee;
  let bo: TestEmployee;
  let cy: TestEmployee;
  const sockets = new SocketPool(() => api.url);

  beforeAll(async () => {
    db = await createTestDatabase('folding');
    api = await startApi(db.url, { FEED_FOLD_SECONDS: String(FOLD_SECONDS), TEST_CLOCK: 'on' });
    const admin = await loginAdmin(api.url);
    [ana, bo, cy] = await Promise.all(['Ana', 'Bo', 'Cy'].map((n) => createEmployee(api.url, admin, n)));
  });

  afterAll(async () => {
    sockets.closeAll();
    await api?.stop();
    await db?.drop();
  });

  const setAmount = (who: TestEmployee, deal: string, amount: number) =>
    gqlOk(api.url, 'mutation($id: ID!, $a: Float!) { updateDeal(id: $id, input: { amount: $a }) { id } }', { id: deal, a: amount }, who.token);
  const setCloseDate = (who: TestEmployee, deal: string, date: string) =>
    gqlOk(api.url, 'mutation($id: ID!, $d: String!) { updateDeal(id: $id, input: { closeDate: $d }) { id } }', { id: deal, d: date }, who.token);
  const itemsAbout = (socket: RecordingSocket, event: string, deal: string) =>
    socket.of<FeedItemEvent>(event).filter((e) => e.item.subjectId === deal);
  /** `who` creates an account of their own and sees it arrive: anything dispatched before it is in. */
  const barrier = async (who: TestEmployee, socket: RecordingSocket) => {
    const mine = await createAccount(api.url, who, { name: `${who.name} barrier ${Date.now()}` });
    await socket.waitFor<FeedItemEvent>('feed:item', (e) => e.item.subjectId === mine);
  };
  const updateFollow = (who: TestEmployee, subjectId: string, filter: Record<string, unknown>) =>
    gql<{ updateFollow: { kinds: string[] | null; fields: string[] | null; includeRelated: boolean } }>(
      api.url,
      'mutation($s: ID!, $f: FollowFilterInput!) { updateFollow(subjectId: $s, filter: $f) { kinds fields includeRelated } }',
      { s: subjectId, f: filter },
      who.token,
    );

  it('folds three quick edits by one person into one activity with three changes, updated live', async () => {
    const deal = await createDeal(api.url, ana, await createAccount(api.url, ana), { stage: 'PROSPECTING', amount: 1000 });
    await follow(api.url, bo, deal);
    const watcher = await sockets.connect(bo);

    await moveDeal(api.url, ana, deal, 'QUALIFICATION');
    await setAmount(ana, deal, 2500);
    await setCloseDate(ana, deal, '2027-03-31');

    const folded = await watcher.waitFor<FeedItemEvent>('feed:item:updated', (e) => e.item.subjectId === deal && e.item.changes?.length === 3);
    expect(folded.item.changes).toEqual([
      { field: 'stage', from: 'PROSPECTING', to: 'QUALIFICATION' },
      { field: 'amount', from: '1000', to: '2500' },
      { field: 'closeDate', from: null, to: '2027-03-31' },
    ]);
    // One new item for the burst; the rest arrived as updates of that same item.
    const news = itemsAbout(watcher, 'feed:item', deal);
    expect(news).toHaveLength(1);
    expect(news[0].item.id).toBe(folded.item.id);
    expect(itemsAbout(watcher, 'feed:item:updated', deal).every((e) => e.item.id === folded.item.id)).toBe(true);

    const feed = await feedOf(api.url, bo, { filter: 'SUBJECT', subjectId: deal });
    const changes = feed.edges.filter((e) => e.node.kind === 'RECORD_CHANGE' && !e.node.body?.startsWith('New deal'));
    expect(changes).toHaveLength(1);
    expect(changes[0].node.changes).toHaveLength(3);
    expect(changes[0].node.body).toContain('stage Prospecting → Qualification');
    expect(changes[0].node.body).toContain('amount 1,000 → 2,500');
  });

  it('starts a new activity for an edit after the window, and when someone else changed the record in between', async () => {
    const deal = await createDeal(api.url, ana, await createAccount(api.url, ana), { stage: 'PROSPECTING' });
    await follow(api.url, bo, deal);
    const watcher = await sockets.connect(bo);

    await moveDeal(api.url, ana, deal, 'QUALIFICATION');
    const first = await watcher.waitFor<FeedItemEvent>('feed:item', (e) => e.item.changes?.[0]?.to === 'QUALIFICATION');
    await withClockAdvanced(api, FOLD_SECONDS * 1000 + 1000, () => moveDeal(api.url, ana, deal, 'PROPOSAL'));
    const second = await watcher.waitFor<FeedItemEvent>('feed:item', (e) => e.item.changes?.[0]?.to === 'PROPOSAL');
    expect(second.item.id).not.toBe(first.item.id);

    // Cy steps in: Ana's next change, though inside her window, is a new item after Cy's.
    await moveDeal(api.url, cy, deal, 'NEGOTIATION');
    await moveDeal(api.url, ana, deal, 'CLOSED_WON');
    const last = await watcher.waitFor<FeedItemEvent>('feed:item', (e) => e.item.changes?.[0]?.to === 'CLOSED_WON');
    expect(new Set([first.item.id, second.item.id, last.item.id]).size).toBe(3);
    expect(last.item.changes).toEqual([{ field: 'stage', from: 'NEGOTIATION', to: 'CLOSED_WON' }]);
  });

  it('delivers a stage change and not an amount change to a follow filtered to stage changes', async () => {
    const deal = await createDeal(api.url, ana, await createAccount(api.url, ana), { stage: 'PROSPECTING', amount: 1000 });
    const { data } = await updateFollow(bo, deal, { fields: ['stage'] });
    expect(data?.updateFollow).toEqual({ kinds: null, fields: ['stage'], includeRelated: true });
    await follow(api.url, cy, deal); // Cy follows everything.
    const watcher = await sockets.connect(bo);

    await setAmount(ana, deal, 9000); // Ana changes the amount...
    await moveDeal(api.url, cy, deal, 'PROPOSAL'); // ...then Cy the stage (another person: no folding).
    const stage = await watcher.waitFor<FeedItemEvent>('feed:item', (e) => e.item.subjectId === deal);
    expect(stage.item.changes).toEqual([{ field: 'stage', from: 'PROSPECTING', to: 'PROPOSAL' }]);
    await barrier(bo, watcher);
    expect(itemsAbout(watcher, 'feed:item', deal)).toHaveLength(1);

    const fieldsIn = async (who: TestEmployee) =>
      (await feedOf(api.url, who)).edges.filter((e) => e.node.subjectId === deal).map((e) => e.node.changes?.map((c) => c.field));
    expect(await fieldsIn(bo)).toEqual([['stage']]);
    // The amount change exists: Cy, following everything, has both.
    expect(await fieldsIn(cy)).toEqual([['stage'], ['amount']]);
  });

  it('delivers a burst to a stage-only follower once the burst gains a stage change', async () => {
    const deal = await createDeal(api.url, ana, await createAccount(api.url, ana), { stage: 'PROSPECTING', amount: 1000 });
    await updateFollow(bo, deal, { fields: ['stage'] });
    const watcher = await sockets.connect(bo);

    await setAmount(ana, deal, 4000);
    await barrier(bo, watcher);
    expect(itemsAbout(watcher, 'feed:item', deal)).toHaveLength(0);
    await moveDeal(api.url, ana, deal, 'PROPOSAL');
    const item = await watcher.waitFor<FeedItemEvent>('feed:item', (e) => e.item.subjectId === deal);
    expect(item.item.changes?.map((c) => c.field)).toEqual(['amount', 'stage']);
  });

  it('narrows a follow to posts only, and widens it back', async () => {
    const deal = await createDeal(api.url, ana, await createAccount(api.url, ana));
    await updateFollow(bo, deal, { kinds: ['POST'] });
    const watcher = await sockets.connect(bo);
    await moveDeal(api.url, ana, deal, 'PROPOSAL');
    await gqlOk(api.url, 'mutation($s: ID!) { post(input: { subjectId: $s, body: "Proposal sent" }) { id } }', { s: deal }, ana.token);
    const post = await watcher.waitFor<FeedItemEvent>('feed:item', (e) => e.item.subjectId === deal);
    expect(post.item.kind).toBe('POST');
    expect(itemsAbout(watcher, 'feed:item', deal).map((e) => e.item.kind)).toEqual(['POST']);

    const { data } = await updateFollow(bo, deal, { kinds: null });
    expect(data?.updateFollow.kinds).toBeNull();
    await moveDeal(api.url, cy, deal, 'NEGOTIATION');
    await watcher.waitFor<FeedItemEvent>('feed:item', (e) => e.item.subjectId === deal && e.item.kind === 'RECORD_CHANGE');
  });

  it('refuses an unknown field or an empty filter, naming it, and keeps the follow as it was', async () => {
    const deal = await createDeal(api.url, ana, await createAccount(api.url, ana));
    await updateFollow(bo, deal, { fields: ['stage'] });
    const unknown = await updateFollow(bo, deal, { fields: ['colour'] });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fields' });
    expect(unknown.errors?.[0].message).toMatch(/colour.*stage, amount/);
    const empty = await updateFollow(bo, deal, { kinds: [] });
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kinds' });
    const badKind = await updateFollow(bo, deal, { kinds: ['GOSSIP'] });
    expect(badKind.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const settings = await gqlOk<{ followSettings: { fields: string[] } }>(api.url, 'query($s: ID!) { followSettings(subjectId: $s) { fields } }', { s: deal }, bo.token);
    expect(settings.followSettings.fields).toEqual(['stage']);
  });

  it('does not let a filter reach what the follower cannot open', async () => {
    const secret = await createDeal(api.url, ana, await createAccount(api.url, ana, { visibility: 'PRIVATE' }));
    const result = await updateFollow(bo, secret, { fields: ['stage'] });
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
