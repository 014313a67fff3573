import { Browser, Page } from 'playwright-core';
import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { gqlOk } from '../support/graphql';
import { cspViolations, launchChromium, requireChromium, signInFromDemo, watchedPage } from '../support/browser';
import { login } from '../factories/org';

requireChromium();

const DEMO_PASSWORD = 'tidings-demo';

/** Ana @mentions Bo from the composer's autocomplete; Bo's bell, panel and Mentions tab follow live. */
describe('mentions and notifications in a browser', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let browser: Browser;
  let ana: Page;
  let bo: Page;
  let acmeId: string;
  const consoleErrors: string[] = [];

  async function signIn(name: string): Promise<Page> {
    const { page } = await watchedPage(browser, name, consoleErrors);
    await signInFromDemo(page, api.url, name);
    await page.getByTestId('connection-status').filter({ hasText: /live/i }).waitFor();
    return page;
  }

  const bell = (page: Page) => page.getByTestId('notification-bell');
  // The record page has other options (the owner select): look in the mention list only.
  const mentionList = (page: Page) => page.getByRole('listbox', { name: 'People and teams to mention' });
  const mentionOption = (page: Page, name: string) => mentionList(page).getByRole('option').filter({ hasText: name });
  const badge = (page: Page) => page.getByTestId('notification-badge');

  beforeAll(async () => {
    db = await createTestDatabase('browser_notify');
    // Production mode, as users get it: full CSP; the demo org gives it people and Acme Renewal.
    api = await startApi(db.url, { NODE_ENV: 'production', DEMO: 'on', SIMULATOR: 'off' });
    browser = await launchChromium();
    // Bo starts with nothing unread, whatever the demo seeding left him.
    const boApi = await login(api.url, 'bo@demo.tidings.dev', DEMO_PASSWORD);
    await gqlOk(api.url, 'mutation { markNotificationsRead(all: true) }', {}, boApi.token);
    const { deals } = await gqlOk<{ deals: Array<{ id: string; name: string }> }>(api.url, '{ deals(first: 200) { id name } }', {}, boApi.token);
    acmeId = deals.find((d) => d.name === 'Acme Renewal')!.id;
    ana = await signIn('Ana Silva');
    bo = await signIn('Bo Chen');
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await db?.drop();
  });

  it('shows Bo a quiet bell before anything is addressed to him', async () => {
    await bell(bo).waitFor();
    expect(await bell(bo).getAttribute('aria-label')).toBe('Notifications, none unread');
    expect(await badge(bo).count()).toBe(0);
  });

  it('lets Ana pick Bo from the @autocomplete on Acme Renewal and post', async () => {
    await ana.goto(`${api.url}/deals/${acmeId}`);
    await ana.getByTestId('record-title').filter({ hasText: 'Acme Renewal' }).waitFor();
    const body = ana.getByTestId('post-body');
    await body.click();
    await body.pressSequentially('@b');
    const option = mentionOption(ana, 'Bo Chen');
    await option.waitFor();
    expect(await option.textContent()).toContain('@bo');
    expect(await option.textContent()).not.toMatch(/won't be notified/i); // Bo can open the deal
    await option.click();
    expect(await body.inputValue()).toBe('@bo ');
    expect(await mentionList(ana).count()).toBe(0);
    await body.pressSequentially('can you join the kickoff call?');
    await ana.getByTestId('post-submit').click();
    await ana.getByTestId('feed-item').filter({ hasText: '@bo can you join the kickoff call?' }).first().waitFor({ timeout: 3000 });
  });

  it("turns Bo's badge to 1 without a reload, and his panel says who mentioned him where", async () => {
    const navigations: string[] = [];
    bo.on('framenavigated', (frame) => frame === bo.mainFrame() && navigations.push(frame.url()));
    await badge(bo).filter({ hasText: /^1$/ }).waitFor({ timeout: 5000 });
    expect(await bell(bo).getAttribute('aria-label')).toBe('Notifications, 1 unread');
    expect(navigations).toEqual([]);

    await bell(bo).click();
    const item = bo.getByTestId('notification-item').filter({ hasText: 'Ana Silva mentioned you on Acme Renewal' });
    await item.waitFor();
    expect(await item.getAttribute('data-read')).toBe('false');
    expect(await item.textContent()).toContain('Unread');
  });

  it('takes Bo to the deal when he opens the notification, and marks it read', async () => {
    await bo.getByTestId('notification-item').filter({ hasText: 'mentioned you on Acme Renewal' }).first().click();
    await bo.getByTestId('record-title').filter({ hasText: 'Acme Renewal' }).waitFor();
    await bo.getByTestId('feed-item').filter({ hasText: 'can you join the kickoff call?' }).first().waitFor();
    await badge(bo).waitFor({ state: 'detached', timeout: 3000 });
    expect(await bell(bo).getAttribute('aria-label')).toBe('Notifications, none unread');
    expect(await bo.getByTestId('notification-panel').count()).toBe(0);
  });

  it('autocompletes in a comment too, and "Mark all read" clears the badge', async () => {
    const post = ana.getByTestId('feed-item').filter({ hasText: 'can you join the kickoff call?' }).first();
    await post.getByTestId('comment-toggle').click();
    const comment = post.getByTestId('comment-body');
    await comment.click();
    await comment.pressSequentially('Thanks @b');
    await mentionOption(ana, 'Bo Chen').waitFor();
    await comment.press('Enter'); // picks the highlighted (first) candidate, does not send
    expect(await comment.inputValue()).toBe('Thanks @bo ');
    await comment.pressSequentially('see you there');
    await comment.press('Enter');
    await post.getByTestId('comment').filter({ hasText: 'Thanks @bo see you there' }).waitFor({ timeout: 3000 });

    await badge(bo).filter({ hasText: /^1$/ }).waitFor({ timeout: 5000 });
    await bell(bo).click();
    await bo.getByTestId('notification-item').filter({ hasText: 'Ana Silva mentioned you in a comment on Acme Renewal' }).waitFor();
    await bo.getByRole('button', { name: 'Mark all read' }).click();
    await badge(bo).waitFor({ state: 'detached', timeout: 3000 });
    expect(await bo.getByTestId('notification-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-read')))).not.toContain('false');
    await bo.keyboard.press('Escape');
    expect(await bo.getByTestId('notification-panel').count()).toBe(0);
  });

  it("lists the post in Bo's Mentions & replies tab", async () => {
    await bo.getByTestId('nav-following').click();
    await bo.getByRole('link', { name: 'Mentions & replies' }).click();
    await bo.getByRole('heading', { name: 'Mentions & replies' }).waitFor();
    await bo.getByTestId('feed-item').filter({ hasText: '@bo can you join the kickoff call?' }).first().waitFor({ timeout: 3000 });
  });

  it("warns Ana that someone who cannot open a private record won't be notified, and Escape closes the list", async () => {
    const anaApi = await login(api.url, 'ana@demo.tidings.dev', DEMO_PASSWORD);
    const { accounts } = await gqlOk<{ accounts: Array<{ id: string; name: string }> }>(api.url, '{ accounts(first: 200) { id name } }', {}, anaApi.token);
    const gringotts = accounts.find((a) => a.name === 'Gringotts Bank')!; // private to Sales EMEA
    await ana.goto(`${api.url}/accounts/${gringotts.id}`);
    await ana.getByTestId('record-title').filter({ hasText: 'Gringotts Bank' }).waitFor();
    const body = ana.getByTestId('post-body');
    await body.click();
    await body.pressSequentially('@eli');
    const elif = mentionOption(ana, 'Elif Yilmaz');
    await elif.waitFor();
    expect(await elif.textContent()).toContain("Won't be notified: can't see this record");
    await body.press('Escape');
    await mentionList(ana).waitFor({ state: 'detached' });
    expect(await body.inputValue()).toBe('@eli');
  });

  it('runs under the content security policy without violating it', async () => {
    expect(consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    for (const page of [ana, bo]) {
      expect(await cspViolations(page)).toEqual([]);
    }
  });
});
