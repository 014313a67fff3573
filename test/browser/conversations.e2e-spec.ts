import { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { gqlOk } from '../support/graphql';
import { cspViolations, launchChromium, requireChromium, signInFromDemo, watchedPage } from '../support/browser';
import { login } from '../factories/org';

requireChromium();

const LIVE = { timeout: 5000 };

/**
 * Two colleagues on the same deal, each in their own browser: reactions, an edit and a removal
 * reaching the other person's screen live, a bookmark, and a #topic's page.
 */
describe('conversations in a browser', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let ana: Page;
  let bo: Page;
  let dealPath: string;
  let postId: string;
  let keptId: string;
  const boNavigations: string[] = [];
  const consoleErrors: string[] = [];
  const stamp = Date.now().toString(36);
  const first = `Kickoff booked with Acme for the renewal ${stamp} #renewal`;
  const edited = `Kickoff moved to Thursday ${stamp} #renewal`;
  const kept = `Pricing sheet for Acme is ready ${stamp} #renewal`;

  async function signIn(name: string): Promise<Page> {
    const { page, context } = await watchedPage(browser, name, consoleErrors, 900);
    contexts.push(context);
    await signInFromDemo(page, api.url, name);
    return page;
  }

  async function openDeal(page: Page): Promise<void> {
    await page.goto(`${api.url}${dealPath}`);
    await page.getByTestId('record-title').filter({ hasText: 'Acme Renewal' }).waitFor();
    await page.getByTestId('connection-status').filter({ hasText: /live/i }).waitFor();
  }

  const card = (page: Page, id: string): Locator => page.locator(`[data-testid="feed-item"][data-activity-id="${id}"]`);

  async function choose(cardLocator: Locator, action: string): Promise<void> {
    await cardLocator.getByRole('button', { name: 'More actions for this post' }).click();
    await cardLocator.getByRole('menuitem', { name: action, exact: true }).click();
  }

  async function post(page: Page, body: string): Promise<string> {
    await page.getByTestId('post-body').fill(body);
    await page.getByTestId('post-submit').click();
    const posted = page.getByTestId('feed-item').filter({ hasText: body }).first();
    await posted.waitFor(LIVE);
    const id = await posted.getAttribute('data-activity-id');
    expect(id).toBeTruthy();
    return id!;
  }

  beforeAll(async () => {
    db = await createTestDatabase('browser_conversations');
    api = await startApi(db.url, { NODE_ENV: 'production', DEMO: 'on', SIMULATOR: 'off' });
    browser = await launchChromium();
    // Both follow the deal, so each gets the other's activity on it live.
    const tokens = await Promise.all(['ana', 'bo'].map((who) => login(api.url, `${who}@demo.tidings.dev`, 'tidings-demo')));
    const { deals } = await gqlOk<{ deals: Array<{ id: string; name: string }> }>(api.url, '{ deals(first: 200) { id name } }', {}, tokens[0].token);
    const deal = deals.find((d) => d.name === 'Acme Renewal');
    expect(deal).toBeDefined();
    for (const { token } of tokens) await gqlOk(api.url, 'mutation($s: ID!) { follow(subjectId: $s) }', { s: deal!.id }, token);
    dealPath = `/deals/${encodeURIComponent(deal!.id)}`;
    ana = await signIn('Ana Silva');
    bo = await signIn('Bo Chen');
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await api?.stop();
    await db?.drop();
  });

  it("offers Ana's #renewal posts on Bo's open deal page under the new-items bar as she writes them", async () => {
    await openDeal(ana);
    await openDeal(bo);
    bo.on('framenavigated', (frame) => frame === bo.mainFrame() && boNavigations.push(frame.url()));
    postId = await post(ana, first);
    keptId = await post(ana, kept);
    // A calm feed: Bo's page does not move until he asks for what came in.
    await bo.getByTestId('new-items-pill').filter({ hasText: '2 new updates' }).click(LIVE);
    await card(bo, postId).filter({ hasText: first }).waitFor(LIVE);
    await card(bo, keptId).filter({ hasText: kept }).waitFor(LIVE);
    await card(ana, postId).getByRole('link', { name: '#renewal' }).waitFor();
  });

  it('lets Bo celebrate the post, and Ana sees 🎉 1 on her open card live, then each sees the other join and leave', async () => {
    const anaNavigations: string[] = [];
    ana.on('framenavigated', (frame) => frame === ana.mainFrame() && anaNavigations.push(frame.url()));
    const boCard = card(bo, postId);
    await boCard.getByRole('button', { name: 'Add a reaction to this post' }).click();
    await boCard.getByRole('menuitem', { name: 'Celebrate' }).click();
    const mine = boCard.getByRole('button', { name: 'Celebrate: 1 person, including you' });
    await mine.waitFor();
    expect(await mine.getAttribute('aria-pressed')).toBe('true');

    // No reload: Bo's reaction reaches Ana's open card, not marked as hers.
    const anaCard = card(ana, postId);
    const chip = anaCard.getByRole('button', { name: 'Celebrate: 1 person', exact: true });
    await chip.waitFor(LIVE);
    // The emoji is a bundled picture (it renders without an emoji font), the count its text.
    expect((await chip.textContent())?.trim()).toBe('1');
    expect(await chip.locator('img.emoji').count()).toBe(1);
    expect(await chip.getAttribute('aria-pressed')).toBe('false');

    // Ana joins: Bo's chip counts two and stays his; Ana leaves again: back to one, still his.
    await chip.click();
    await anaCard.getByRole('button', { name: 'Celebrate: 2 people, including you' }).waitFor(LIVE);
    await boCard.getByRole('button', { name: 'Celebrate: 2 people, including you' }).waitFor(LIVE);
    await anaCard.getByRole('button', { name: 'Celebrate: 2 people, including you' }).click();
    await anaCard.getByRole('button', { name: 'Celebrate: 1 person', exact: true }).waitFor(LIVE);
    await boCard.getByRole('button', { name: 'Celebrate: 1 person, including you' }).waitFor(LIVE);
    expect(anaNavigations).toEqual([]);
  });

  it("shows Ana's edit on Bo's card live, marked as edited", async () => {
    await ana.getByTestId('connection-status').filter({ hasText: /live/i }).waitFor();
    const anaCard = card(ana, postId);
    await choose(anaCard, 'Edit');
    const editor = anaCard.getByRole('textbox', { name: 'Edit your post' });
    await editor.fill(edited);
    await anaCard.getByRole('button', { name: 'Save' }).click();
    await anaCard.filter({ hasText: edited }).filter({ hasText: '(edited)' }).waitFor(LIVE);

    const boCard = card(bo, postId);
    await boCard.filter({ hasText: edited }).filter({ hasText: '(edited)' }).waitFor(LIVE);
    expect(await boCard.textContent()).not.toContain(first);
    // Still one card, with Bo's reaction, and no "new" pill: the item changed in place.
    expect(await bo.locator(`[data-activity-id="${postId}"]`).count()).toBe(1);
    await boCard.getByRole('button', { name: 'Celebrate: 1 person, including you' }).waitFor();
    expect(await bo.getByTestId('new-items-pill').count()).toBe(0);
    expect(boNavigations).toEqual([]);
  });

  it('cancels an edit with Escape, leaving the post as it was', async () => {
    const anaCard = card(ana, postId);
    await choose(anaCard, 'Edit');
    const editor = anaCard.getByRole('textbox', { name: 'Edit your post' });
    await editor.fill('Not this');
    await editor.press('Escape');
    await editor.waitFor({ state: 'detached' });
    expect(await anaCard.textContent()).toContain(edited);
  });

  it("turns Bo's card into a tombstone live when Ana removes the post, after she confirms", async () => {
    const anaCard = card(ana, postId);
    await choose(anaCard, 'Remove');
    const confirm = anaCard.getByRole('alertdialog', { name: /Remove this post\?/ });
    await confirm.getByRole('button', { name: 'Remove post' }).click();
    await anaCard.filter({ hasText: 'This post was removed' }).waitFor(LIVE);

    const boCard = card(bo, postId);
    await boCard.filter({ hasText: 'This post was removed' }).waitFor(LIVE);
    expect(await boCard.textContent()).not.toContain(edited);
    expect(await boCard.getByRole('button', { name: 'More actions for this post' }).count()).toBe(0);
    expect(boNavigations).toEqual([]);
  });

  it('offers Bo no Edit or Remove on a colleague’s post, only Bookmark and Mute', async () => {
    const boCard = card(bo, keptId);
    await boCard.getByRole('button', { name: 'More actions for this post' }).click();
    const items = await boCard.getByRole('menuitem').allTextContents();
    expect(items).toEqual(['Bookmark', 'Mute thread']);
    await bo.keyboard.press('Escape');
    await boCard.getByRole('menu').waitFor({ state: 'detached' });
  });

  it('lets Bo bookmark a post and find it on his Saved page', async () => {
    const boCard = card(bo, keptId);
    await choose(boCard, 'Bookmark');
    await boCard.getByText('Saved', { exact: true }).waitFor();
    await bo.getByTestId('nav-saved').click();
    await bo.getByRole('heading', { name: 'Saved', level: 1 }).waitFor();
    const saved = bo.getByRole('region', { name: 'Saved items' }).getByTestId('feed-item');
    await saved.filter({ hasText: kept }).waitFor(LIVE);
    expect(await saved.filter({ hasText: edited }).count()).toBe(0);
  });

  it('opens the #renewal topic page from the post, listing it', async () => {
    await card(bo, keptId).getByRole('link', { name: '#renewal' }).click();
    await bo.getByRole('heading', { name: '#renewal', level: 1 }).waitFor();
    expect(new URL(bo.url()).pathname).toBe('/topics/renewal');
    await bo.getByRole('region', { name: 'Posts naming #renewal' }).getByTestId('feed-item').filter({ hasText: kept }).waitFor(LIVE);
    await bo.getByTestId('follow-button').waitFor();
    // The trending box counts it too (the removed post no longer does).
    await bo.getByTestId('trending-topics').getByRole('link', { name: '#renewal' }).waitFor(LIVE);
  });

  it("opens Ana's profile from her name, with her influence over the last 90 days", async () => {
    await openDeal(bo);
    await card(bo, keptId).getByRole('link', { name: 'Ana Silva' }).first().click();
    await bo.getByTestId('person-name').filter({ hasText: 'Ana Silva' }).waitFor();
    const influence = bo.getByTestId('influence');
    await influence.waitFor();
    // Ana posted twice in this journey (one was removed) and Bo reacted to one of them.
    expect(await influence.getByRole('definition').first().textContent()).not.toBe('0');
    expect(await influence.textContent()).toMatch(/Contributor|Active influencer|Top influencer/);
  });

  it('runs under the content security policy, with no errors in either console', async () => {
    for (const page of [ana, bo]) {
      expect(await cspViolations(page)).toEqual([]);
    }
    // A rejected query (e.g. over the API's depth limit) shows up here as a failed request.
    expect(consoleErrors).toEqual([]);
  });
});
