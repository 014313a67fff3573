import { Browser, Page } from 'playwright-core';
import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { gqlOk } from '../support/graphql';
import { launchChromium, requireChromium, signInFromDemo, watchedPage } from '../support/browser';
import { login } from '../factories/org';

requireChromium();

const DEMO_PASSWORD = 'tidings-demo';

/** Search from the top bar: matched words are marked, and a private record's words stay private. */
describe('search in a browser', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let browser: Browser;
  const consoleErrors: string[] = [];

  async function signIn(name: string): Promise<Page> {
    const { page } = await watchedPage(browser, name, consoleErrors);
    await signInFromDemo(page, api.url, name);
    return page;
  }

  async function search(page: Page, words: string): Promise<void> {
    const input = page.getByRole('searchbox', { name: 'Search posts, comments and records' });
    await input.fill(words);
    await input.press('Enter');
    await page.getByRole('heading', { name: 'Search' }).waitFor();
  }

  beforeAll(async () => {
    db = await createTestDatabase('browser_search');
    api = await startApi(db.url, { NODE_ENV: 'production', DEMO: 'on', SIMULATOR: 'off' });
    browser = await launchChromium();
    const ana = await login(api.url, 'ana@demo.tidings.dev', DEMO_PASSWORD);
    const { deals } = await gqlOk<{ deals: Array<{ id: string; name: string }> }>(api.url, '{ deals(first: 200) { id name } }', {}, ana.token);
    const acme = deals.find((d) => d.name === 'Acme Renewal')!.id;
    const { post } = await gqlOk<{ post: { id: string } }>(api.url, 'mutation($s: ID!) { post(input: { subjectId: $s, body: "Kickoff agenda is ready" }) { id } }', { s: acme }, ana.token);
    await gqlOk(api.url, 'mutation($a: ID!) { comment(activityId: $a, body: "They asked about the zeppelin integration again") { id } }', { a: post.id }, ana.token);
    const { createAccount } = await gqlOk<{ createAccount: { id: string } }>(
      api.url,
      'mutation { createAccount(input: { name: "Quokka Holdings", visibility: PRIVATE }) { id } }',
      {},
      ana.token,
    );
    expect(createAccount.id).toMatch(/^acc_/);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await db?.drop();
  });

  it('finds a word in a comment, marks it, and links to its record', async () => {
    const bo = await signIn('Bo Chen');
    await search(bo, 'zeppelin');
    const hit = bo.getByTestId('search-hit').first();
    await hit.waitFor();
    expect(await hit.locator('mark').allTextContents()).toEqual(['zeppelin']);
    expect(await hit.textContent()).toContain('Comment');
    await hit.getByRole('link', { name: 'Acme Renewal' }).click();
    await bo.getByTestId('record-title').filter({ hasText: 'Acme Renewal' }).waitFor();
  });

  it("shows a private account's name to its owner and nothing to anyone else", async () => {
    const ana = await signIn('Ana Silva');
    await search(ana, 'quokka');
    await ana.getByTestId('search-hit').filter({ hasText: 'Quokka' }).waitFor();
    const bo = await signIn('Bo Chen');
    await search(bo, 'quokka');
    await bo.getByText('No results for “quokka”.').waitFor();
    expect(await bo.getByTestId('search-hit').count()).toBe(0);
  });

  it('shows two records of the same name each with its kind and account', async () => {
    const kira = await login(api.url, 'kira@demo.tidings.dev', DEMO_PASSWORD);
    for (const account of ['Zebra Logistics', 'Yak Foods']) {
      const { createAccount } = await gqlOk<{ createAccount: { id: string } }>(api.url, 'mutation($n: String!) { createAccount(input: { name: $n }) { id } }', { n: account }, kira.token);
      await gqlOk(api.url, 'mutation($a: ID!) { createDeal(input: { accountId: $a, name: "Platypus Expansion" }) { id } }', { a: createAccount.id }, kira.token);
    }
    const page = await signIn('Kira Novak');
    await search(page, 'platypus expansion');
    const hits = page.getByTestId('search-hit').filter({ hasText: 'Platypus Expansion' });
    await hits.nth(1).waitFor();
    const contexts = await hits.getByTestId('search-hit-context').allTextContents();
    expect(contexts.sort()).toEqual(['Deal · Yak Foods', 'Deal · Zebra Logistics']);
  });

  it('leaves no errors in the browser console', () => {
    expect(consoleErrors).toEqual([]);
  });
});
