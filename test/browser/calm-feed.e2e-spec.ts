import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { gqlOk } from '../support/graphql';
import { cspViolations, launchChromium, requireChromium, signInFromDemo, watchedPage } from '../support/browser';
import { login, TestEmployee } from '../factories/org';

requireChromium();

const CHANGES = 20;
// `npm run screenshots` sets this: the journey then pictures the bar for the README.
const SCREENSHOTS = process.env.SCREENSHOTS === 'on' ? join(__dirname, '..', '..', 'docs', 'screenshots') : null;

interface FeedNode {
  id: string;
  actor: { name: string } | null;
}

interface ShiftWindow {
  layoutShift: number;
  layoutShifts: number;
}

/**
 * Acceptance 3 of the web client: Ana reads the top of her feed while Bo makes 20 changes. Nothing
 * on her screen moves (cumulative layout shift, measured by the browser, stays under 0.1); the
 * items wait under a "20 new" bar that covers nothing, and one click shows them.
 */
describe('a calm live feed in a browser', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let browser: Browser;
  let ana: Page;
  let anaApi: TestEmployee;
  let bo: TestEmployee;
  let acmeId: string;
  const consoleErrors: string[] = [];

  const cards = () => ana.getByRole('region', { name: 'Following feed' }).getByTestId('feed-item');
  const shownIds = () => cards().evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-activity-id') ?? ''));

  /** Ana's feed as the server has it, above the activity `id`. */
  async function newerThan(id: string): Promise<FeedNode[]> {
    const { feed } = await gqlOk<{ feed: { edges: Array<{ node: FeedNode }> } }>(
      api.url,
      `query { feed(filter: FOLLOWING, first: 100) { edges { node { id actor { name } } } } }`,
      {},
      anaApi.token,
    );
    const nodes = feed.edges.map((edge) => edge.node);
    const at = nodes.findIndex((node) => node.id === id);
    return at < 0 ? nodes : nodes.slice(0, at);
  }

  beforeAll(async () => {
    db = await createTestDatabase('browser_calm_feed');
    api = await startApi(db.url, { NODE_ENV: 'production', DEMO: 'on', SIMULATOR: 'off' });
    browser = await launchChromium();
    anaApi = await login(api.url, 'ana@demo.tidings.dev', 'tidings-demo');
    bo = await login(api.url, 'bo@demo.tidings.dev', 'tidings-demo');
    const { deals } = await gqlOk<{ deals: Array<{ id: string; name: string }> }>(api.url, '{ deals(first: 200) { id name } }', {}, bo.token);
    acmeId = deals.find((d) => d.name === 'Acme Renewal')!.id;
    ({ page: ana } = await watchedPage(browser, 'Ana', consoleErrors));
    await signInFromDemo(ana, api.url, 'Ana Silva');
    await ana.getByTestId('connection-status').filter({ hasText: /live/i }).waitFor();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await db?.drop();
  });

  it(`keeps the top of the feed still while ${CHANGES} changes arrive, and shows them under the bar on click`, async () => {
    await cards().first().waitFor();
    await ana.waitForLoadState('networkidle');
    const before = await shownIds();
    const firstCard = cards().first();
    const firstBox = await firstCard.boundingBox();

    // The browser's own layout-shift entries, from now on (shifts right after input do not count).
    const supported = await ana.evaluate(() => {
      const w = window as unknown as ShiftWindow;
      w.layoutShift = 0;
      w.layoutShifts = 0;
      if (!PerformanceObserver.supportedEntryTypes.includes('layout-shift')) return false;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
          if (entry.hadRecentInput) continue;
          w.layoutShift += entry.value;
          w.layoutShifts += 1;
        }
      }).observe({ type: 'layout-shift' });
      return true;
    });
    expect(supported).toBe(true);
    expect(await ana.evaluate(() => window.scrollY)).toBe(0);

    for (let i = 1; i <= CHANGES; i += 1) {
      await gqlOk(api.url, 'mutation($id: ID!, $a: Float!) { updateDeal(id: $id, input: { amount: $a }) { id } }', { id: acmeId, a: 150_000 + i * 1_000 }, bo.token);
    }

    // The bar counts what the server put above the card Ana is reading: Bo's 20 changes (and
    // anything else that reached her feed meanwhile, so a busy server cannot make this flaky).
    const pill = ana.getByTestId('new-items-pill');
    let arrived: FeedNode[];
    const deadline = Date.now() + 30_000;
    for (;;) {
      arrived = await newerThan(before[0]);
      const shown = (await pill.count()) > 0 ? await pill.getAttribute('data-count') : null;
      if (arrived.filter((node) => node.actor?.name === 'Bo Chen').length >= CHANGES && shown === String(arrived.length)) break;
      if (Date.now() > deadline) throw new Error(`the bar says ${shown ?? 'nothing'}, the server has ${arrived.length} new items`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await pill.filter({ hasText: `${arrived.length} new updates` }).waitFor();
    // Said to screen readers too (politely, throttled: the latest count within the interval).
    await ana.getByTestId('new-items-announcement').filter({ hasText: /new updates?/ }).waitFor({ timeout: 15_000 });

    // Nothing moved: the same cards, the first one where it was, and the bar above it, not over it.
    expect(await shownIds()).toEqual(before);
    expect(await firstCard.boundingBox()).toEqual(firstBox);
    const bar = await ana.getByTestId('new-items-bar').boundingBox();
    expect(bar!.y + bar!.height).toBeLessThanOrEqual(firstBox!.y);
    const shift = await ana.evaluate(() => (window as unknown as ShiftWindow).layoutShift);
    expect(shift).toBeLessThan(0.1);
    if (SCREENSHOTS) await ana.screenshot({ path: join(SCREENSHOTS, 'feed-new-items-desktop-light.png') });

    await pill.click();

    // What came (Bo's 20 changes) on top, in the server's order, then what Ana was reading.
    const expected = [...arrived.map((node) => node.id), ...before];
    await ana.waitForFunction(
      (count) => document.querySelectorAll('[aria-label="Following feed"] [data-testid="feed-item"]').length >= count,
      expected.length,
    );
    expect((await shownIds()).slice(0, expected.length)).toEqual(expected);
    await ana.getByTestId('new-items-bar').filter({ hasText: 'Up to date' }).waitFor();
    const newestOfBo = arrived.find((node) => node.actor?.name === 'Bo Chen')!;
    expect(await ana.locator(`[data-activity-id="${newestOfBo.id}"]`).textContent()).toContain('$170,000');
    expect(await cspViolations(ana)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 90_000);
});
