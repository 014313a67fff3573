import { Client } from 'pg';
import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { gql, gqlOk } from '../support/graphql';
import { SocketPool } from '../support/socket';
import { createAccount, createDeal, createEmployee, createTeam, feedOf, loginAdmin, TestEmployee } from '../factories/org';

interface NotificationEvent {
  notification: { id: string; kind: string; activityId: string; subjectId: string } | null;
  unreadCount: number;
}

/** Mentions notify exactly the people who may see them, and unread counts stay exact and live. */
describe('mentions and notifications', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let pg: Client;
  let admin: TestEmployee;
  let ana: TestEmployee;
  let bo: TestEmployee;
  let cy: TestEmployee;
  let dee: TestEmployee;
  let teamHandle: string;
  const sockets = new SocketPool(() => api.url);

  beforeAll(async () => {
    db = await createTestDatabase('notifications');
    api = await startApi(db.url);
    admin = await loginAdmin(api.url);
    [ana, bo, cy, dee] = await Promise.all(['Ana', 'Bo', 'Cy', 'Dee'].map((n) => createEmployee(api.url, admin, n)));
    const team = await createTeam(api.url, admin, 'Support EMEA', [cy.id, dee.id]);
    teamHandle = (await gqlOk<{ teams: Array<{ id: string; handle: string }> }>(api.url, '{ teams { id handle } }', {}, ana.token)).teams.find(
      (t) => t.id === team,
    )!.handle;
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

  it('notifies a mentioned person and every member of a mentioned team, once, and counts go back live when read', async () => {
    const deal = await createDeal(api.url, ana, await createAccount(api.url, ana));
    const before = await Promise.all([bo, cy, dee].map(unread));
    const watchers = await Promise.all([bo, cy, dee].map((who) => sockets.connect(who)));

    const { post } = await gqlOk<{ post: { id: string; mentions: Array<{ id: string; accessible: boolean }> } }>(
      api.url,
      `mutation($s: ID!, $b: String!) { post(input: { subjectId: $s, body: $b }) { id mentions { id accessible } } }`,
      { s: deal, b: `@${bo.handle} and @${teamHandle}: the customer is asking about the SLA` },
      ana.token,
    );
    expect(post.mentions.map((m) => m.accessible)).toEqual([true, true]);

    for (const [i, socket] of watchers.entries()) {
      const event = await socket.waitFor<NotificationEvent>('notification', (e) => e.notification?.activityId === post.id);
      expect(event.notification?.kind).toBe('MENTION');
      expect(event.unreadCount).toBe(before[i] + 1);
    }
    expect(await Promise.all([bo, cy, dee].map(unread))).toEqual(before.map((n) => n + 1));
    expect(await unread(ana)).toBe(0); // the author is not notified of her own post

    const { notifications } = await gqlOk<{ notifications: Array<{ id: string }> }>(api.url, '{ notifications(first: 1) { id } }', {}, bo.token);
    const read = await gqlOk<{ markNotificationsRead: number }>(api.url, 'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }', { ids: [notifications[0].id] }, bo.token);
    expect(read.markNotificationsRead).toBe(before[0]);
    await watchers[0].waitFor<NotificationEvent>('notification', (e) => e.notification === null && e.unreadCount === before[0]);

    const toMe = await feedOf(api.url, cy, { filter: 'TO_ME' });
    expect(toMe.edges[0].node.id).toBe(post.id);
  });

  it("does not notify someone who cannot open the record, and says the mention was inaccessible", async () => {
    const secret = await createDeal(api.url, ana, await createAccount(api.url, ana, { visibility: 'PRIVATE' }), { visibility: 'PRIVATE' });
    const before = await unread(bo);
    const { post } = await gqlOk<{ post: { mentions: Array<{ id: string; accessible: boolean }> } }>(
      api.url,
      `mutation($s: ID!, $b: String!) { post(input: { subjectId: $s, body: $b }) { mentions { id accessible } } }`,
      { s: secret, b: `@${bo.handle} have a look` },
      ana.token,
    );
    expect(post.mentions).toEqual([{ id: bo.id, accessible: false }]);
    expect(await unread(bo)).toBe(before);
    const { rows } = await pg.query<{ n: number }>('SELECT count(*)::int AS n FROM notifications WHERE employee_id = $1 AND subject_id = $2', [bo.id, secret]);
    expect(rows[0].n).toBe(0);
  });

  it('notifies the author and the thread of a reply, and the TO_ME feed shows it', async () => {
    const deal = await createDeal(api.url, ana, await createAccount(api.url, ana));
    const { post } = await gqlOk<{ post: { id: string } }>(api.url, `mutation($s: ID!) { post(input: { subjectId: $s, body: "Kickoff on Monday?" }) { id } }`, { s: deal }, ana.token);
    await gqlOk(api.url, `mutation($a: ID!) { comment(activityId: $a, body: "Works for me") { id } }`, { a: post.id }, bo.token);
    const anaBefore = await unread(ana);
    const boBefore = await unread(bo);
    await gqlOk(api.url, `mutation($a: ID!) { comment(activityId: $a, body: "Same here") { id } }`, { a: post.id }, cy.token);
    expect(await unread(ana)).toBe(anaBefore + 1);
    expect(await unread(bo)).toBe(boBefore + 1);
    expect((await feedOf(api.url, bo, { filter: 'TO_ME' })).edges.map((e) => e.node.id)).toContain(post.id);
  });

  it('orders the TO_ME feed by the latest mention or reply, and pages through it without gaps', async () => {
    const deal = await createDeal(api.url, ana, await createAccount(api.url, ana));
    const postOf = async (body: string) =>
      (await gqlOk<{ post: { id: string } }>(api.url, 'mutation($s: ID!, $b: String!) { post(input: { subjectId: $s, body: $b }) { id } }', { s: deal, b: body }, ana.token)).post.id;
    const older = await postOf(`@${dee.handle} first question`);
    const newer = await postOf(`@${dee.handle} second question`);
    expect((await feedOf(api.url, dee, { filter: 'TO_ME', first: 2 })).edges.map((e) => e.node.id)).toEqual([newer, older]);
    await gqlOk(api.url, `mutation($a: ID!, $b: String!) { comment(activityId: $a, body: $b) { id } }`, { a: older, b: `@${dee.handle} any news?` }, bo.token);
    const first = await feedOf(api.url, dee, { filter: 'TO_ME', first: 1 });
    expect(first.edges.map((e) => e.node.id)).toEqual([older]);
    const second = await feedOf(api.url, dee, { filter: 'TO_ME', first: 1, after: first.pageInfo.endCursor! });
    expect(second.edges.map((e) => e.node.id)).toEqual([newer]);
  });

  it('refuses more than 25 mentions, naming the body, and writes nothing', async () => {
    const deal = await createDeal(api.url, ana, await createAccount(api.url, ana));
    const count = async () => (await pg.query<{ n: number }>(`SELECT count(*)::int AS n FROM activities WHERE subject_id = $1`, [deal])).rows[0].n;
    const before = await count();
    const body = Array.from({ length: 26 }, (_, i) => `@person${i}`).join(' ');
    const result = await gql(api.url, `mutation($s: ID!, $b: String!) { post(input: { subjectId: $s, body: $b }) { id } }`, { s: deal, b: body }, ana.token);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    expect(result.errors?.[0].message).toMatch(/26 .*at most 25/);
    expect(await count()).toBe(before);
  });
});
