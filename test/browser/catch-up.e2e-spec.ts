import { Browser, BrowserContext, Page } from 'playwright-core';
import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { gqlOk } from '../support/graphql';
import { launchChromium, requireChromium, signInFromDemo, watchedPage } from '../support/browser';
import { login, TestEmployee } from '../factories/org';

requireChromium();

const GAP = 150;

interface FeedIds {
  feed: { edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

/**
 * Reconnect without gaps: Ana's page loses its connection while two colleagues write 150 posts;
 * once the connection is back her page holds all of them, in the feed's order, each once, right
 * above what she already had.
 */
describe('catching up after a lost connection, in a browser', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let ana: TestEmployee;
  let bo: TestEmployee;
  let kira: TestEmployee;
  let dealId: string;
  const consoleErrors: string[] = [];
  const stamp = Date.now().toString(36);

  const status = () => page.getByTestId('connection-status');
  const cards = () => page.getByRole('region', { name: 'Following feed' }).getByTestId('feed-item');
  // Case-sensitive: "Before the gap" is not one of them.
  const gapCards = () => cards().filter({ hasText: new RegExp(`Gap ${stamp} #\\d+ from`) });
  const post = (who: TestEmployee, body: string) =>
    gqlOk<{ post: { id: string } }>(api.url, 'mutation($s: ID!, $b: String!) { post(input: { subjectId: $s, body: $b }) { id } }', { s: dealId, b: body }, who.token);

  /** Ana's FOLLOWING feed as the API pages it, newest first. */
  async function feedIds(count: number): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    while (ids.length < count) {
      const page: FeedIds = await gqlOk<FeedIds>(
        api.url,
        'query($after: String) { feed(filter: FOLLOWING, first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
        { after },
        ana.token,
      );
      ids.push(...page.feed.edges.map((e) => e.node.id));
      if (!page.feed.pageInfo.hasNextPage) break;
      after = page.feed.pageInfo.endCursor;
    }
    return ids.slice(0, count);
  }

  async function until(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  beforeAll(async () => {
    db = await createTestDatabase('browser_catch_up');
    // 150 posts in a burst are more than the default mutation budget allows in a minute.
    api = await startApi(db.url, { NODE_ENV: 'production', DEMO: 'on', SIMULATOR: 'off', RATE_LIMIT_MUTATIONS_PER_MINUTE: '1000' });
    browser = await launchChromium();
    [ana, bo, kira] = await Promise.all(['ana', 'bo', 'kira'].map((who) => login(api.url, `${who}@demo.tidings.dev`, 'tidings-demo')));
    const { deals } = await gqlOk<{ deals: Array<{ id: string; name: string }> }>(api.url, '{ deals(first: 200) { id name } }', {}, ana.token);
    const deal = deals.find((d) => d.name === 'Acme Renewal');
    expect(deal).toBeDefined();
    dealId = deal!.id;
    await gqlOk(api.url, 'mutation($s: ID!) { follow(subjectId: $s) }', { s: dealId }, ana.token);
    ({ page, context } = await watchedPage(browser, 'Ana', consoleErrors, 900));
    await signInFromDemo(page, api.url, 'Ana Silva');
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await api?.stop();
    await db?.drop();
  });

  it(`fills a gap of ${GAP} posts from two colleagues, in order, once each`, async () => {
    await status().filter({ hasText: /live/i }).waitFor();
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => frame === page.mainFrame() && navigations.push(frame.url()));

    // Live first: the newest card on screen is the one catch-up will page from.
    const before = (await post(bo, `Before the gap ${stamp}`)).post.id;
    await page.getByTestId('new-items-pill').filter({ hasText: '1 new update' }).click({ timeout: 5000 });
    await page.locator(`[data-testid="feed-item"][data-activity-id="${before}"]`).waitFor({ timeout: 5000 });
    const shownBefore = await cards().count();

    // The connection drops, and stays down while Bo and Kira write, side by side.
    await context.setOffline(true);
    await status().filter({ hasText: /reconnecting|offline/i }).waitFor({ timeout: 60_000 });
    const written: string[] = [];
    await Promise.all(
      [bo, kira].map(async (who, w) => {
        for (let i = w; i < GAP; i += 2) written.push((await post(who, `Gap ${stamp} #${i} from ${w === 0 ? 'Bo' : 'Kira'}`)).post.id);
      }),
    );
    expect(written).toHaveLength(GAP);
    await until('the fan-out of the gap', async () => (await feedIds(GAP + 1))[GAP] === before);
    // Nothing reached the page meanwhile.
    expect(await gapCards().count()).toBe(0);

    await context.setOffline(false);
    await status().filter({ hasText: /live/i }).waitFor({ timeout: 60_000 });
    // What was missed waits behind the bar like any other news, counted once each.
    await page.getByTestId('new-items-pill').filter({ hasText: `${GAP} new updates` }).click({ timeout: 60_000 });
    await until(`${GAP} caught-up cards`, async () => (await gapCards().count()) >= GAP);

    // The page, top to bottom, is the feed as the server orders it: the 150, then what was there.
    const expected = await feedIds(shownBefore + GAP);
    const shown = await cards().evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-activity-id') ?? ''));
    expect(new Set(shown).size).toBe(shown.length);
    expect(shown).toHaveLength(shownBefore + GAP);
    expect(shown).toEqual(expected);
    expect(new Set(shown.slice(0, GAP))).toEqual(new Set(written));
    expect(shown[GAP]).toBe(before);
    expect(navigations).toEqual([]);
    // Only the lost connection's own failures were logged.
    expect(consoleErrors.filter((e) => !/ERR_INTERNET_DISCONNECTED|socket\.io/i.test(e))).toEqual([]);
  });

  it('brings an old post back to the top of Mentions & replies when someone replies to it', async () => {
    const mention = (body: string) => `@${ana.handle} ${body} ${stamp}`;
    const older = (await post(bo, mention('can you check the quote?'))).post.id;
    const newer = (await post(kira, mention('the pricing sheet is ready'))).post.id;
    await page.getByTestId('tab-mentions').click();
    const mentions = page.getByRole('region', { name: 'Mentions and replies' }).getByTestId('feed-item');
    const order = () => mentions.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-activity-id') ?? ''));
    await mentions.first().waitFor();
    expect((await order()).slice(0, 2)).toEqual([newer, older]);

    await gqlOk(api.url, 'mutation($a: ID!, $b: String!) { comment(activityId: $a, body: $b) { id } }', { a: older, b: mention('signed, see attached') }, kira.token);
    await page.getByTestId('new-items-pill').filter({ hasText: '1 new update' }).click({ timeout: 10_000 });

    await until('the replied-to post at the top', async () => (await order())[0] === older, 10_000);
    const shown = await order();
    expect(shown.slice(0, 2)).toEqual([older, newer]);
    expect(new Set(shown).size).toBe(shown.length);
    const { feed } = await gqlOk<FeedIds>(api.url, `query($n: Int) { feed(filter: TO_ME, first: $n) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`, { n: shown.length }, ana.token);
    expect(shown).toEqual(feed.edges.map((e) => e.node.id));
  });
});
