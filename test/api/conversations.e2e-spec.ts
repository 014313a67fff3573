import { expect } from '@jest/globals';
import { Client } from 'pg';
import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { gql, gqlOk } from '../support/graphql';
import { FeedItemEvent, SocketPool } from '../support/socket';
import { createAccount, createDeal, createEmployee, feedOf, follow, loginAdmin, TestEmployee } from '../factories/org';

interface NotificationEvent {
  notification: { id: string; kind: string; activityId: string; commentId: string | null } | null;
  unreadCount: number;
}

interface ReactionSummary {
  reaction: string;
  emoji: string;
  count: number;
  reactedByMe: boolean;
}

/** Around an activity: reactions, edits, removal, bookmarks, mutes, topics, assignments, influence. */
describe('conversations', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let pg: Client;
  let admin: TestEmployee;
  let ana: TestEmployee;
  let bo: TestEmployee;
  let cy: TestEmployee;
  const sockets = new SocketPool(() => api.url);

  beforeAll(async () => {
    db = await createTestDatabase('conversations');
    api = await startApi(db.url);
    admin = await loginAdmin(api.url);
    [ana, bo, cy] = await Promise.all(['Ana', 'Bo', 'Cy'].map((n) => createEmployee(api.url, admin, n)));
    pg = new Client({ connectionString: db.url });
    await pg.connect();
  });

  afterAll(async () => {
    sockets.closeAll();
    await pg?.end();
    await api?.stop();
    await db?.drop();
  });

  const unread = async (who: TestEmployee) =>
    (await gqlOk<{ unreadNotificationCount: number }>(api.url, '{ unreadNotificationCount }', {}, who.token)).unreadNotificationCount;
  const post = async (who: TestEmployee, subjectId: string, body: string) =>
    (await gqlOk<{ post: { id: string } }>(api.url, 'mutation($s: ID!, $b: String!) { post(input: { subjectId: $s, body: $b }) { id } }', { s: subjectId, b: body }, who.token))
      .post.id;
  const comment = async (who: TestEmployee, activityId: string, body: string) =>
    (await gqlOk<{ comment: { id: string } }>(api.url, 'mutation($a: ID!, $b: String!) { comment(activityId: $a, body: $b) { id } }', { a: activityId, b: body }, who.token))
      .comment.id;
  const react = (who: TestEmployee, activityId: string, reaction: string, commentId?: string) =>
    gql<{ react: ReactionSummary[] }>(
      api.url,
      'mutation($a: ID!, $c: ID, $r: Reaction!) { react(activityId: $a, commentId: $c, reaction: $r) { reaction emoji count reactedByMe } }',
      { a: activityId, c: commentId ?? null, r: reaction },
      who.token,
    );
  const activity = (who: TestEmployee, id: string) =>
    gql<{
      activity: {
        id: string;
        body: string | null;
        editedAt: string | null;
        deletedAt: string | null;
        isBookmarkedByMe: boolean;
        isMutedByMe: boolean;
        reactions: ReactionSummary[];
        mentions: Array<{ id: string }>;
        topics: Array<{ name: string }>;
        comments: Array<{ id: string; body: string | null; editedAt: string | null; deletedAt: string | null; reactions: ReactionSummary[] }>;
        commentCount: number;
      };
    }>(
      api.url,
      `query($id: ID!) { activity(id: $id) {
        id body editedAt deletedAt isBookmarkedByMe isMutedByMe commentCount
        reactions { reaction emoji count reactedByMe } mentions { id } topics { name }
        comments { id body editedAt deletedAt reactions { reaction emoji count reactedByMe } }
      } }`,
      { id },
      who.token,
    );
  const publicDeal = async () => createDeal(api.url, ana, await createAccount(api.url, ana));

  describe('reactions', () => {
    it('counts reactions per kind, says which are mine, and notifies the author once per post, live', async () => {
      const deal = await publicDeal();
      const postId = await post(ana, deal, 'We won the pilot');
      const anaSocket = await sockets.connect(ana);
      const before = await unread(ana);

      const first = await react(bo, postId, 'CELEBRATE');
      expect(first.data?.react).toEqual([{ reaction: 'CELEBRATE', emoji: '🎉', count: 1, reactedByMe: true }]);
      const event = await anaSocket.waitFor<NotificationEvent>('notification', (e) => e.notification?.kind === 'REACTION');
      expect(event.unreadCount).toBe(before + 1);

      await react(cy, postId, 'CELEBRATE');
      await react(cy, postId, 'LIKE');
      await react(cy, postId, 'LIKE'); // twice is once
      const seenByBo = (await activity(bo, postId)).data!.activity.reactions;
      expect(seenByBo).toEqual([
        { reaction: 'CELEBRATE', emoji: '🎉', count: 2, reactedByMe: true },
        { reaction: 'LIKE', emoji: '👍', count: 1, reactedByMe: false },
      ]);
      // Still one REACTION notification for the post: it came back as new, from the latest reactor.
      expect(await unread(ana)).toBe(before + 1);
      const { notifications } = await gqlOk<{ notifications: Array<{ kind: string; actor: { id: string } | null; activity: { id: string; actor: { id: string } } }> }>(
        api.url,
        '{ notifications(first: 5) { kind actor { id } activity { id actor { id } } } }',
        {},
        ana.token,
      );
      expect(notifications.filter((n) => n.kind === 'REACTION')).toEqual([
        { kind: 'REACTION', actor: { id: cy.id }, activity: { id: postId, actor: { id: ana.id } } },
      ]);

      const undone = await gqlOk<{ unreact: ReactionSummary[] }>(
        api.url,
        'mutation($a: ID!) { unreact(activityId: $a, reaction: CELEBRATE) { reaction count reactedByMe } }',
        { a: postId },
        bo.token,
      );
      expect(undone.unreact).toEqual([
        { reaction: 'CELEBRATE', count: 1, reactedByMe: false },
        { reaction: 'LIKE', count: 1, reactedByMe: false },
      ]);
    });

    it('reacts to a comment and notifies its author, not the post author', async () => {
      const deal = await publicDeal();
      const postId = await post(ana, deal, 'Kickoff agenda attached');
      const commentId = await comment(bo, postId, 'Added the pricing slide');
      const [anaBefore, boBefore] = [await unread(ana), await unread(bo)];
      const result = await react(cy, postId, 'INSIGHTFUL', commentId);
      expect(result.data?.react).toEqual([{ reaction: 'INSIGHTFUL', emoji: '💡', count: 1, reactedByMe: true }]);
      expect(await unread(bo)).toBe(boBefore + 1);
      expect(await unread(ana)).toBe(anaBefore);
      expect((await activity(ana, postId)).data!.activity.comments[0].reactions).toEqual([
        { reaction: 'INSIGHTFUL', emoji: '💡', count: 1, reactedByMe: false },
      ]);
    });

    it('refuses reactions on what the reactor cannot open, and unknown reactions, writing nothing', async () => {
      const secret = await createDeal(api.url, ana, await createAccount(api.url, ana, { visibility: 'PRIVATE' }));
      const postId = await post(ana, secret, 'Confidential pricing');
      const hidden = await react(bo, postId, 'LIKE');
      expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const unknown = await react(ana, postId, 'ANGRY');
      expect(unknown.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const wrongComment = await react(ana, postId, 'LIKE', '00000000-0000-4000-8000-000000000000');
      expect(wrongComment.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const { rows } = await pg.query<{ n: number }>('SELECT count(*)::int AS n FROM reactions WHERE activity_id = $1', [postId]);
      expect(rows[0].n).toBe(0);
    });
  });

  describe('edits and removal', () => {
    it("lets the author edit a post: it shows as edited, followers see it live, and newly named people are notified", async () => {
      const deal = await publicDeal();
      await follow(api.url, cy, deal);
      const watcher = await sockets.connect(cy);
      const postId = await post(ana, deal, 'Demo on Tuesdy');
      // Cy has the card before the edit, so the edit reaches him as an update of it.
      await watcher.waitFor<FeedItemEvent>('feed:item', (e) => e.item.id === postId);
      const boBefore = await unread(bo);

      const edited = await gqlOk<{ editPost: { body: string; editedAt: string | null } }>(
        api.url,
        'mutation($a: ID!, $b: String!) { editPost(activityId: $a, body: $b) { body editedAt } }',
        { a: postId, b: `Demo on Tuesday, @${bo.handle} joins` },
        ana.token,
      );
      expect(edited.editPost.body).toBe(`Demo on Tuesday, @${bo.handle} joins`);
      expect(edited.editPost.editedAt).not.toBeNull();
      const live = await watcher.waitFor<FeedItemEvent & { item: { editedAt: string | null } }>('feed:item:updated', (e) => e.item.id === postId);
      expect(live.item.body).toBe(`Demo on Tuesday, @${bo.handle} joins`);
      expect(live.item.editedAt).not.toBeNull();
      expect(await unread(bo)).toBe(boBefore + 1);

      const byOther = await gql(api.url, 'mutation($a: ID!) { editPost(activityId: $a, body: "Hijacked") { id } }', { a: postId }, bo.token);
      expect(byOther.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const byAdmin = await gql(api.url, 'mutation($a: ID!) { editPost(activityId: $a, body: "Rewritten") { id } }', { a: postId }, admin.token);
      expect(byAdmin.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const blank = await gql(api.url, 'mutation($a: ID!) { editPost(activityId: $a, body: "   ") { id } }', { a: postId }, ana.token);
      expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
      expect((await activity(ana, postId)).data!.activity.body).toBe(`Demo on Tuesday, @${bo.handle} joins`);
    });

    it('lets the author edit a comment, and no one else', async () => {
      const postId = await post(ana, await publicDeal(), 'Who takes the call?');
      const commentId = await comment(bo, postId, 'I can');
      const edited = await gqlOk<{ editComment: { body: string; editedAt: string | null } }>(
        api.url,
        'mutation($c: ID!) { editComment(commentId: $c, body: "I can, at 3pm") { body editedAt } }',
        { c: commentId },
        bo.token,
      );
      expect(edited.editComment).toMatchObject({ body: 'I can, at 3pm' });
      expect(edited.editComment.editedAt).not.toBeNull();
      const byOther = await gql(api.url, 'mutation($c: ID!) { editComment(commentId: $c, body: "No") { id } }', { c: commentId }, ana.token);
      expect(byOther.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('lets an admin remove a post: a tombstone stays, its notifications go, and counts drop live', async () => {
      const deal = await publicDeal();
      await follow(api.url, cy, deal);
      const postId = await post(ana, deal, `Off-topic rant, right @${bo.handle}? #gossip`);
      const commentId = await comment(cy, postId, 'Agreed');
      const boSocket = await sockets.connect(bo);
      const cySocket = await sockets.connect(cy);
      const boBefore = await unread(bo);

      const refused = await gql(api.url, 'mutation($a: ID!) { removeActivity(activityId: $a) { id } }', { a: postId }, cy.token);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');

      const removed = await gqlOk<{ removeActivity: { body: string | null; deletedAt: string | null } }>(
        api.url,
        'mutation($a: ID!) { removeActivity(activityId: $a) { body deletedAt } }',
        { a: postId },
        admin.token,
      );
      expect(removed.removeActivity.body).toBeNull();
      expect(removed.removeActivity.deletedAt).not.toBeNull();

      const tombstone = await cySocket.waitFor<FeedItemEvent & { item: { deletedAt: string | null } }>('feed:item:updated', (e) => e.item.id === postId && !!e.item.deletedAt);
      expect(tombstone.item.body).toBeNull();
      await boSocket.waitFor<NotificationEvent>('notification', (e) => e.notification === null && e.unreadCount === boBefore - 1);
      expect(await unread(bo)).toBe(boBefore - 1);

      const seen = (await activity(cy, postId)).data!.activity;
      expect(seen).toMatchObject({ body: null, mentions: [], topics: [] });
      expect(seen.comments.map((c) => c.id)).toEqual([commentId]); // the thread stays under the tombstone
      expect((await feedOf(api.url, cy)).edges.some((e) => e.node.id === postId && e.node.body === null)).toBe(true);

      const late = await gql(api.url, 'mutation($a: ID!) { comment(activityId: $a, body: "Too late") { id } }', { a: postId }, cy.token);
      expect(late.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'activityId' });
    });

    it('lets the author remove their comment; the count drops and a tombstone stays', async () => {
      const postId = await post(ana, await publicDeal(), 'Pricing question');
      const commentId = await comment(bo, postId, 'Wrong thread, sorry');
      const removed = await gqlOk<{ removeComment: { body: string | null; deletedAt: string | null } }>(
        api.url,
        'mutation($c: ID!) { removeComment(commentId: $c) { body deletedAt } }',
        { c: commentId },
        bo.token,
      );
      expect(removed.removeComment.body).toBeNull();
      const seen = (await activity(ana, postId)).data!.activity;
      expect(seen.commentCount).toBe(0);
      expect(seen.comments).toEqual([expect.objectContaining({ id: commentId, body: null, deletedAt: expect.any(String) })]);
    });

    it('keeps record changes: they are history, not removable', async () => {
      const deal = await publicDeal();
      const change = (await feedOf(api.url, ana, { filter: 'SUBJECT', subjectId: deal })).edges[0].node.id;
      const result = await gql(api.url, 'mutation($a: ID!) { removeActivity(activityId: $a) { id } }', { a: change }, admin.token);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'activityId' });
    });
  });

  describe('bookmarks and muted threads', () => {
    it('keeps bookmarks in the BOOKMARKED feed, newest first, and drops what is no longer visible', async () => {
      const open = await post(ana, await publicDeal(), 'Great reference call');
      const secretDeal = await createDeal(api.url, ana, await createAccount(api.url, ana), { visibility: 'PRIVATE' });
      await gqlOk(api.url, 'mutation($r: ID!, $e: ID) { shareRecord(recordId: $r, employeeId: $e) }', { r: secretDeal, e: bo.id }, ana.token);
      const secret = await post(ana, secretDeal, 'Discount approved');
      for (const id of [open, secret]) await gqlOk(api.url, 'mutation($a: ID!) { bookmark(activityId: $a) }', { a: id }, bo.token);
      await gqlOk(api.url, 'mutation($a: ID!) { bookmark(activityId: $a) }', { a: open }, bo.token);
      expect((await feedOf(api.url, bo, { filter: 'BOOKMARKED' })).edges.map((e) => e.node.id)).toEqual([secret, open]);
      expect((await activity(bo, open)).data!.activity.isBookmarkedByMe).toBe(true);
      expect((await activity(ana, open)).data!.activity.isBookmarkedByMe).toBe(false);

      await gqlOk(api.url, 'mutation($r: ID!, $e: ID) { unshareRecord(recordId: $r, employeeId: $e) }', { r: secretDeal, e: bo.id }, ana.token);
      expect((await feedOf(api.url, bo, { filter: 'BOOKMARKED' })).edges.map((e) => e.node.id)).toEqual([open]);
      await gqlOk(api.url, 'mutation($a: ID!) { unbookmark(activityId: $a) }', { a: open }, bo.token);
      expect((await feedOf(api.url, bo, { filter: 'BOOKMARKED' })).edges).toEqual([]);
    });

    it('takes a muted thread out of the Following feed and stops its replies and reactions from notifying, but not mentions', async () => {
      const deal = await publicDeal();
      await follow(api.url, bo, deal);
      const postId = await post(bo, deal, 'Status of the rollout?');
      await gqlOk(api.url, 'mutation($a: ID!) { muteThread(activityId: $a) }', { a: postId }, bo.token);
      expect((await activity(bo, postId)).data!.activity.isMutedByMe).toBe(true);
      expect((await feedOf(api.url, bo)).edges.some((e) => e.node.id === postId)).toBe(false);

      const before = await unread(bo);
      await comment(ana, postId, 'Half done');
      await react(cy, postId, 'EYES');
      expect(await unread(bo)).toBe(before);
      await comment(cy, postId, `@${bo.handle} can you confirm?`);
      expect(await unread(bo)).toBe(before + 1);

      await gqlOk(api.url, 'mutation($a: ID!) { unmuteThread(activityId: $a) }', { a: postId }, bo.token);
      expect((await feedOf(api.url, bo)).edges.some((e) => e.node.id === postId)).toBe(true);
    });
  });

  describe('topics', () => {
    it('tags posts with #topics, delivers them to topic followers who can open the record, and trends them within visibility', async () => {
      const first = await post(ana, await publicDeal(), 'Renewal season starts #Renewal-2027 #pricing');
      const { topic } = await gqlOk<{ topic: { id: string; name: string } }>(api.url, '{ topic(name: "#renewal-2027") { id name } }', {}, cy.token);
      expect(topic.name).toBe('Renewal-2027');
      expect((await activity(cy, first)).data!.activity.topics.map((t) => t.name)).toEqual(['pricing', 'Renewal-2027']);

      await follow(api.url, cy, topic.id);
      const watcher = await sockets.connect(cy);
      const open = await post(bo, await createDeal(api.url, bo, await createAccount(api.url, bo)), 'Acme wants a 3-year #renewal-2027');
      await watcher.waitFor<FeedItemEvent>('feed:item', (e) => e.item.id === open);
      const secretDeal = await createDeal(api.url, ana, await createAccount(api.url, ana, { visibility: 'PRIVATE' }));
      for (let i = 0; i < 3; i++) await post(ana, secretDeal, `Confidential #renewal-2027 note ${i}`);
      // Barrier: a later use of the topic that Cy can open reaches him on the same path.
      const later = await post(bo, await createDeal(api.url, bo, await createAccount(api.url, bo)), 'Renewal checklist #renewal-2027');
      await watcher.waitFor<FeedItemEvent>('feed:item', (e) => e.item.id === later);
      expect(watcher.of<FeedItemEvent>('feed:item').filter((e) => e.item.subjectId === secretDeal)).toEqual([]);

      const topicFeed = await feedOf(api.url, cy, { filter: 'SUBJECT', subjectId: topic.id });
      expect(topicFeed.edges.map((e) => e.node.id)).toEqual([later, open, first]);

      const trending = async (who: TestEmployee) =>
        (await gqlOk<{ trendingTopics: Array<{ topic: { name: string }; uses: number }> }>(api.url, '{ trendingTopics(first: 5) { topic { name } uses } }', {}, who.token))
          .trendingTopics;
      // Ana sees her three private posts counted; Cy only what he can open.
      expect((await trending(ana)).find((t) => t.topic.name === 'Renewal-2027')?.uses).toBe(6);
      expect((await trending(cy)).find((t) => t.topic.name === 'Renewal-2027')?.uses).toBe(3);
      expect((await trending(cy))[0].topic.name).toBe('Renewal-2027');
    });

    it('answers NOT_FOUND for a topic nobody used, or used only where the asker cannot look, and refuses following it', async () => {
      const missing = await gql(api.url, '{ topic(name: "never-used") { id } }', {}, cy.token);
      expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const secretDeal = await createDeal(api.url, ana, await createAccount(api.url, ana, { visibility: 'PRIVATE' }));
      await post(ana, secretDeal, 'Kicking off #project-quokka');
      const hidden = await gql(api.url, '{ topic(name: "project-quokka") { id } }', {}, cy.token);
      expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const own = await gql<{ topic: { name: string } }>(api.url, '{ topic(name: "project-quokka") { name } }', {}, ana.token);
      expect(own.data?.topic.name).toBe('project-quokka');
      const followed = await gql(api.url, 'mutation { follow(subjectId: "topic_0193a0b0c0d0e0f00000000000000000") }', {}, cy.token);
      expect(followed.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('assignments and influence', () => {
    it('notifies the new owner when a record is assigned to them, not when they assign it to themselves', async () => {
      const deal = await publicDeal();
      const socket = await sockets.connect(bo);
      const before = await unread(bo);
      await gqlOk(api.url, 'mutation($id: ID!, $o: ID!) { updateDeal(id: $id, input: { ownerId: $o }) { id } }', { id: deal, o: bo.id }, ana.token);
      const event = await socket.waitFor<NotificationEvent>('notification', (e) => e.notification?.kind === 'ASSIGNMENT');
      expect(event.unreadCount).toBe(before + 1);
      const created = await createDeal(api.url, bo, await createAccount(api.url, bo));
      expect(created).toMatch(/^deal_/);
      expect(await unread(bo)).toBe(before + 1);
    });

    it('bands people by posts, comments and reactions received over 90 days, counting only what the viewer can open', async () => {
      const quiet = await createEmployee(api.url, admin, 'Quiet');
      const secretDeal = await createDeal(api.url, cy, await createAccount(api.url, cy, { visibility: 'PRIVATE' }));
      for (let i = 0; i < 3; i++) {
        const id = await post(cy, secretDeal, `Private note ${i}`);
        await react(cy, id, 'LIKE');
      }
      const influence = async (viewer: TestEmployee, id: string) =>
        (
          await gqlOk<{ employees: Array<{ id: string; influence: { band: string; posts: number; commentsReceived: number; reactionsReceived: number } }> }>(
            api.url,
            '{ employees { id influence { band posts commentsReceived reactionsReceived } } }',
            {},
            viewer.token,
          )
        ).employees.find((e) => e.id === id)!.influence;
      expect(await influence(ana, quiet.id)).toEqual({ band: 'OBSERVER', posts: 0, commentsReceived: 0, reactionsReceived: 0 });
      // Lead, new here, writes more than anyone else in this suite and gets comments and reactions: she leads.
      const lead = await createEmployee(api.url, admin, 'Lead');
      const leadDeal = await createDeal(api.url, lead, await createAccount(api.url, lead));
      const leadPosts: string[] = [];
      for (let i = 0; i < 30; i++) leadPosts.push(await post(lead, leadDeal, `Weekly pipeline note ${i}`));
      await comment(bo, leadPosts[0], 'Thanks, useful');
      await comment(cy, leadPosts[1], 'Agreed');
      await react(bo, leadPosts[0], 'LIKE');
      await react(cy, leadPosts[0], 'LIKE');
      await react(lead, leadPosts[2], 'LIKE'); // her own reaction never counts
      expect(await influence(bo, lead.id)).toEqual({ band: 'TOP_INFLUENCER', posts: 30, commentsReceived: 2, reactionsReceived: 2 });
      // Cy's private posts count for Cy but not for Bo, who cannot open them (self-reactions never count).
      const cyOwn = await influence(cy, cy.id);
      const cyForBo = await influence(bo, cy.id);
      expect(cyOwn.posts - cyForBo.posts).toBe(3);
      expect(cyOwn.reactionsReceived).toBe(cyForBo.reactionsReceived);
    });
  });

  describe('social mentions', () => {
    it('lists social mentions on records the viewer can open in the SOCIAL feed', async () => {
      const openAccount = await createAccount(api.url, ana);
      const secretAccount = await createAccount(api.url, ana, { visibility: 'PRIVATE' });
      const insert = async (subjectId: string, body: string) =>
        (
          await pg.query<{ id: string }>(
            `INSERT INTO activities (id, kind, subject_id, body, created_at, delivered_at)
             VALUES (gen_random_uuid(), 'SOCIAL_MENTION', $1, $2, now(), now()) RETURNING id`,
            [subjectId, body],
          )
        ).rows[0].id;
      const open = await insert(openAccount, 'Loving the new dashboard!');
      await insert(secretAccount, 'Their support never answers');
      expect((await feedOf(api.url, bo, { filter: 'SOCIAL' })).edges.map((e) => e.node.id)).toEqual([open]);
      expect((await feedOf(api.url, ana, { filter: 'SOCIAL' })).edges).toHaveLength(2);
    });
  });

  describe('bad input', () => {
    it('names the field, never answers 500, and writes nothing', async () => {
      const postId = await post(ana, await publicDeal(), 'Original text');
      const cases: Array<[string, Record<string, unknown>, string, string | undefined]> = [
        ['mutation($a: ID!, $b: String!) { editPost(activityId: $a, body: $b) { id } }', { a: postId, b: 'x'.repeat(10_001) }, 'BAD_USER_INPUT', 'body'],
        ['mutation($a: ID!) { bookmark(activityId: $a) }', { a: 'not-an-id' }, 'NOT_FOUND', undefined],
        ['mutation($c: ID!) { removeComment(commentId: $c) { id } }', { c: 'not-an-id' }, 'NOT_FOUND', undefined],
        ['{ topic { id } }', {}, 'BAD_USER_INPUT', 'name'],
        ['{ topic(id: "deal_0193a0b0c0d0e0f00000000000000000") { id } }', {}, 'BAD_USER_INPUT', 'id'],
        ['{ trendingTopics(first: 0) { uses } }', {}, 'BAD_USER_INPUT', 'first'],
        ['mutation($b: String!) { post(input: { subjectId: "nope", body: $b }) { id } }', { b: Array.from({ length: 11 }, (_, i) => `#topic${i}a`).join(' ') }, 'BAD_USER_INPUT', 'subjectId'],
      ];
      for (const [query, variables, code, field] of cases) {
        const result = await gql(api.url, query, variables, ana.token);
        expect({ query, status: result.status, code: result.errors?.[0].extensions?.code, field: result.errors?.[0].extensions?.field }).toEqual({
          query,
          status: 200,
          code,
          field,
        });
      }
      const tooManyTopics = await gql(
        api.url,
        'mutation($s: ID!, $b: String!) { post(input: { subjectId: $s, body: $b }) { id } }',
        { s: await publicDeal(), b: Array.from({ length: 11 }, (_, i) => `#topic${i}a`).join(' ') },
        ana.token,
      );
      expect(tooManyTopics.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
      expect(tooManyTopics.errors?.[0].message).toMatch(/11 topics; at most 10/);
      expect((await activity(ana, postId)).data!.activity.body).toBe('Original text');
      const { rows } = await pg.query<{ n: number }>(`SELECT count(*)::int AS n FROM topics WHERE name LIKE 'topic%'`);
      expect(rows[0].n).toBe(0);
    });
  });
});
