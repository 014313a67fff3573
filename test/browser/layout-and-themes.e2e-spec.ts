import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser } from 'playwright-core';
import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { gqlOk } from '../support/graphql';
import { seriousViolations } from '../support/axe';
import { launchChromium, requireChromium, signInFromDemo } from '../support/browser';
import { login } from '../factories/org';

requireChromium();

// `npm run screenshots` sets this: the journeys then write the pictures the README shows.
const SCREENSHOTS = process.env.SCREENSHOTS === 'on' ? join(__dirname, '..', '..', 'docs', 'screenshots') : null;

/** Every page at 1280 and 390 px, light and dark: one h1, no sideways scroll, the theme applied, no serious axe finding. */
describe('every page on a desktop and a phone, in both themes', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let browser: Browser;
  let pages: Array<{ name: string; path: string }>;

  beforeAll(async () => {
    db = await createTestDatabase('browser_layout');
    api = await startApi(db.url, { NODE_ENV: 'production', DEMO: 'on', SIMULATOR: 'off' });
    browser = await launchChromium();
    const ana = await login(api.url, 'ana@demo.tidings.dev', 'tidings-demo');
    const q = <T>(query: string) => gqlOk<T>(api.url, query, {}, ana.token);
    const { accounts } = await q<{ accounts: Array<{ id: string }> }>('{ accounts(first: 1) { id } }');
    const { deals } = await q<{ deals: Array<{ id: string }> }>('{ deals(first: 1) { id } }');
    const { cases } = await q<{ cases: Array<{ id: string }> }>('{ cases(first: 1) { id } }');
    const { documents } = await q<{ documents: Array<{ id: string }> }>('{ documents(first: 1) { id } }');
    const { trendingTopics } = await q<{ trendingTopics: Array<{ topic: { name: string } }> }>('{ trendingTopics(first: 1) { topic { name } } }');
    pages = [
      { name: 'feed', path: '/' },
      { name: 'mentions', path: '/mentions' },
      { name: 'accounts', path: '/accounts' },
      { name: 'account', path: `/accounts/${accounts[0].id}` },
      { name: 'deal', path: `/deals/${deals[0].id}` },
      { name: 'case', path: `/cases/${cases[0].id}` },
      { name: 'document', path: `/documents/${documents[0].id}` },
      { name: 'saved', path: '/saved' },
      { name: 'notifications', path: '/notifications' },
      { name: 'follows', path: '/follows' },
      { name: 'search', path: '/search?q=renewal' },
      { name: 'topic', path: `/topics/${encodeURIComponent(trendingTopics[0]?.topic.name ?? 'renewal')}` },
      { name: 'person', path: `/people/${ana.id}` },
      { name: 'social inbox', path: '/social' },
      { name: 'insights', path: '/insights' },
    ];
    if (SCREENSHOTS) mkdirSync(SCREENSHOTS, { recursive: true });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await db?.drop();
  });

  const combos = [
    { theme: 'light', width: 1280, height: 800 },
    { theme: 'dark', width: 1280, height: 800 },
    { theme: 'light', width: 390, height: 844 },
    { theme: 'dark', width: 390, height: 844 },
  ] as const;

  for (const { theme, width, height } of combos) {
    it(`renders every page ${theme} at ${width} px: one h1, no sideways scroll, no serious accessibility finding`, async () => {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme: theme });
      const page = await context.newPage();
      try {
        await signInFromDemo(page, api.url, 'Ana Silva');
        const problems: string[] = [];
        for (const { name, path } of pages) {
          await page.goto(`${api.url}${path}`);
          await page.locator('main h1').first().waitFor();
          // Let loaded data settle before measuring.
          await page.waitForLoadState('networkidle');
          const facts = await page.evaluate(() => ({
            h1s: document.querySelectorAll('h1').length,
            scrollWidth: document.documentElement.scrollWidth,
            innerWidth: window.innerWidth,
            theme: document.documentElement.dataset.theme,
            background: getComputedStyle(document.body).backgroundColor,
          }));
          if (facts.h1s !== 1) problems.push(`${name}: ${facts.h1s} h1 elements`);
          if (facts.scrollWidth > facts.innerWidth) problems.push(`${name}: ${facts.scrollWidth} px wide in a ${facts.innerWidth} px window`);
          if (facts.theme !== theme) problems.push(`${name}: theme ${String(facts.theme)}`);
          const [r, g, b] = (facts.background.match(/\d+/g) ?? []).map(Number);
          const luminance = (0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)) / 255;
          if (theme === 'dark' ? luminance > 0.3 : luminance < 0.7) problems.push(`${name}: background ${facts.background} in the ${theme} theme`);
          for (const violation of await seriousViolations(page)) problems.push(`${name}: ${violation}`);
          if (SCREENSHOTS && ['feed', 'deal', 'notifications', 'follows'].includes(name) && (width > 500 || name === 'feed')) {
            await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width > 500 ? 'desktop' : 'phone'}-${theme}.png`) });
          }
        }
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    }, 120_000);
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`has no serious accessibility finding with the menus, panels and drawer open (${theme})`, async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: theme });
      const page = await context.newPage();
      try {
        await signInFromDemo(page, api.url, 'Ana Silva');
        const problems: string[] = [];
        const scan = async (what: string) => {
          for (const violation of await seriousViolations(page)) problems.push(`${what}: ${violation}`);
        };

        await page.getByTestId('current-employee').click();
        await page.getByTestId('profile-menu').getByRole('menuitem', { name: 'My follows' }).waitFor();
        await scan('profile menu');
        await page.keyboard.press('Escape');
        await page.getByTestId('profile-menu').waitFor({ state: 'detached' });

        await page.getByTestId('notification-bell').click();
        await page.getByTestId('notification-panel').waitFor();
        await page.waitForLoadState('networkidle');
        await scan('notification panel');
        await page.keyboard.press('Escape');
        await page.getByTestId('notification-panel').waitFor({ state: 'detached' });

        await page.getByTestId('nav-toggle').click();
        await page.getByTestId('nav-following').waitFor({ state: 'visible' });
        await scan('navigation drawer');
        await page.keyboard.press('Escape');
        await page.getByTestId('nav-following').waitFor({ state: 'detached' });

        await page.getByTestId('current-employee').click();
        await page.getByTestId('profile-menu').getByRole('menuitem', { name: 'My follows' }).click();
        await page.getByRole('heading', { level: 1, name: 'My follows' }).waitFor();
        await page.getByTestId('follow-filter-button').first().click();
        await page.getByRole('dialog', { name: 'Notify me about' }).waitFor();
        await scan('follow filter');
        if (SCREENSHOTS && theme === 'light') await page.screenshot({ path: join(SCREENSHOTS, 'follows-phone-light.png') });

        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    }, 60_000);
  }

  it('puts the feed first on a phone, with the navigation in a drawer and the notification panel on screen', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    try {
      await signInFromDemo(page, api.url, 'Ana Silva');
      await page.getByTestId('feed-item').first().waitFor();
      const headerBottom = (await page.locator('.topbar').boundingBox())?.height ?? 0;
      const heading = await page.locator('main h1').boundingBox();
      expect(heading?.y).toBeLessThan(headerBottom + 40);
      expect(await page.getByTestId('nav-following').isVisible()).toBe(false);

      // The drawer closes from its close button, from a tap beside it, and by following a link in it.
      await page.getByTestId('nav-toggle').click();
      await page.getByTestId('nav-following').waitFor({ state: 'visible' });
      await page.getByRole('dialog', { name: 'Navigation' }).getByRole('button', { name: 'Close navigation' }).click();
      await page.getByTestId('nav-following').waitFor({ state: 'detached' });
      await page.getByTestId('nav-toggle').click();
      await page.getByTestId('nav-following').waitFor({ state: 'visible' });
      await page.mouse.click(370, 400);
      await page.getByTestId('nav-following').waitFor({ state: 'detached' });
      await page.getByTestId('nav-toggle').click();
      await page.getByTestId('nav-following').waitFor({ state: 'visible' });
      await page.getByTestId('nav-notifications').click();
      await page.getByTestId('notifications-page').waitFor();
      await page.getByTestId('nav-following').waitFor({ state: 'hidden' });

      await page.getByTestId('notification-bell').click();
      await page.getByTestId('notification-panel').getByText('Loading…').waitFor({ state: 'detached' });
      const panel = await page.getByTestId('notification-panel').boundingBox();
      expect(panel).not.toBeNull();
      expect(panel!.x).toBeGreaterThanOrEqual(0);
      expect(panel!.x + panel!.width).toBeLessThanOrEqual(390);
      if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'notifications-panel-phone-light.png') });
    } finally {
      await context.close();
    }
  });
});
