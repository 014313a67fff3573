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

    const pill = ana.getByTestId('new-items-pill');
    await pill.filter({ hasText: `${CHANGES} new updates` }).waitFor({ timeout: 15_000 });
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

    // Bo's 20 changes on top, in the server's order, then what Ana was reading.
    const { feed } = await gqlOk<{ feed: { edges: Array<{ node: { id: string; actor: { name: string } | null } }> } }>(
      api.url,
      `query($n: Int!) { feed(filter: FOLLOWING, first: $n) { edges { node { id actor { name } } } } }`,
      { n: CHANGES },
      anaApi.token,
    );
    expect(feed.edges.every((edge) => edge.node.actor?.name === 'Bo Chen')).toBe(true);
    const expected = [...feed.edges.map((edge) => edge.node.id), ...before];
    await ana.waitForFunction(
      (count) => document.querySelectorAll('[aria-label="Following feed"] [data-testid="feed-item"]').length >= count,
      expected.length,
    );
    expect((await shownIds()).slice(0, expected.length)).toEqual(expected);
    await ana.getByTestId('new-items-bar').filter({ hasText: 'Up to date' }).waitFor();
    expect(await cards().first().textContent()).toContain('$170,000');
    expect(await cspViolations(ana)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 90_000);
});
