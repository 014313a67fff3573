import request from 'supertest';
import { Client } from 'pg';
import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { gql, gqlOk } from '../support/graphql';
import { createAccount, createDeal, createEmployee, follow, loginAdmin, moveDeal, TestEmployee } from '../factories/org';

/** A GraphQL answer with the statement count the API adds when asked for diagnostics. */
type DiagnosedAnswer = { errors?: unknown; data: { feed: { edges: unknown[] } }; extensions: { diagnostics: { sqlStatements: number } } };

interface Page {
  edges: Array<{ cursor: string; node: { id: string; body: string | null } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null; hasPreviousPage: boolean; startCursor: string | null };
}

interface PageArgs {
  filter: string;
  subjectId?: string;
  first?: number;
  after?: string;
  last?: number;
  before?: string;
}

const FEED = `query($filter: FeedFilter, $subjectId: ID, $first: Int, $after: String, $last: Int, $before: String) {
  feed(filter: $filter, subjectId: $subjectId, first: $first, after: $after, last: $last, before: $before) {
    edges { cursor node { id body } }
    pageInfo { hasNextPage endCursor hasPreviousPage startCursor }
  }
}`;

/**
 * Reconnect without gaps: `feed(last, before)` returns the items just newer than `before`, newest
 * first like every page, and a client that pages with it from its newest cursor until
 * hasPreviousPage is false holds exactly what a fresh read shows above that cursor, on every filter.
 */
describe('feed catch-up (backward paging)', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let pg: Client;
  let ana: TestEmployee;
  let bo: TestEmployee;
  let rita: TestEmployee;

  beforeAll(async () => {
    db = await createTestDatabase('feed_catch_up');
    // Writers post fast here; the mutation budget is not what this suite is about.
    api = await startApi(db.url, { RATE_LIMIT_MUTATIONS_PER_MINUTE: '5000' });
    const admin = await loginAdmin(api.url);
    [ana, bo, rita] = await Promise.all(['Ana', 'Bo', 'Rita'].map((n) => createEmployee(api.url, admin, n)));
    pg = new Client({ connectionString: db.url });
    await pg.connect();
  });

  afterAll(async () => {
    await pg?.end();
    await api?.stop();
    await db?.drop();
  });

  const feed = async (who: TestEmployee, args: PageArgs): Promise<Page> => (await gqlOk<{ feed: Page }>(api.url, FEED, { ...args }, who.token)).feed;
  const ids = (page: Page) => page.edges.map((e) => e.node.id);
  const post = async (who: TestEmployee, subjectId: string, body: string) =>
    (await gqlOk<{ post: { id: string } }>(api.url, 'mutation($s: ID!, $b: String!) { post(input: { subjectId: $s, body: $b }) { id } }', { s: subjectId, b: body }, who.token))
      .post.id;
  const comment = (who: TestEmployee, activityId: string, body: string) =>
    gqlOk(api.url, 'mutation($a: ID!, $b: String!) { comment(activityId: $a, body: $b) { id } }', { a: activityId, b: body }, who.token);

  /**
   * What a reconnecting client does: from its newest cursor, page backward until nothing newer is
   * left, putting each (newer) page above the ones before it. Checks each page's pageInfo on the way.
   */
  async function catchUp(who: TestEmployee, args: Omit<PageArgs, 'first' | 'after' | 'last' | 'before'>, newest: string, size: number) {
    let before = newest;
    let caught: string[] = [];
    const pageSizes: number[] = [];
    for (let pages = 0; ; pages++) {
      if (pages > 50) throw new Error('catch-up did not end');
      const page = await feed(who, { ...args, last: size, before });
      pageSizes.push(page.edges.length);
      expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
      expect(page.pageInfo.hasNextPage).toBe(false);
      caught = [...ids(page), ...caught];
      if (!page.pageInfo.hasPreviousPage) break;
      expect(page.edges).toHaveLength(size);
      before = page.pageInfo.startCursor!;
    }
    return { caught, pageSizes };
  }

  /** Waits until the dispatcher has fanned out `count` items into the FOLLOWING feed. */
  async function untilFollowingHas(who: TestEmployee, count: number): Promise<Page> {
    for (let tries = 0; ; tries++) {
      const page = await feed(who, { filter: 'FOLLOWING', first: 100 });
      if (page.edges.length >= count) return page;
      if (tries > 200) throw new Error(`the feed holds ${page.edges.length} of ${count}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  it('FOLLOWING: fills a gap of 37 items from two colleagues, in order, once each, in pages of 10', async () => {
    const deal = await createDeal(api.url, ana, await createAccount(api.url, ana, { name: 'Acme' }), { name: 'Acme Renewal' });
    await follow(api.url, rita, deal);
    for (let i = 0; i < 5; i++) await post(i % 2 ? bo : ana, deal, `before the gap ${i}`);
    const seen = await untilFollowingHas(rita, 5);
    const newest = seen.edges[0].cursor;

    // Rita's socket is gone while these arrive.
    for (let i = 0; i < 37; i++) await post(i % 2 ? bo : ana, deal, `during the gap ${i}`);
    const fresh = await untilFollowingHas(rita, 42);

    const { caught, pageSizes } = await catchUp(rita, { filter: 'FOLLOWING' }, newest, 10);
    expect(pageSizes).toEqual([10, 10, 10, 7]);
    expect(caught).toEqual(ids(fresh).slice(0, 37));
    expect(new Set(caught).size).toBe(37);
    expect(caught).not.toContain(seen.edges[0].node.id);
    expect(fresh.edges.slice(0, 37).map((e) => e.node.body)).toEqual(Array.from({ length: 37 }, (_, i) => `during the gap ${36 - i}`));

    // Nothing newer: an empty page that says so.
    const top = await feed(rita, { filter: 'FOLLOWING', last: 10, before: fresh.edges[0].cursor });
    expect(top).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null, hasPreviousPage: false, startCursor: null } });
    // `last` alone is Relay's "the last items of the list": the oldest ones.
    const oldest = await feed(rita, { filter: 'FOLLOWING', last: 3 });
    expect(ids(oldest)).toEqual(ids(fresh).slice(-3));
    expect(oldest.pageInfo.hasPreviousPage).toBe(true);
    // A forward page says where it starts, too.
    expect(fresh.pageInfo).toMatchObject({ hasPreviousPage: false, startCursor: fresh.edges[0].cursor, hasNextPage: false });
  });

  it('TO_ME: follows the order of the latest mention or reply, so a new mention brings an old post back above the cursor', async () => {
    const deal = await createDeal(api.url, ana, await createAccount(api.url, ana, { name: 'Globex' }), { name: 'Globex Expansion' });
    const p1 = await post(ana, deal, `@${rita.handle} can you check the quote?`);
    const p2 = await post(ana, deal, `@${rita.handle} the legal review is back`);
    const p3 = await post(ana, deal, `@${rita.handle} kickoff on Monday`);
    const seen = await feed(rita, { filter: 'TO_ME', first: 20 });
    expect(ids(seen)).toEqual([p3, p2, p1]);

    await comment(bo, p1, `@${rita.handle} the quote needs your signature`);
    const p4 = await post(ana, deal, `@${rita.handle} new pricing sheet`);
    await comment(bo, p2, `@${rita.handle} one clause changed`);

    const { caught, pageSizes } = await catchUp(rita, { filter: 'TO_ME' }, seen.edges[0].cursor, 2);
    expect(caught).toEqual([p2, p4, p1]);
    expect(pageSizes).toEqual([2, 1]);
    // The same order a fresh read gives; p3, already on screen, keeps its place below.
    expect(ids(await feed(rita, { filter: 'TO_ME', first: 20 }))).toEqual([p2, p4, p1, p3]);
  });

  it("SUBJECT: catches up on a deal's page, record changes and posts alike", async () => {
    const account = await createAccount(api.url, ana, { name: 'Initech' });
    const deal = await createDeal(api.url, ana, account, { name: 'Initech Pilot', stage: 'PROSPECTING' });
    const seen = await feed(bo, { filter: 'SUBJECT', subjectId: account, first: 5 });
    const stages = ['QUALIFICATION', 'PROPOSAL', 'NEGOTIATION', 'CLOSED_WON'];
    for (let i = 0; i < 12; i++) {
      if (i % 3 === 0) await moveDeal(api.url, ana, deal, stages[i / 3]);
      else await post(i % 2 ? bo : ana, deal, `pilot note ${i}`);
    }
    const fresh = await feed(bo, { filter: 'SUBJECT', subjectId: account, first: 100 });
    const { caught } = await catchUp(bo, { filter: 'SUBJECT', subjectId: account }, seen.edges[0].cursor, 5);
    expect(caught).toHaveLength(12);
    expect(caught).toEqual(ids(fresh).slice(0, 12));
    expect(ids(fresh).slice(12)).toEqual(ids(seen));
  });

  it('BOOKMARKED: brings newer bookmarked items, in the feed order', async () => {
    const deal = await createDeal(api.url, ana, await createAccount(api.url, ana, { name: 'Umbrella' }), { name: 'Umbrella Renewal' });
    const posts: string[] = [];
    for (let i = 0; i < 12; i++) posts.push(await post(i % 2 ? bo : ana, deal, `umbrella ${i}`));
    const bookmark = (id: string) => gqlOk(api.url, 'mutation($a: ID!) { bookmark(activityId: $a) }', { a: id }, rita.token);
    for (const id of posts.slice(0, 4)) await bookmark(id);
    const seen = await feed(rita, { filter: 'BOOKMARKED', first: 20 });
    expect(ids(seen)).toEqual(posts.slice(0, 4).reverse());

    for (const id of posts.slice(4)) await bookmark(id);
    const { caught } = await catchUp(rita, { filter: 'BOOKMARKED' }, seen.edges[0].cursor, 3);
    expect(caught).toEqual(posts.slice(4).reverse());
  });

  it('SOCIAL: pages through items that share one millisecond by id, and never shows a private account', async () => {
    const open = await createAccount(api.url, ana, { name: 'Hooli' });
    const secret = await createAccount(api.url, ana, { name: 'Pied Piper', visibility: 'PRIVATE' });
    const insert = (subjectId: string, count: number, label: string) =>
      pg.query(
        `INSERT INTO activities (id, kind, subject_id, body, created_at, delivered_at)
         SELECT gen_random_uuid(), 'SOCIAL_MENTION', $1, $3 || ' ' || i, date_trunc('milliseconds', clock_timestamp()), now()
         FROM generate_series(1, $2::int) AS i`,
        [subjectId, count, label],
      );
    await insert(open, 4, 'seen');
    const seen = await feed(rita, { filter: 'SOCIAL', first: 20 });
    expect(seen.edges).toHaveLength(4);

    // One statement: 30 mentions with the very same timestamp, and some on a private account.
    await insert(open, 30, 'burst');
    await insert(secret, 5, 'secret');
    const fresh = await feed(rita, { filter: 'SOCIAL', first: 100 });
    expect(fresh.edges).toHaveLength(34);
    const { caught, pageSizes } = await catchUp(rita, { filter: 'SOCIAL' }, seen.edges[0].cursor, 7);
    expect(pageSizes).toEqual([7, 7, 7, 7, 2]);
    expect(caught).toEqual(ids(fresh).slice(0, 30));
    expect(new Set(caught).size).toBe(30);
    const bodies = fresh.edges.slice(0, 30).map((e) => e.node.body);
    expect(bodies.every((b) => b?.startsWith('burst'))).toBe(true);
    // Ana, who owns the private account, catches up on those too.
    const anaSeen = await feed(ana, { filter: 'SOCIAL', first: 100 });
    expect(anaSeen.edges.filter((e) => e.node.body?.startsWith('secret'))).toHaveLength(5);
  });

  it('refuses mixed or bad paging arguments with BAD_USER_INPUT naming the argument', async () => {
    const { edges } = await feed(ana, { filter: 'FOLLOWING', first: 1 });
    const cursor = edges[0].cursor;
    const forged = Buffer.from(JSON.stringify(['0000-01-01T00:00:00.000Z', '0193a0b4-1c2d-7e3f-8a9b-0c1d2e3f4a5b'])).toString('base64url');
    const cases: Array<[PageArgs, string]> = [
      [{ filter: 'FOLLOWING', first: 5, last: 5 }, 'last'],
      [{ filter: 'TO_ME', after: cursor, before: cursor }, 'before'],
      [{ filter: 'SOCIAL', first: 5, before: cursor }, 'first'],
      [{ filter: 'BOOKMARKED', last: 5, after: cursor }, 'after'],
      [{ filter: 'FOLLOWING', last: 5, before: 'not-a-cursor' }, 'before'],
      [{ filter: 'TO_ME', last: 5, before: forged }, 'before'],
      [{ filter: 'FOLLOWING', last: 0, before: cursor }, 'last'],
      [{ filter: 'FOLLOWING', last: 101 }, 'last'],
      [{ filter: 'FOLLOWING', first: 101 }, 'first'],
    ];
    for (const [args, field] of cases) {
      const result = await gql(api.url, FEED, { ...args }, ana.token);
      expect({ args, code: result.errors?.[0]?.extensions?.code, field: result.errors?.[0]?.extensions?.field }).toEqual({
        args,
        code: 'BAD_USER_INPUT',
        field,
      });
      expect(result.errors?.[0].message.startsWith(`${field}:`)).toBe(true);
      expect(result.status).toBeLessThan(500);
    }
  });

  it('reads a backward page in the same fixed number of statements as a forward one, whatever its size', async () => {
    const { edges } = await feed(rita, { filter: 'FOLLOWING', first: 100 });
    const oldest = edges.at(-1)!.cursor;
    const FULL = `query($first: Int, $last: Int, $before: String) {
      feed(first: $first, last: $last, before: $before) {
        edges { cursor node { id body subject { name } actor { name teams { name } } commentCount reactions { count reactedByMe }
          mentions { name } topics { name } comments { body author { name } reactions { count } } isBookmarkedByMe isMutedByMe } }
        pageInfo { hasPreviousPage startCursor }
      }
    }`;
    const statements = async (variables: Record<string, unknown>, expected: number) => {
      const res = await request(api.url)
        .post('/graphql')
        .set('authorization', `Bearer ${rita.token}`)
        .set('x-tidings-diagnostics', '1')
        .send({ query: FULL, variables });
      const body = res.body as DiagnosedAnswer;
      expect(body.errors).toBeUndefined();
      expect(body.data.feed.edges).toHaveLength(expected);
      return body.extensions.diagnostics.sqlStatements;
    };
    const backward = [await statements({ last: 2, before: oldest }, 2), await statements({ last: 15, before: oldest }, 15)];
    const forward = await statements({ first: 15 }, 15);
    expect(backward[0]).toBe(backward[1]);
    expect(backward[1]).toBe(forward);
  });
});
