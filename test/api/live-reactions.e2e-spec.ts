import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { gqlOk } from '../support/graphql';
import { FeedItemEvent, RecordingSocket, SocketPool } from '../support/socket';
import { createAccount, createDeal, createEmployee, follow, loginAdmin, TestEmployee } from '../factories/org';

interface ReactionCount {
  reaction: string;
  emoji: string;
  count: number;
}

type UpdateEvent = FeedItemEvent & {
  item: { reactions: ReactionCount[]; commentReactions: Array<{ commentId: string; reactions: ReactionCount[] }> };
};

interface ReactionSummary extends ReactionCount {
  reactedByMe: boolean;
}

/**
 * Others' reactions reach open cards live: reacting and taking a reaction back send
 * `feed:item:updated` with the new counts to everyone who has the item; each reader's own
 * "reacted by me" stays theirs.
 */
describe('reactions reach open cards live', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let ana: TestEmployee;
  let bo: TestEmployee;
  let cy: TestEmployee;
  let dan: TestEmployee;
  let deal: string;
  const sockets = new SocketPool(() => api.url);

  beforeAll(async () => {
    db = await createTestDatabase('live_reactions');
    api = await startApi(db.url);
    const admin = await loginAdmin(api.url);
    [ana, bo, cy, dan] = await Promise.all(['Ana', 'Bo', 'Cy', 'Dan'].map((n) => createEmployee(api.url, admin, n)));
    deal = await createDeal(api.url, ana, await createAccount(api.url, ana, { name: 'Acme' }), { name: 'Acme Renewal' });
    await follow(api.url, bo, deal);
    await follow(api.url, cy, deal);
  });

  afterAll(async () => {
    sockets.closeAll();
    await api?.stop();
    await db?.drop();
  });

  const post = async (who: TestEmployee, subjectId: string, body: string) =>
    (await gqlOk<{ post: { id: string } }>(api.url, 'mutation($s: ID!, $b: String!) { post(input: { subjectId: $s, body: $b }) { id } }', { s: subjectId, b: body }, who.token))
      .post.id;
  const comment = async (who: TestEmployee, activityId: string, body: string) =>
    (await gqlOk<{ comment: { id: string } }>(api.url, 'mutation($a: ID!, $b: String!) { comment(activityId: $a, body: $b) { id } }', { a: activityId, b: body }, who.token))
      .comment.id;
  const react = (who: TestEmployee, activityId: string, reaction: string, commentId?: string) =>
    gqlOk(api.url, 'mutation($a: ID!, $c: ID, $r: Reaction!) { react(activityId: $a, commentId: $c, reaction: $r) { count } }', { a: activityId, c: commentId ?? null, r: reaction }, who.token);
  const unreact = (who: TestEmployee, activityId: string, reaction: string, commentId?: string) =>
    gqlOk(api.url, 'mutation($a: ID!, $c: ID, $r: Reaction!) { unreact(activityId: $a, commentId: $c, reaction: $r) { count } }', { a: activityId, c: commentId ?? null, r: reaction }, who.token);
  const reactionsSeenBy = async (who: TestEmployee, activityId: string) =>
    (await gqlOk<{ activity: { reactions: ReactionSummary[] } }>(api.url, 'query($id: ID!) { activity(id: $id) { reactions { reaction emoji count reactedByMe } } }', { id: activityId }, who.token))
      .activity.reactions;

  const updatesOf = (socket: RecordingSocket, activityId: string) => socket.of<UpdateEvent>('feed:item:updated').filter((e) => e.item.id === activityId);
  /** The next `feed:item:updated` about the activity after the `seen` ones already received. */
  const nextUpdate = async (socket: RecordingSocket, activityId: string, seen: number) => {
    await socket.waitFor<UpdateEvent>('feed:item:updated', () => updatesOf(socket, activityId).length > seen);
    return updatesOf(socket, activityId)[seen];
  };
  const counts = (event: UpdateEvent) => event.item.reactions.map((r) => [r.reaction, r.emoji, r.count]);

  /** Sockets of everyone on the deal, each once the post is in their feed. */
  async function postWithWatchers(body: string) {
    const [anaSocket, boSocket, cySocket] = await Promise.all([ana, bo, cy].map((who) => sockets.connect(who)));
    const postId = await post(ana, deal, body);
    await Promise.all([anaSocket, boSocket, cySocket].map((s) => s.waitFor<FeedItemEvent>('feed:item', (e) => e.item.id === postId)));
    return { postId, anaSocket, boSocket, cySocket };
  }

  it("sends Bo's reaction to Ana and Cy with the new counts, and keeps 'reacted by me' per reader", async () => {
    const { postId, anaSocket, cySocket } = await postWithWatchers('Renewal call went well');

    await react(bo, postId, 'CELEBRATE');

    for (const socket of [anaSocket, cySocket]) {
      const update = await nextUpdate(socket, postId, 0);
      expect(counts(update)).toEqual([['CELEBRATE', '🎉', 1]]);
      // The same push goes to everyone, so it carries no one's "reacted by me".
      expect(update.item.reactions[0]).not.toHaveProperty('reactedByMe');
    }
    expect(await reactionsSeenBy(cy, postId)).toEqual([{ reaction: 'CELEBRATE', emoji: '🎉', count: 1, reactedByMe: false }]);
    expect(await reactionsSeenBy(bo, postId)).toEqual([{ reaction: 'CELEBRATE', emoji: '🎉', count: 1, reactedByMe: true }]);
  });

  it('counts up and down live as people react and take their reactions back', async () => {
    const { postId, anaSocket, boSocket } = await postWithWatchers('Pricing approved');
    // Reactions in quick succession may arrive as one update with the latest counts: wait for those.
    const untilCounts = (socket: RecordingSocket, expected: unknown[]) =>
      socket.waitFor<UpdateEvent>('feed:item:updated', (e) => e.item.id === postId && JSON.stringify(counts(e)) === JSON.stringify(expected));

    await react(bo, postId, 'LIKE');
    await untilCounts(anaSocket, [['LIKE', '👍', 1]]);
    await react(cy, postId, 'LIKE');
    await react(cy, postId, 'EYES');
    // In the order they first appeared.
    await untilCounts(anaSocket, [['LIKE', '👍', 2], ['EYES', '👀', 1]]);
    await unreact(cy, postId, 'LIKE');
    await untilCounts(anaSocket, [['LIKE', '👍', 1], ['EYES', '👀', 1]]);
    await unreact(bo, postId, 'LIKE');
    await unreact(cy, postId, 'EYES');
    await untilCounts(anaSocket, []);
    // Bo's own cards get the counts too, so his other tabs stay right.
    await untilCounts(boSocket, []);
    expect(counts(updatesOf(anaSocket, postId).at(-1)!)).toEqual([]);
  });

  it("sends a reaction on a comment as that comment's counts", async () => {
    const { postId, anaSocket } = await postWithWatchers('Who joins the kickoff?');
    const commentId = await comment(bo, postId, 'I do');
    const seen = (await anaSocket.waitFor<UpdateEvent>('feed:item:updated', (e) => e.item.id === postId), updatesOf(anaSocket, postId).length);

    await react(cy, postId, 'LIKE', commentId);

    const update = await nextUpdate(anaSocket, postId, seen);
    expect(update.item.commentReactions).toEqual([{ commentId, reactions: [{ reaction: 'LIKE', emoji: '👍', count: 1 }] }]);
    expect(update.item.reactions).toEqual([]);
  });

  it('sends nothing when a reaction changes no count, nor to someone who does not have the item', async () => {
    const { postId, anaSocket } = await postWithWatchers('Contract signed');
    const otherDeal = await createDeal(api.url, dan, await createAccount(api.url, dan, { name: 'Globex' }), { name: 'Globex Expansion' });
    const danSocket = await sockets.connect(dan);
    const danPost = await post(dan, otherDeal, 'Globex wants a demo');
    await danSocket.waitFor<FeedItemEvent>('feed:item', (e) => e.item.id === danPost);

    await react(bo, postId, 'LOVE');
    expect(counts(await nextUpdate(anaSocket, postId, 0))).toEqual([['LOVE', '❤️', 1]]);
    // Reacting again, or taking back a reaction never given, changes nothing and sends nothing.
    await react(bo, postId, 'LOVE');
    await unreact(cy, postId, 'LAUGH');

    // Barrier: a real change on the same path afterwards, and on Dan's own post.
    await react(cy, postId, 'INSIGHTFUL');
    await react(bo, danPost, 'LIKE');
    expect(counts(await nextUpdate(anaSocket, postId, 1))).toEqual([['LOVE', '❤️', 1], ['INSIGHTFUL', '💡', 1]]);
    await nextUpdate(danSocket, danPost, 0);
    expect(updatesOf(anaSocket, postId)).toHaveLength(2);
    expect(updatesOf(danSocket, postId)).toEqual([]);
  });

  it('sends no counts to someone who had the item but can no longer open its record', async () => {
    const privateDeal = await createDeal(api.url, ana, await createAccount(api.url, ana, { name: 'Stark' }), { name: 'Stark Pilot' });
    await follow(api.url, cy, privateDeal);
    const [anaSocket, cySocket] = await Promise.all([ana, cy].map((who) => sockets.connect(who)));
    const postId = await post(ana, privateDeal, 'Pilot scope agreed');
    await cySocket.waitFor<FeedItemEvent>('feed:item', (e) => e.item.id === postId);
    await gqlOk(api.url, 'mutation($id: ID!) { updateDeal(id: $id, input: { visibility: PRIVATE }) { id } }', { id: privateDeal }, ana.token);

    await react(ana, postId, 'CELEBRATE');
    await nextUpdate(anaSocket, postId, 0);
    // Barrier: a reaction Cy may see, on the same path, after the hidden one.
    const { postId: open } = await postWithWatchers('Open news');
    await react(bo, open, 'LIKE');
    await nextUpdate(cySocket, open, 0);
    expect(updatesOf(cySocket, postId)).toEqual([]);
  });
});
