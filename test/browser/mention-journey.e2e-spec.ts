import { Browser, Page } from 'playwright-core';
import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { gqlOk } from '../support/graphql';
import { cspViolations, launchChromium, requireChromium, signInFromDemo, watchedPage } from '../support/browser';
import { login } from '../factories/org';

requireChromium();

const BODY = '@ana see https://example.com/q3 #renewal';

/**
 * Acceptance 4 of the web client, as one story: Bo posts "@ana see https://example.com/q3 #renewal"
 * on a deal. Ana's bell and tab title count it live; in the post the mention links to her profile,
 * the address and the topic are links; opening the notification scrolls to the post and highlights it.
 */
describe('a mention with a link and a topic, from post to notification, in a browser', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let browser: Browser;
  let ana: Page;
  let bo: Page;
  let anaId: string;
  let acmeId: string;
  let unreadBefore: number;
  const consoleErrors: string[] = [];

  const bell = () => ana.getByTestId('notification-bell');

  async function signIn(name: string): Promise<Page> {
    const { page } = await watchedPage(browser, name, consoleErrors);
    await signInFromDemo(page, api.url, name);
    await page.getByTestId('connection-status').filter({ hasText: /live/i }).waitFor();
    return page;
  }

  beforeAll(async () => {
    db = await createTestDatabase('browser_mention_journey');
    api = await startApi(db.url, { NODE_ENV: 'production', DEMO: 'on', SIMULATOR: 'off' });
    browser = await launchChromium();
    const anaApi = await login(api.url, 'ana@demo.tidings.dev', 'tidings-demo');
    anaId = anaApi.id;
    const { deals } = await gqlOk<{ deals: Array<{ id: string; name: string }> }>(api.url, '{ deals(first: 200) { id name } }', {}, anaApi.token);
    acmeId = deals.find((d) => d.name === 'Acme Renewal')!.id;
    ana = await signIn('Ana Silva');
    bo = await signIn('Bo Chen');
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await db?.drop();
  });

  it("counts Bo's mention on Ana's bell and in her tab title, live", async () => {
    await ana.getByRole('heading', { level: 1, name: 'Following' }).waitFor();
    unreadBefore = Number(await bell().getAttribute('data-unread'));
    const expectedTitle = `(${unreadBefore + 1}) Following · Tidings`;
    const navigations: string[] = [];
    ana.on('framenavigated', (frame) => frame === ana.mainFrame() && navigations.push(frame.url()));

    await bo.goto(`${api.url}/deals/${acmeId}`);
    await bo.getByTestId('record-title').filter({ hasText: 'Acme Renewal' }).waitFor();
    await bo.getByTestId('post-body').fill(BODY);
    await bo.getByTestId('post-submit').click();
    await bo.getByTestId('feed-item').filter({ hasText: BODY }).first().waitFor({ timeout: 3000 });

    await ana.locator(`[data-testid="notification-bell"][data-unread="${unreadBefore + 1}"]`).waitFor({ timeout: 5000 });
    expect(await bell().getAttribute('aria-label')).toBe(`Notifications, ${unreadBefore + 1} unread`);
    await ana.waitForFunction((title) => document.title === title, expectedTitle, { timeout: 3000 });
    expect(navigations).toEqual([]);
  });

  it('scrolls to the post and highlights it when Ana opens the notification', async () => {
    await bell().click();
    const item = ana.getByTestId('notification-item').filter({ hasText: 'Bo Chen mentioned you on Acme Renewal' }).first();
    await item.waitFor();
    expect(await item.getByTestId('notification-preview').textContent()).toContain('see https://example.com/q3');

    await item.click();

    await ana.getByTestId('record-title').filter({ hasText: 'Acme Renewal' }).waitFor();
    expect(new URL(ana.url()).hash).toMatch(/^#activity-/);
    const post = ana.locator('[data-testid="feed-item"].is-focused');
    await post.waitFor({ timeout: 5000 });
    expect(await post.textContent()).toContain(BODY);
    // In view, and where the keyboard is.
    const box = await post.boundingBox();
    const viewport = ana.viewportSize()!;
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + Math.min(box!.height, 100)).toBeLessThanOrEqual(viewport.height);
    expect(await post.evaluate((node) => node === document.activeElement)).toBe(true);
    // Opening it read it.
    await ana.locator(`[data-testid="notification-bell"][data-unread="${unreadBefore}"]`).waitFor({ timeout: 3000 });
  });

  it('links the mention to Ana, the address to its page and the topic to its page', async () => {
    const post = ana.getByTestId('feed-item').filter({ hasText: BODY }).first();
    const mention = post.getByRole('link', { name: '@ana' });
    expect(await mention.getAttribute('href')).toBe(`/people/${anaId}`);
    expect(await mention.getAttribute('title')).toBe('Ana Silva');
    const address = post.getByRole('link', { name: 'https://example.com/q3' });
    expect(await address.getAttribute('href')).toBe('https://example.com/q3');
    expect(await address.getAttribute('rel')).toContain('noopener');
    const topic = post.getByRole('link', { name: '#renewal' });
    expect(await topic.getAttribute('href')).toBe('/topics/renewal');

    await topic.click();
    await ana.getByRole('heading', { level: 1, name: '#renewal' }).waitFor();
    await ana.getByTestId('feed-item').filter({ hasText: BODY }).first().waitFor();
    await ana.goBack();
    await mention.click();
    await ana.getByRole('heading', { level: 1, name: 'Ana Silva' }).waitFor();

    expect(await cspViolations(ana)).toEqual([]);
    expect(await cspViolations(bo)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
